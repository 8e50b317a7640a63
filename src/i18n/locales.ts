// Which languages the atlas speaks and where each lives: English at the base, the others under
// their own folder (ru/, kk/). Pure: takes the path as a string, so it runs in Vitest.

export const LOCALES = ["en", "ru", "kk"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Each language's name in itself, for the language switch (never translated). */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", ru: "Русский", kk: "Қазақша" };

export const isLocale = (value: unknown): value is Locale => typeof value === "string" && (LOCALES as readonly string[]).includes(value);

/** The folder a language lives in under the site's base: "" for English, "ru/" for Russian. */
export const localePrefix = (locale: Locale): string => (locale === DEFAULT_LOCALE ? "" : `${locale}/`);

/** The base of one language's pages: `basePath` plus its folder. `basePath` starts and ends with "/". */
export const localeBasePath = (locale: Locale, basePath: string): string => `${basePath}${localePrefix(locale)}`;

/**
 * The language of a page from its path, and the base its own addresses are relative to. Never
 * throws: a path outside the base, or without a language folder, is English.
 */
export function localeOfPath(pathname: string, basePath: string): { locale: Locale; pageBase: string } {
  if (pathname.startsWith(basePath)) {
    const first = pathname.slice(basePath.length).split("/")[0];
    if (first !== DEFAULT_LOCALE && isLocale(first)) return { locale: first, pageBase: localeBasePath(first, basePath) };
  }
  return { locale: DEFAULT_LOCALE, pageBase: basePath };
}
