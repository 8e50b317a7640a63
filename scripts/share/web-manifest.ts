// The installable app's manifest in each language: its name, description and language, and a
// start page in that language's folder. English is public/manifest.webmanifest as it is.
import type { Locale } from "../../src/i18n/locales.ts";
import { localePrefix } from "../../src/i18n/locales.ts";
import type { SiteWords } from "../../src/i18n/messages.ts";


/** The English manifest (as parsed JSON) with one language's words and start page. */
export function localizedManifest(english: Record<string, unknown>, locale: Locale, t: SiteWords): Record<string, unknown> {
  return { ...english, lang: locale, name: t.siteName, short_name: t.appShortName, description: t.tagline, start_url: `./${localePrefix(locale)}` };
}
