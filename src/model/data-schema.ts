// The shape of every data file, as valibot schemas. Geography is checked in validate-data.ts.
import * as v from "valibot";
import { CORRIDOR_IDS, HUB_KINDS, MODES, STATUSES, TRACES, isKebabCase } from "./corridor";
import { FACT_METRICS, FACT_OUTLOOKS, FACT_UNITS } from "./fact";

const kebabId = v.pipe(v.string(), v.check(isKebabCase, "is not a kebab-case id"));
export const text = v.pipe(v.string(), v.minLength(1, "is empty"));
const countryCode = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, "is not an ISO 3166-1 alpha-2 code"));
const position = v.pipe(v.array(v.number("is not a number")), v.minLength(2, "needs a longitude and a latitude"));

/** One of a fixed list, naming the list when it is not. */
export const oneOf = <T extends readonly [string, ...string[]]>(options: T) => v.picklist(options, `is not one of ${options.join(", ")}`);

/** A named place a segment passes (a station, junction, port or waypoint) and its coordinate's index. */
export const placeSchema = v.strictObject({
  name: text,
  osm: v.optional(v.pipe(v.number(), v.integer())),
  at: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** Where something was published: the page's own name, its https address, title and date. */
const publishedSourceEntries = {
  name: text,
  url: v.pipe(v.string(), v.url("is not a URL"), v.startsWith("https://", "is not an https address")),
  title: v.optional(text),
  published: v.optional(v.pipe(v.string(), v.isoDate("is not a YYYY-MM-DD date"))),
};

/**
 * Where a sentence of ours comes from: a published page, or a passage of our articles (a quote
 * id), with what it supports, in English, so a reader can follow each claim to its source.
 */
export const textSourceSchema = v.pipe(
  v.strictObject({ says: text, page: v.optional(v.strictObject(publishedSourceEntries)), quote: v.optional(text) }),
  v.check((s) => (s.page === undefined) !== (s.quote === undefined), "needs a page or a quote, and only one of them"),
);
export const textSourcesSchema = v.pipe(v.array(textSourceSchema), v.minLength(1, "is empty: leave it out and mark the text as only explaining the map"));

/** data/overview.json: the overview's words about the official corridors, and what they rest on. */
export const overviewSchema = v.strictObject({
  /** The overview's note on the "five railway corridors" officials speak of (English; ru and kk in src/i18n). */
  officialCorridors: text,
  officialCorridorsSources: textSourcesSchema,
});

/** What a section of line is, as declared in data/sections and carried into its drawn segment. */
export const sectionEntries = {
  id: kebabId,
  name: text,
  mode: oneOf(MODES),
  status: oneOf(STATUSES),
  opened: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1850), v.maxValue(2100))),
  /**
   * The page that states the opening year. Unlike `source` (free-text notes, provenance the served
   * bundle drops), it is served: the map's popup cites it beside the year.
   */
  openedSource: v.optional(v.strictObject(publishedSourceEntries)),
  /** For a line under construction or planned: the year a published source says it is to open. */
  target: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1850), v.maxValue(2100))),
  /** The page that states the target year. Required with it: a target without a source is a guess. */
  targetSource: v.optional(v.strictObject(publishedSourceEntries)),
  source: text,
  trace: oneOf(TRACES),
};

/**
 * An opening year comes with the page that states it, and a source with the year it states: a
 * year without one is a guess, a source without one cites nothing. The fault is filed under
 * `opened`. Piped after a section's or segment's object schema.
 */
export const openedNeedsSource = <T extends { opened?: number; openedSource?: unknown }>() =>
  v.forward<T, v.CheckIssue<T>, ["opened"]>(
    v.check((s) => (s.opened === undefined) === (s.openedSource === undefined), "and openedSource come together: an opening year needs the page that states it"),
    // valibot cannot resolve a path into a type parameter; opened is in T by its bound.
    ["opened"] as never,
  );

type TargetFields = { status: string; target?: number; targetSource?: unknown };

/** A target year comes with the page that states it. Piped after a section's or segment's object schema. */
export const targetNeedsSource = <T extends TargetFields>() =>
  v.forward<T, v.CheckIssue<T>, ["target"]>(
    v.check((s) => (s.target === undefined) === (s.targetSource === undefined), "and targetSource come together: a target year needs the page that states it"),
    ["target"] as never,
  );

/** Only a line not yet open has a target; an open line has an opening year instead. */
export const targetOnlyBeforeOpening = <T extends TargetFields>() =>
  v.forward<T, v.CheckIssue<T>, ["target"]>(
    v.check((s) => s.target === undefined || s.status !== "operating", "is given for an operating line: give its opening year instead"),
    ["target"] as never,
  );

/** Declared exceptions to the land-and-water rule (see SegmentProperties in corridor.ts). */
export const toleranceEntries = {
  channelKm: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(150))),
  waterToleranceKm: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(40))),
};

