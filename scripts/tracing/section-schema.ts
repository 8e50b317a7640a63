// The hand-written declarations the corridors are traced from (data/sections/): which places each
// section passes, how it is traced, its status and sources. Everything in data/corridors is derived.
import * as v from "valibot";
import { CORRIDOR_IDS } from "../../src/model/corridor.ts";
import { oneOf, openedNeedsSource, sectionEntries, targetNeedsSource, targetOnlyBeforeOpening, text, toleranceEntries } from "../../src/model/data-schema.ts";

// Each place may instead be reached by a declared straight chord, with its reason: nothing is drawn
// straight without saying so.
const chord = { chord: v.optional(text) };
export const placeSchema = v.union([
  v.strictObject({ osm: v.pipe(v.number(), v.integer()), name: text, ...chord }),
  v.strictObject({ at: v.tuple([v.number(), v.number()]), name: text, source: text, ...chord }),
  v.strictObject({ hub: text, ...chord }),
], "is not a place: { osm, name }, { at, name, source } or { hub }");
export type PlaceDeclaration = v.InferOutput<typeof placeSchema>;

export const sectionSchema = v.pipe(v.strictObject({
  ...sectionEntries,
  ...toleranceEntries,
  via: v.pipe(v.array(placeSchema), v.minLength(2, "needs at least two places")),
}), openedNeedsSource(), targetNeedsSource(), targetOnlyBeforeOpening());
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
