import type { Locale } from "../i18n/locales";

/** Where one language's validated data bundle is served, under the site's base (written by scripts/prepare.ts). */
export const atlasDataPath = (locale: Locale): string => (locale === "en" ? "data/atlas.json" : `data/atlas.${locale}.json`);
