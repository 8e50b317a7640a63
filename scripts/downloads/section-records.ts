// What every download says of one section: the declared facts, its source and tracing provenance,
// and what the build computes from the geometry (drawn km, countries crossed). One record per
// section feeds the CSV, KML and GeoJSON writers, so the three formats cannot disagree.
import { kmDrawn, type Segment, type SegmentProperties } from "../../src/model/corridor.ts";
import { countriesCrossed, type GeoContext } from "../../src/model/geo-checks.ts";
import type { PublishedLength } from "../tracing/section-schema.ts";

export interface SectionRecord {
  properties: SegmentProperties;
  /** Along the traced line, to 0.1 km (kmDrawn, as the panels' figures are). */
  drawnKm: number;
  /** ISO 3166-1 alpha-2, in the order the line enters them; graze-length crossings left out (see countriesCrossed). */
  countries: string[];
  /** Published lengths of named lines that include this section, alone or with others. */
  published: PublishedLength[];
}

/** Never throws. Countries come from the basemap's own Natural Earth borders, never from a list. */
export function sectionRecord(segment: Segment, geo: GeoContext, lengths: readonly PublishedLength[]): SectionRecord {
  const { id } = segment.properties;
  return {
    properties: segment.properties,
    drawnKm: kmDrawn(segment),
    countries: [...countriesCrossed(segment.geometry.coordinates, geo)],
    published: lengths.filter((l) => l.sections.includes(id)),
  };
}

/**
 * Published figures that measure exactly this section, as numbers ("" when none): the only ones
 * a reader may set beside its drawn km. Several disagreeing sources are all given, "; " apart.
 */
export function publishedKmOfSection(record: SectionRecord): string {
  return record.published.filter((l) => l.sections.length === 1).map((l) => String(l.km)).join("; ");
}

/**
 * Every published figure that includes this section, with its source, and — when it measures a
 * longer line — which other sections it adds: "925 (AzVision; with bereket-gorgan)".
 */
export function publishedKmNote(record: SectionRecord): string {
  return record.published
    .map((l) => {
      const others = l.sections.filter((s) => s !== record.properties.id);
      return `${l.km} (${l.source.name}, ${l.source.url}${others.length ? `; with ${others.join(", ")}` : ""})`;
    })
    .join("; ");
}
