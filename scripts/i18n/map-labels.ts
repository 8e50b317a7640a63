// The map's country and place labels in Russian and Kazakh, as data: data/i18n/<locale>.json,
// validated like every data file (a bad file stops the build naming the file, the label and the
// fault). Kazakh lists only the labels whose Kazakh usage differs; the rest come from its fallback.
import { readFileSync } from "node:fs";
import * as v from "valibot";
import { describeIssue } from "../../src/model/data-schema.ts";
import { LOCALES, type Locale } from "../../src/i18n/locales.ts";
import type { MapLabels } from "../../src/i18n/content.ts";

const label = v.pipe(v.string(), v.trim(), v.minLength(1, "is empty"));
const labelsFileSchema = v.strictObject({
  about: v.string(),
  fallback: v.optional(v.picklist(LOCALES, "is not a language")),
  countries: v.record(v.string(), label),
  places: v.record(v.pipe(v.string(), v.regex(/^\d+$/, "is not a GeoNames id")), v.strictObject({ label, geonames: v.string() })),
});

export const mapLabelsFile = (locale: Locale): string => `data/i18n/${locale}.json`;

/** One language's labels, its fallback's filling the gaps; throws naming the file and the fault. */
export function loadMapLabels(locale: Locale, read = (file: string) => readFileSync(file, "utf8"), seen: Locale[] = []): MapLabels {
  const file = mapLabelsFile(locale);
  if (seen.includes(locale)) throw new Error(`${file}: its fallback leads back to it (${[...seen, locale].join(" → ")})`);
  const parsed = v.safeParse(labelsFileSchema, JSON.parse(read(file)));
  if (!parsed.success) throw new Error(`${file}: ${describeIssue(parsed.issues)}`);
  const own: MapLabels = {
    countries: parsed.output.countries,
    places: Object.fromEntries(Object.entries(parsed.output.places).map(([id, place]) => [id, place.label])),
  };
  if (!parsed.output.fallback || parsed.output.fallback === locale) return own;
  const fallback = loadMapLabels(parsed.output.fallback, read, [...seen, locale]);
  return { countries: { ...fallback.countries, ...own.countries }, places: { ...fallback.places, ...own.places } };
}

/** Every translated language's labels, as the build uses them. */
export const loadAllMapLabels = (): Partial<Record<Locale, MapLabels>> =>
  Object.fromEntries(LOCALES.filter((l) => l !== "en").map((l) => [l, loadMapLabels(l)]));
