// Facts about a corridor from its segments' lengths drawn (each served segment's `km`), for the legend and the panels.
import type { DrawnCorridorCollection, DrawnSegmentProperties, Mode, Status, Trace } from "./corridor";

export interface CorridorFacts {
  /** Kilometres by mode, rounded to whole km; modes with no segment are 0. */
  lengthKmByMode: Record<Mode, number>;
  totalKm: number;
  /** Kilometres by status of the segments. */
  lengthKmByStatus: Record<Status, number>;
  /** Kilometres by how the segments were traced (see TRACES). */
  lengthKmByTrace: Record<Trace, number>;
  /** Straight legs drawn on purpose where no station is mapped. */
  chordCount: number;
}

/** Never throws on an empty collection: every figure is then 0. */
export function corridorFacts(segments: DrawnCorridorCollection): CorridorFacts {
  const byMode: Record<Mode, number> = { rail: 0, road: 0, sea: 0 };
  const byStatus: Record<Status, number> = { operating: 0, "under-construction": 0, planned: 0 };
  const byTrace: Record<Trace, number> = { "osm-track": 0, stations: 0, "documented-alignment": 0, "sea-lane": 0 };
  let chordCount = 0;
  for (const segment of segments.features) {
    const km = segment.properties.km;
    byMode[segment.properties.mode] += km;
    byStatus[segment.properties.status] += km;
    byTrace[segment.properties.trace] += km;
    chordCount += segment.properties.chordsAt?.length ?? 0;
  }
  const round = <K extends string>(r: Record<K, number>) =>
    Object.fromEntries(Object.entries<number>(r).map(([k, v]) => [k, Math.round(v)])) as Record<K, number>;
  const lengthKmByMode = round(byMode);
  return {
    lengthKmByMode,
    // Rounded once, as the downloads' sum is: the modes' rounded figures may differ from it by 1 km.
    totalKm: Math.round(byMode.rail + byMode.road + byMode.sea),
    lengthKmByStatus: round(byStatus),
    lengthKmByTrace: round(byTrace),
    chordCount,
  };
}

/** One section as a corridor's panel lists it: what it is, its years, and its length drawn in whole km. */
export type SectionRow = Pick<DrawnSegmentProperties, "id" | "name" | "status" | "opened" | "openedSource" | "target" | "targetSource"> & { km: number };

/** The corridor's sections in the data's order, each with its length drawn: their sum is the corridor's. */
export function sectionRows(segments: DrawnCorridorCollection): SectionRow[] {
  return segments.features.map((segment) => {
    const { id, name, status, opened, openedSource, target, targetSource } = segment.properties;
    return { id, name, status, opened, openedSource, target, targetSource, km: Math.round(segment.properties.km) };
  });
}
