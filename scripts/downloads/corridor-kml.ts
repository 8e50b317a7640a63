// One corridor as KML, for Google Earth and GIS tools that take no GeoJSON. tokml writes no name
// for the Document itself, so the corridor is one Folder in it whose name and description carry
// the licence and the data's date (Google Earth lists it under the file's name).
import { foldersToKML } from "@placemarkio/tokml";
import type { Feature, LineString, Point } from "geojson";
import { hubsOn, type Hub, type HubCollection } from "../../src/model/corridor.ts";
import type { TextSource } from "../../src/model/text-sources.ts";
import type { CorridorRecords } from "./atlas-geojson.ts";
import type { DataStamp } from "./data-stamp.ts";
import { publishedKmNote, publishedKmOfSection } from "./section-records.ts";
import { withLineStyles } from "./kml-line-styles.ts";

/** The folder of a corridor's ports and hubs, in the KML's one language (English, as the data). */
export const hubsFolderName = "Ports and hubs";

/** What a text of ours rests on, one "claim — page" per line, for a KML description. */
const sourcesText = (sources: readonly TextSource[] | undefined) =>
  (sources ?? []).map((s) => `${s.says} — ${s.page ? `${s.page.name}, ${s.page.url}` : `quote ${s.quote}`}`).join("\n");

/** A hub as a placemark: our description and its sources, and what the hub file says of it. */
function hubPlacemark({ properties: h, geometry }: Hub): Feature<Point> {
  return {
    type: "Feature",
    properties: {
      name: h.name,
      description: `${h.description ?? ""}\n\n${sourcesText(h.descriptionSources)}`.trim(),
      id: h.id,
      kind: h.kind,
      country: h.country,
      corridors: h.corridors.join(" "),
      position_source: h.source,
    },
    geometry,
  };
}

/**
 * The KML text: a folder for the corridor, a placemark per section in corridor order, drawn in
 * the corridor's colour, and a folder of its ports and hubs.
 */
export function corridorKml(corridor: CorridorRecords, hubs: HubCollection, stamp: DataStamp): string {
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
  const kml = foldersToKML({
    type: "root",
    children: [{
      type: "folder",
      meta: {
        name: `${corridor.meta.name} (${stamp.attribution}, data of ${stamp.dataDate})`,
        description: `${corridor.meta.description}\n\n${sourcesText(corridor.meta.descriptionSources)}\n\n${stamp.licence}\nData of ${stamp.dataDate}.`,
      },
      children: [
        ...placemarks,
        { type: "folder", meta: { name: hubsFolderName }, children: hubsOn(hubs, corridor.meta.id).features.map(hubPlacemark) },
      ],
    }],
  });
  return withLineStyles(kml, corridor.meta.colour, corridor.sections.map(({ segment }) => segment.properties));
}
