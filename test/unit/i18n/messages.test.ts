import { describe, expect, test } from "vitest";
import { LOCALES } from "../../../src/i18n/locales";
import { MESSAGES, type Messages } from "../../../src/i18n/messages";
import { pluralCategories } from "../../../src/i18n/plural";
import { breaksBeforeDash } from "../../../src/i18n/content";
import { ui as ru } from "../../../src/i18n/ru";

/** Every leaf of a dictionary as [path, value]; functions are called with marked arguments. */
function leaves(value: unknown, path: string): [string, unknown][] {
  if (typeof value === "function") {
    const args = Array.from({ length: value.length }, (_, i) => `‹arg${i}›`);
    return [[`${path}(${args.join(", ")})`, (value as (...a: string[]) => string)(...args)]];
  }
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, v]) => leaves(v, `${path}.${key}`));
  return [[path, value]];
}

// Plural forms differ by language on purpose (Russian has "few" and "many"): only their presence is compared.
const isPlural = (value: unknown) => Boolean(value && typeof value === "object" && "other" in value);
const shape = (value: unknown): unknown =>
  typeof value === "function" ? `function/${value.length}`
  : isPlural(value) ? "plural forms"
  : Array.isArray(value) ? value.map(shape)
  : value && typeof value === "object" ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, shape((value as Record<string, unknown>)[k])]))
  : typeof value;

describe("every language has every word of the interface", () => {
  test.each(LOCALES.filter((l) => l !== "en"))("%s has exactly English's keys, each of the same kind", (locale) => {
    expect(shape(MESSAGES[locale])).toEqual(shape(MESSAGES.en));
  });

  test.each(LOCALES)("%s has no empty text, and every function uses all it is given", (locale) => {
    for (const [path, text] of leaves(MESSAGES[locale], locale)) {
      expect(typeof text, path).toBe("string");
      expect((text as string).trim(), path).not.toBe("");
      for (const arg of path.match(/‹arg\d›/g) ?? []) expect(text, path).toContain(arg);
    }
  });

  test.each(LOCALES)("%s has a plural form for every category its numbers use", (locale) => {
    for (const key of ["quoteCount", "tracedChords"] as const) {
      for (const category of pluralCategories(locale)) {
        expect(MESSAGES[locale][key][category], `${locale} ${key}.${category}`).toMatch(/\{n\}/);
      }
    }
  });

  test.each(LOCALES.filter((l) => l !== "en"))("%s never starts a line with a dash: the space before one does not break", (locale) => {
    const breaking = leaves(MESSAGES[locale], locale).filter(([, text]) => breaksBeforeDash(String(text)));
    expect(breaking.map(([path]) => path)).toEqual([]);
  });

  test.each(LOCALES.filter((l) => l !== "en"))("%s is written in Cyrillic, not left in English", (locale) => {
    const english = new Map(leaves(MESSAGES.en, "").map(([p, v]) => [p, v]));
    const same = leaves(MESSAGES[locale], "").filter(([path, text]) => english.get(path) === text && /[a-z]{3}/i.test(String(text)));
    expect(same.map(([path]) => path)).toEqual([]);
  });

  test.each(LOCALES.filter((l) => l !== "en"))("%s is in Cyrillic: every text has Cyrillic letters and no Latin words beyond keycaps", (locale) => {
    // Names that stay in Latin letters in every language (a project, its licence). Keycaps are not
    // in the dictionaries: src/tour/tour.ts writes them, and only the space bar's name is translated.
    const KEYCAPS = new Set(["WebGL", "OpenStreetMap", "ODbL", "Esc"]);
    for (const [path, text] of leaves(MESSAGES[locale], locale)) {
      const ours = String(text).replace(/‹arg\d›|\{n\}/g, ""); // what the dictionary itself says
      expect((ours.match(/[A-Za-z]+/g) ?? []).filter((w) => !KEYCAPS.has(w)), path).toEqual([]);
      if (/\p{L}/u.test(ours)) expect(ours, path).toMatch(/\p{Script=Cyrillic}/u);
    }
  });

  test("a dictionary that lacks a key is a type error (tsc checks this line)", () => {
    const { siteName: _dropped, ...incomplete } = ru;
    // @ts-expect-error a language without one of English's keys must not type-check
    const broken: Messages = incomplete;
    expect(broken.siteName).toBeUndefined();
  });
});
