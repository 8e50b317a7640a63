// The atlas's data model: corridors made of segments, and the hubs along them.
import type { Feature, FeatureCollection, LineString, Point } from "geojson";
import type { ArticleMeta, Quote } from "./article";

/** The corridors, in the order the atlas presents them. Ids end up in shared links: never rename. */
export const CORRIDOR_IDS = ["titr", "kti", "north-south", "east-west", "casa"] as const;
export type CorridorId = (typeof CORRIDOR_IDS)[number];

export const MODES = ["rail", "road", "sea"] as const;
export type Mode = (typeof MODES)[number];

export const STATUSES = ["operating", "under-construction", "planned"] as const;
export type Status = (typeof STATUSES)[number];

export const HUB_KINDS = ["sea-port", "dry-port", "logistics-hub", "border-crossing"] as const;
export type HubKind = (typeof HUB_KINDS)[number];

/** A named place a segment passes, with where its coordinate was looked up. */
export interface Vertex {
  name: string;
  source: string;
}

export interface SegmentProperties {
  /** Unique within its corridor; a segment shared by two corridors has the same id in both. */
  id: string;
  name: string;
  mode: Mode;
  status: Status;
  opened?: number;
  /** Where the route itself (order of stations, dates) comes from. */
  source: string;
  /** One entry per coordinate, in the same order. */
  vertices: Vertex[];
  /** For sea legs that reach a river port up a ship channel (Olya, Astrakhan): km at the ends that may cross land. */
  channelKm?: number;
  /**
   * For a land segment whose looked-up stations leave a straight chord across the tip of a bay:
   * the km of water allowed (instead of the coastal tolerance). Its `source` must say why.
   */
  waterToleranceKm?: number;
}

export type Segment = Feature<LineString, SegmentProperties>;
export type CorridorCollection = FeatureCollection<LineString, SegmentProperties>;

/**
 * A segment as the app is served it: what it draws and counts. The provenance (`source`,
 * `vertices`) stays in data/ for reviewers; it is two thirds of the bytes and no screen shows it.
 */
export type DrawnSegmentProperties = Omit<SegmentProperties, "source" | "vertices">;
export type DrawnCorridorCollection = FeatureCollection<LineString, DrawnSegmentProperties>;

export interface CorridorMeta {
  id: CorridorId;
  name: string;
  shortName: string;
  /** A colour-blind-safe hex colour (Okabe–Ito palette). */
  colour: string;
  /** In our own words; the articles' words go in the quotes. */
  description: string;
  /** ISO 3166-1 alpha-2 codes of the countries its segments cross, checked against the geometry. */
  countries: string[];
  /** Parts of the route that are real but not drawn, because their track could not be located. */
  undrawn?: { name: string; reason: string }[];
}

export interface HubProperties {
  id: string;
  name: string;
  kind: HubKind;
  corridors: CorridorId[];
  country: string;
  source: string;
}

export type Hub = Feature<Point, HubProperties>;
export type HubCollection = FeatureCollection<Point, HubProperties>;

/** Everything the app loads: validated at build time and written as one file. */
export interface AtlasData {
  corridors: (CorridorMeta & { segments: DrawnCorridorCollection })[];
  hubs: HubCollection;
  articles: ArticleMeta[];
  quotes: Quote[];
  /** The presenter's tour, in order (see src/tour). */
  tour: TourStopData[];
  /** Country names and article dates in the bundle's language, formatted at build time (see DisplayTexts). */
  display?: DisplayTexts;
}

/**
 * Texts the build formats with Node's full Intl data, because a browser may ship less: Debian's
 * Chromium has no Kazakh country names or date patterns and would show English ones.
 */
export interface DisplayTexts {
  /** By ISO 3166-1 alpha-2 code, for every country the data names. */
  countryNames: Record<string, string>;
  /** By ISO date (YYYY-MM-DD), for every article date. */
  articleDates: Record<string, string>;
}

/** A tour stop as data (typed in src/tour/tour.ts). */
export interface TourStopData {
  id: string;
  show: { kind: string; id?: string; center?: [number, number]; zoom?: number };
  title: string;
  line: string;
  quote?: string;
  notes: string;
}

export const isKebabCase = (id: string): boolean => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id);

/** The data as the app is served it: every segment without its provenance. Never throws. */
export function withoutProvenance(data: AtlasData): AtlasData {
  return {
    ...data,
    corridors: data.corridors.map((corridor) => ({
      ...corridor,
      segments: {
        ...corridor.segments,
        features: corridor.segments.features.map((segment) => {
          const { source: _source, vertices: _vertices, ...drawn } = segment.properties as SegmentProperties;
          return { ...segment, properties: drawn };
        }),
      },
    })),
  };
}
