// The atlas's data model: corridors made of segments, and the hubs along them.
import type { Feature, FeatureCollection, LineString, Point, Position } from "geojson";
import { lineString } from "@turf/helpers";
import { length } from "@turf/length";
import { simplify } from "@turf/simplify";
import type * as v from "valibot";
import type { ArticleMeta, Quote } from "./article";
import type { Fact } from "./fact";
import type { corridorMetaSchema, hubSchema, overviewSchema, segmentSchema, tourStopSchema } from "./data-schema";

/** The corridor lines are traced from OpenStreetMap: its credit goes wherever they are shown or handed out. */
export const CORRIDOR_ATTRIBUTION = "© OpenStreetMap contributors (ODbL)";
/** The Open Database Licence the traced geometry is under, as the panels and the downloads link it. */
export const ODBL_URL = "https://opendatacommons.org/licenses/odbl/1-0/";

/** The corridors, in the order the atlas presents them. Ids end up in shared links: never rename. */
export const CORRIDOR_IDS = ["titr", "kti", "north-south", "east-west", "casa"] as const;
export type CorridorId = (typeof CORRIDOR_IDS)[number];

export const MODES = ["rail", "road", "sea"] as const;
export type Mode = (typeof MODES)[number];

export const STATUSES = ["operating", "under-construction", "planned"] as const;
export type Status = (typeof STATUSES)[number];

/** How a segment's geometry was found: along OSM track, through OSM stations, through published points, or across open water. */
export const TRACES = ["osm-track", "stations", "documented-alignment", "sea-lane"] as const;
export type Trace = (typeof TRACES)[number];

export const HUB_KINDS = ["sea-port", "dry-port", "logistics-hub", "border-crossing"] as const;
export type HubKind = (typeof HUB_KINDS)[number];

/** A segment's properties, as data/corridors holds them (derived from data/sections by the tracing step). */
export type SegmentProperties = v.InferOutput<typeof segmentSchema>["properties"];
/** A page that states something the data says (an opening or a target year): name, https address, title, date. */
export type PublishedSource = NonNullable<SegmentProperties["openedSource"]>;

export type Segment = Feature<LineString, SegmentProperties>;
export type CorridorCollection = FeatureCollection<LineString, SegmentProperties>;

/**
 * A segment as the app is served it: what it draws and counts, and how it was traced. The
 * provenance (`source`, `tracedFrom`, `places`, `chords`) stays in data/ for reviewers and the
 * downloads; it is most of the bytes and no screen shows it.
 */
export type DrawnSegmentProperties = Omit<SegmentProperties, "source" | "tracedFrom" | "places" | "chords"> & {
  /** The first coordinate of each straight leg drawn on purpose (a declared chord), so the map can show it as one. */
  chordsAt?: number[];
  /** Its length drawn (kmDrawn), measured on the traced line before it was simplified to be served. */
  km: number;
};
export type DrawnCorridorCollection = FeatureCollection<LineString, DrawnSegmentProperties>;

/** A corridor as data/corridors/corridors.json declares it (name, colour, our description). */
export type DeclaredCorridorMeta = v.InferOutput<typeof corridorMetaSchema>;

/** A corridor with what the build computes: the countries its segments cross (ISO 3166-1 alpha-2). */
export interface CorridorMeta extends DeclaredCorridorMeta {
  countries: string[];
}

/** A hub's properties, as data/hubs.geojson holds them. */
export type HubProperties = v.InferOutput<typeof hubSchema>["properties"];

export type Hub = Feature<Point, HubProperties>;
export type HubCollection = FeatureCollection<Point, HubProperties>;

/** The hubs on a corridor (the map's own hub features, or the hub file's). */
export const hubsOn = <H extends FeatureCollection>(hubs: H, corridor: CorridorId): H =>
  ({ ...hubs, features: hubs.features.filter((h) => (h.properties?.corridors as CorridorId[]).includes(corridor)) });

/**
 * A hub as served: where its name goes on its own page, clear of the lines there (a MapLibre text
 * anchor), and whether over rather than under its point where it cannot go beside it (a phone's
 * narrow map); worked out at build time by scripts/data/hub-name-anchors.ts for the bundle's language.
 */
export type ServedHubProperties = HubProperties & { nameAnchor?: string; nameOver?: boolean };

/**
 * Everything the atlas knows, with its segments' properties as `P` and its hubs' as `H`: validated
 * (SegmentProperties, HubProperties) or served.
 */
