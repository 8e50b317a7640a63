// The hand-written declarations the corridors are traced from (data/sections/): which places each
// section passes, how it is traced, its status and sources. Everything in data/corridors is derived.
import * as v from "valibot";
import { CORRIDOR_IDS, MODES, STATUSES, TRACES, isKebabCase } from "../../src/model/corridor.ts";

const text = v.pipe(v.string(), v.minLength(1, "is empty"));
const oneOf = <T extends readonly [string, ...string[]]>(options: T) => v.picklist(options, `is not one of ${options.join(", ")}`);

// Each place may instead be reached by a declared straight chord, with its reason: nothing is drawn
// straight without saying so.
const chord = { chord: v.optional(text) };
export const placeSchema = v.union([
  v.strictObject({ osm: v.pipe(v.number(), v.integer()), name: text, ...chord }),
  v.strictObject({ at: v.tuple([v.number(), v.number()]), name: text, source: text, ...chord }),
  v.strictObject({ hub: text, ...chord }),
], "is not a place: { osm, name }, { at, name, source } or { hub }");
export type PlaceDeclaration = v.InferOutput<typeof placeSchema>;

export const sectionSchema = v.strictObject({
  id: v.pipe(v.string(), v.check(isKebabCase, "is not a kebab-case id")),
  name: text,
  mode: oneOf(MODES),
  status: oneOf(STATUSES),
  opened: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1850), v.maxValue(2100))),
  source: text,
  trace: oneOf(TRACES),
  channelKm: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(150))),
  waterToleranceKm: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(40))),
  via: v.pipe(v.array(placeSchema), v.minLength(2, "needs at least two places")),
});
export type SectionDeclaration = v.InferOutput<typeof sectionSchema>;

export const sectionFileSchema = v.object({ sections: v.array(v.unknown()) });

/** Which sections make up each corridor, in order. */
export const corridorSectionsSchema = v.record(oneOf(CORRIDOR_IDS), v.pipe(v.array(text), v.minLength(1, "names no section")));

/** A published length of a named line, checked against the drawn length of its sections. */
export const publishedLengthSchema = v.strictObject({
  line: text,
  sections: v.pipe(v.array(text), v.minLength(1, "names no section")),
  km: v.pipe(v.number(), v.minValue(1)),
  measures: text,
  source: v.strictObject({
    name: text,
    url: v.pipe(v.string(), v.url("is not a URL"), v.startsWith("https://", "is not an https address")),
    title: v.optional(text),
    published: v.optional(v.pipe(v.string(), v.isoDate("is not a YYYY-MM-DD date"))),
  }),
  /** Why the drawn length may differ by more than the tolerance (a figure for a different span, say). */
  expectedDifference: v.optional(text),
});
export type PublishedLength = v.InferOutput<typeof publishedLengthSchema>;
export const publishedLengthFileSchema = v.object({ lengths: v.array(v.unknown()) });
