// One corridor as KML, for Google Earth and GIS tools that take no GeoJSON. tokml writes no name
// for the Document itself, so the corridor is one Folder in it whose name and description carry
// the licence and the data's date (Google Earth lists it under the file's name).
import { foldersToKML } from "@placemarkio/tokml";
import type { Feature, LineString } from "geojson";
import type { CorridorRecords } from "./atlas-geojson.ts";
import type { DataStamp } from "./data-stamp.ts";
import { publishedKmNote, publishedKmOfSection } from "./section-records.ts";

/** The KML text: a folder for the corridor, a placemark per section in corridor order. Never throws. */
export function corridorKml(corridor: CorridorRecords, stamp: DataStamp): string {
  const placemarks: Feature<LineString>[] = corridor.sections.map(({ segment, record }) => {
    const p = segment.properties;
    return {
      type: "Feature",
      // name and description become the placemark's own; the rest its ExtendedData, as in the CSV.
      properties: {
        name: p.name,
        description: p.source,
        id: p.id,
        mode: p.mode,
        status: p.status,
        opened: p.opened === undefined ? "" : String(p.opened), // unknown stays empty: never guessed
        drawn_km: String(record.drawnKm),
        published_km: publishedKmOfSection(record),
        published_km_note: publishedKmNote(record),
        countries: record.countries.join(" "),
        trace: p.trace,
        traced_from: p.tracedFrom,
      },
      geometry: segment.geometry,
    };
  });
  return foldersToKML({
    type: "root",
    children: [{
      type: "folder",
      meta: {
        name: `${corridor.meta.name} (${stamp.attribution}, data of ${stamp.dataDate})`,
        description: `${corridor.meta.description}\n\n${stamp.licence}\nData of ${stamp.dataDate}.`,
      },
      children: placemarks,
    }],
  });
}