export const segmentSchema = v.object({
  type: v.literal("Feature"),
  properties: v.pipe(v.strictObject({
    ...sectionEntries,
    /** The extract (and its date) or the kind of points the geometry was traced from. */
    tracedFrom: text,
    places: v.pipe(v.array(placeSchema), v.minLength(2, "needs at least two places")),
    /** Straight legs drawn on purpose, each with its reason. */
    chords: v.optional(v.array(v.strictObject({ from: text, to: text, reason: text, at: v.pipe(v.number(), v.integer(), v.minValue(0)) }))),
    ...toleranceEntries,
  }), openedNeedsSource(), targetNeedsSource(), targetOnlyBeforeOpening()),
  geometry: v.object({
    type: v.literal("LineString", "is not a LineString"),
    coordinates: v.array(position),
  }),
});

export const corridorCollectionSchema = v.object({
  type: v.literal("FeatureCollection"),
  features: v.array(v.unknown()),
});

export const corridorMetaSchema = v.strictObject({
  id: oneOf(CORRIDOR_IDS),
  name: text,
  shortName: text,
  colour: v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i, "is not a #rrggbb colour")),
  description: text,
  /** What each claim of the description rests on (model/text-sources.ts). */
  descriptionSources: v.optional(textSourcesSchema),
});

export const corridorMetaFileSchema = v.object({ corridors: v.array(v.unknown()) });

export const hubSchema = v.object({
  type: v.literal("Feature"),
  properties: v.strictObject({
    id: kebabId,
    name: text,
    kind: oneOf(HUB_KINDS),
    corridors: v.pipe(v.array(v.picklist(CORRIDOR_IDS, (issue) => `names unknown corridor ${JSON.stringify(issue.input)}`)), v.minLength(1, "names no corridor")),
    country: countryCode,
    /** What the hub is (operator, role), in our words; every hub of the atlas's own has one (model/text-sources.ts). */
    description: v.optional(text),
    descriptionSources: v.optional(textSourcesSchema),
    source: text,
  }),
  geometry: v.object({ type: v.literal("Point", "is not a Point"), coordinates: position }),
});

/** The first fault valibot found, as "path: message". */
export function describeIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return "is invalid";
  const path = v.getDotPath(issue);
  return path ? `${path} ${issue.message}` : issue.message;
}

/** What a tour stop shows: the overview, a corridor, a hub, or a camera of its own. */
export const tourShowSchema = v.variant("kind", [
  v.strictObject({ kind: v.literal("overview") }),
  v.strictObject({ kind: v.literal("corridor"), id: v.picklist(CORRIDOR_IDS, "is not a corridor id") }),
  v.strictObject({ kind: v.literal("hub"), id: text }),
  v.strictObject({
    kind: v.literal("camera"),
    center: v.tuple([v.pipe(v.number(), v.minValue(-180), v.maxValue(180)), v.pipe(v.number(), v.minValue(-85), v.maxValue(85))]),
    zoom: v.pipe(v.number(), v.minValue(0), v.maxValue(16)),
  }),
]);

export const tourStopSchema = v.strictObject({
  id: kebabId,
  show: tourShowSchema,
  title: v.pipe(text, v.maxLength(60, "is too long for a caption (60 characters)")),
  /** One short line, in our own words. */
  line: v.pipe(text, v.maxLength(160, "is too long for one line (160 characters)")),
  /** A quote id, shown large with its source. */
  quote: v.optional(text),
  lineSources: v.optional(textSourcesSchema),
  /** The line only explains the map or the tour, stating no fact to check. */
  lineExplains: v.optional(v.literal(true)),
  notes: text,
  notesSources: v.optional(textSourcesSchema),
  notesExplains: v.optional(v.literal(true)),
  /** The year the network is shown in at this stop (see model/year.ts); today when absent. */
  year: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1850), v.maxValue(2100))),
});

/** A required field left out, or a field no fact has, named as such rather than as "Invalid key". */
const factFieldMessage = (issue: v.BaseIssue<unknown>) =>
  issue.expected === "Object" ? "is not an object" : issue.input === undefined ? "is missing" : "is not a field of a fact";

/** Where a figure was published: the page's own name, address, title and date. */
export const factSourceSchema = v.strictObject(publishedSourceEntries, factFieldMessage);

/** One published figure about a corridor or a hub (data/facts.json; rules in validate-facts.ts). */
export const factSchema = v.strictObject({
  /** A corridor or hub id. */
  about: kebabId,
  metric: oneOf(FACT_METRICS),
  value: v.pipe(v.number("is not a number"), v.minValue(0, "is negative")),
  /** The top of a range the source gives ("3 to 5 million tonnes"): value is its bottom. */
  valueTo: v.optional(v.number("is not a number")),
  unit: oneOf(FACT_UNITS),
  /** The year the figure describes: the year measured, the target year, or the opening year. */
  year: v.pipe(v.number("is not a number"), v.integer("is not a whole year"), v.minValue(1850, "is before 1850"), v.maxValue(2100, "is after 2100")),
  /** The part of the corridor or hub the figure is about, when it is not the whole (a line, a terminal). */
  part: v.optional(text),
  outlook: v.optional(oneOf(FACT_OUTLOOKS)),
  note: v.optional(text),
  source: factSourceSchema,
}, factFieldMessage);

export const factsFileSchema = v.object({ facts: v.array(v.unknown()) });
