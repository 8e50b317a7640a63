// `npm run i18n:lock`: records, for Russian and Kazakh, the English each translation now follows
// (data/i18n/translated-from.json). Run it after bringing a translation up to date; until then the
// build names every text whose English has changed since (src/i18n/content.ts, staleTranslations).
import { writeFileSync } from "node:fs";
import { translatedFromNow } from "../../src/i18n/content.ts";
import { LOCALES } from "../../src/i18n/locales.ts";
import { TRANSLATED_FROM_FILE } from "./translations.ts";
import { validateAtlasData } from "../validate-data.ts";
import { makeGeoContext } from "../data/geo-context.ts";
import { buildBasemapLayers } from "../basemap/layers.ts";

const data = validateAtlasData(makeGeoContext(buildBasemapLayers()));
const lock = Object.fromEntries(LOCALES.filter((locale) => locale !== "en").map((locale) => [locale, translatedFromNow(data)]));
writeFileSync(TRANSLATED_FROM_FILE, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`wrote ${TRANSLATED_FROM_FILE} for ${Object.keys(lock).join(", ")}`);
