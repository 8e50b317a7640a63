// Which language a file of the built site belongs to, for the offline cache: the service worker
// caches the shared files (scripts, basemap, fonts) once, and a language's pages and data only
// when a page in that language is opened, so a visitor downloads one language, not three.
import { DEFAULT_LOCALE, LOCALES, localeOfPath, type Locale } from "./locales";
import { atlasDataPath, manifestFile } from "./locale-files";

/**
 * The language whose pages use `pathname` (a path under `basePath`), or "shared" for files every
 * language needs: a language's pages (English's sit at the base), data bundle and web manifest.
 */
export function offlineGroupOf(pathname: string, basePath: string): Locale | "shared" {
  const { locale } = localeOfPath(pathname, basePath);
  if (locale !== DEFAULT_LOCALE) return locale;
  const file = pathname.slice(basePath.length);
  const owner = LOCALES.find((l) => file === atlasDataPath(l) || file === manifestFile(l));
  if (owner) return owner;
  return pathname.endsWith("/") || file.endsWith(".html") ? DEFAULT_LOCALE : "shared";
}