export interface AtlasDataOf<P, H = HubProperties> {
  corridors: (CorridorMeta & { segments: FeatureCollection<LineString, P> })[];
  hubs: FeatureCollection<Point, H>;
  articles: ArticleMeta[];
  quotes: Quote[];
  /** The presenter's tour, in order (see src/tour). */
  tour: TourStop[];
  /** Published figures about the corridors and hubs, each with its source (data/facts.json). */
  facts: Fact[];
  /** What the overview's own words rest on (data/overview.json). */
  overview: Overview;
  /** Country names and article dates in the bundle's language, formatted at build time (see DisplayTexts). */
  display?: DisplayTexts;
  /** Bytes of each file to take away (src/model/download-files.ts), by its path; measured at build time. */
  downloadBytes?: Record<string, number>;
}

/** Everything the app loads: validated at build time, each segment without its provenance and with its length drawn. */
export type AtlasData = AtlasDataOf<DrawnSegmentProperties, ServedHubProperties>;
/** The data as validated from data/, before it is served: every segment with its provenance and without `km`. */
export type ValidatedAtlasData = AtlasDataOf<SegmentProperties>;

/**
 * Texts the build formats with Node's full Intl data, because a browser may ship less: Debian's
 * Chromium has no Kazakh country names or date patterns and would show English ones.
 */
export interface DisplayTexts {
  /** By ISO 3166-1 alpha-2 code, for every country the data names. */
  countryNames: Record<string, string>;
  /** By ISO date (YYYY-MM-DD), for every article date and every published figure's date. */
  articleDates: Record<string, string>;
}

/** A stop of the presenter's tour, as data/tour.json holds it (rules in src/tour/validate-tour.ts). */
export type TourStop = v.InferOutput<typeof tourStopSchema>;
export type Overview = v.InferOutput<typeof overviewSchema>;
export type TourShow = TourStop["show"];

export const isKebabCase = (id: string): boolean => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id);

/**
 * How far (in degrees, about 60 m here) a served line may stray from the traced one: under a
 * quarter of a pixel at zoom 8, the closest the atlas frames a corridor, and a fifth of the bytes.
 */
export const SERVED_SIMPLIFY_DEG = 0.0006;

const servedPosition = (c: Position): Position => [Math.round(c[0]! * 1e4) / 1e4, Math.round(c[1]! * 1e4) / 1e4];

/**
 * A segment's line as served: each traced stretch simplified on its own, so every declared chord
 * keeps its two ends, and where each chord now starts.
 */
function servedLine(coordinates: Position[], chords: { at: number }[] = []): { coordinates: Position[]; chordsAt: number[] } {
  const cuts = [0, ...chords.flatMap((c) => [c.at, c.at + 1]), coordinates.length - 1];
  const out: Position[] = [coordinates[0]!];
  const chordsAt: number[] = [];
  for (let i = 1; i < cuts.length; i++) {
    const [from, to] = [cuts[i - 1]!, cuts[i]!];
    if (to <= from) continue;
    if (chords.some((c) => c.at === from && to === from + 1)) chordsAt.push(out.length - 1);
    const stretch = coordinates.slice(from, to + 1);
    const simple = stretch.length > 2 ? simplify(lineString(stretch), { tolerance: SERVED_SIMPLIFY_DEG }).geometry.coordinates : stretch;
    out.push(...simple.slice(1));
  }
  return { coordinates: out.map(servedPosition), chordsAt };
}

/**
 * A segment's length drawn, in km to 0.1 km, along its traced line: the figure the downloads give,
 * and, kept on the served segment (`km`), what the panels add up. Measured on the line as served
 * (simplified), the Middle Corridor came to 8,909 km against the downloads' 8,921.
 */
export const kmDrawn = (segment: Feature<LineString>): number => Math.round(length(segment, { units: "kilometers" }) * 10) / 10;

/** The data as the app is served it: every segment without its provenance, its line simplified, its length drawn kept. Never throws. */
export function withoutProvenance(data: ValidatedAtlasData): AtlasData {
  return {
    ...data,
    corridors: data.corridors.map((corridor) => ({
      ...corridor,
      segments: {
        ...corridor.segments,
        features: corridor.segments.features.map((segment) => {
          const { source: _source, tracedFrom: _from, places: _places, chords, ...drawn } = segment.properties;
          const { coordinates, chordsAt } = servedLine(segment.geometry.coordinates, chords);
          return {
            ...segment,
            geometry: { type: "LineString" as const, coordinates },
            properties: { ...drawn, ...(chords ? { chordsAt } : {}), km: kmDrawn(segment) },
          };
        }),
      },
    })),
  };
}
