// The files of the built site that exist once per language, named in one place: the build writes
// them, the app fetches them and the service worker caches them by language.
import { DEFAULT_LOCALE, type Locale } from "./locales";

/** One language's validated data bundle, under the site's base (written by scripts/prepare.ts). */
export const atlasDataPath = (locale: Locale): string => (locale === DEFAULT_LOCALE ? "data/atlas.json" : `data/atlas.${locale}.json`);

/** One language's web app manifest, at the site's base (English's is public/manifest.webmanifest). */
export const manifestFile = (locale: Locale): string => (locale === DEFAULT_LOCALE ? "manifest.webmanifest" : `manifest.${locale}.webmanifest`);
