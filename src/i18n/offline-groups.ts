// Which language a file of the built site belongs to, for the offline cache: the service worker
// caches the shared files (scripts, basemap, fonts) once, and a language's pages and data only
// when a page in that language is opened, so a visitor downloads one language, not three.
import { DEFAULT_LOCALE, LOCALES, localeOfPath, type Locale } from "./locales";

/**
 * The language whose pages use `pathname` (a path under `basePath`), or "shared" for files every
 * language needs. A language's data bundle and web manifest carry its code (`atlas.ru.json`);
 * English's have none, and English pages sit at the base.
 */
export function offlineGroupOf(pathname: string, basePath: string): Locale | "shared" {
  const { locale } = localeOfPath(pathname, basePath);
  if (locale !== DEFAULT_LOCALE) return locale;
  const file = pathname.slice(pathname.lastIndexOf("/") + 1);
  const tagged = /^(?:atlas|manifest)\.([a-z]{2})\.(?:json|webmanifest)$/.exec(file);
  if (tagged) return LOCALES.find((l) => l === tagged[1]) ?? "shared";
  if (file === "atlas.json" || file === "manifest.webmanifest") return DEFAULT_LOCALE;
  return pathname.endsWith("/") || file.endsWith(".html") ? DEFAULT_LOCALE : "shared";
}
