// The GeoJSON downloads: one corridor's sections and hubs, or the whole atlas (every corridor's sections and
// the hubs). Each section keeps all of data/corridors' provenance and adds what the CSV computes,
// and each file carries its licence and date as top-level members, as data/corridors does.
import type { Feature, FeatureCollection, LineString } from "geojson";
import { hubsOn, type CorridorMeta, type HubCollection, type Segment } from "../../src/model/corridor.ts";
import type { DataStamp } from "./data-stamp.ts";
import type { SectionRecord } from "./section-records.ts";

/** A corridor with its sections, each paired with what the downloads say of it. */
export interface CorridorRecords {
  meta: CorridorMeta;
  sections: { segment: Segment; record: SectionRecord }[];
}

function sectionFeature(corridor: CorridorMeta, { segment, record }: CorridorRecords["sections"][number]): Feature<LineString> {
  return {
    type: "Feature",
    properties: {
      corridor: corridor.id,
      ...segment.properties,
      drawnKm: record.drawnKm,
      countries: record.countries,
      publishedLengths: record.published,
    },
    geometry: segment.geometry,
  };
}

const stamped = (stamp: DataStamp) => ({ attribution: stamp.attribution, licence: stamp.licence, dataDate: stamp.dataDate });
const text = (collection: FeatureCollection & Record<string, unknown>) => `${JSON.stringify(collection)}\n`;

/** One corridor: its description with its sources, its sections in corridor order, then its ports and hubs. Never throws. */
export function corridorGeoJson(corridor: CorridorRecords, hubs: HubCollection, stamp: DataStamp): string {
  return text({
    type: "FeatureCollection",
    name: corridor.meta.name,
    corridor: corridor.meta.id,
    description: corridor.meta.description,
    descriptionSources: corridor.meta.descriptionSources,
    ...stamped(stamp),
    features: [...corridor.sections.map((s) => sectionFeature(corridor.meta, s)), ...hubsOn(hubs, corridor.meta.id).features],
  });
}

/**
 * Every corridor's sections (a section shared by two corridors is there twice, once with each
 * corridor's id, so filtering on `corridor` gives a whole corridor), then every hub. Never throws.
 */
export function atlasGeoJson(corridors: readonly CorridorRecords[], hubs: HubCollection, stamp: DataStamp): string {
  return text({
    type: "FeatureCollection",
    name: "Corridor Atlas",
    ...stamped(stamp),
    corridors: corridors.map(({ meta }) => ({
      id: meta.id, name: meta.name, shortName: meta.shortName, colour: meta.colour, description: meta.description,
      descriptionSources: meta.descriptionSources, countries: meta.countries,
    })),
    features: [...corridors.flatMap((c) => c.sections.map((s) => sectionFeature(c.meta, s))), ...hubs.features],
  });
}
