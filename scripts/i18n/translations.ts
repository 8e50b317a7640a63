// The build's side of the translations: checks each language's content against the data and
// the basemap's labels (a gap stops the build, naming the language file, the id and the field),
// writes each language's data bundle, and adds the translated label names to the basemap.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { FeatureCollection } from "geojson";
import { withoutProvenance, type AtlasData, type ValidatedAtlasData } from "../../src/model/corridor.ts";
import { BASEMAP_LAYERS, labelNameProperty } from "../../src/model/basemap.ts";
import type { BasemapLayers } from "../basemap/layers.ts";
import { atlasDataPath } from "../../src/i18n/locale-files.ts";
import {
  contentProblems, displayTexts, labelProblems, staleTranslations, translateAtlas, type ContentText, type MapLabels, type TranslatedFrom,
} from "../../src/i18n/content.ts";
import { loadAllMapLabels, mapLabelsFile } from "./map-labels.ts";
import { clearestPlace, linesUnderName, overRatherThanUnder } from "../data/hub-name-anchors.ts";
import { makeLocaleFormat } from "../../src/i18n/format.ts";
import { LOCALES, type Locale } from "../../src/i18n/locales.ts";
import { CONTENT } from "../../src/i18n/content-by-locale.ts";

type Contents = Partial<Record<string, ContentText>>;
type LabelsByLocale = Partial<Record<string, MapLabels>>;

/** The labels the basemap draws, as the translations key them. */
export function basemapLabels(layers: BasemapLayers): { countries: string[]; places: { id: string; name: string }[] } {
  return {
    countries: layers[BASEMAP_LAYERS.countryLabel].features.map((f) => String(f.properties?.name)),
    places: layers[BASEMAP_LAYERS.place].features.map((f) => ({ id: String(f.properties?.geonames_id), name: String(f.properties?.name) })),
  };
}

/** The English each translation was made from (see staleTranslations). */
export const TRANSLATED_FROM_FILE = "data/i18n/translated-from.json";
const readTranslatedFrom = (): Partial<Record<string, TranslatedFrom>> => JSON.parse(readFileSync(TRANSLATED_FROM_FILE, "utf8"));

/** Throws, listing every gap of every language, when a translation is incomplete or behind its English. */
export function checkTranslations(
  data: ValidatedAtlasData, layers: BasemapLayers, contents: Contents = CONTENT, translated: LabelsByLocale = loadAllMapLabels(),
  translatedFrom: Partial<Record<string, TranslatedFrom>> = readTranslatedFrom(),
): void {
  const labels = basemapLabels(layers);
  const faults = [
    ...Object.entries(contents).flatMap(([locale, content]) => contentProblems(content!, data).map((problem) => `src/i18n/${locale}.ts: ${problem}`)),
    ...Object.keys(contents).flatMap((locale) => staleTranslations(data, translatedFrom[locale]).map((problem) => `src/i18n/${locale}.ts: ${problem}`)),
    ...Object.entries(translated).flatMap(([locale, own]) => labelProblems(own!, labels).map((problem) => `${mapLabelsFile(locale as Locale)}: ${problem}`)),
  ];
  if (faults.length > 0) throw new Error(`The translations have ${faults.length} gap(s):\n${faults.map((f) => `  ${f}`).join("\n")}`);
}

/**
 * One language's data bundle: the data in its words, without provenance, with its country names and
 * dates formatted here, and each hub's name placed clear of the lines on its page.
 */
export function atlasBundle(data: ValidatedAtlasData, locale: Locale): AtlasData {
  const words = locale === "en" ? data : translateAtlas(data, CONTENT[locale]);
  const served = withoutProvenance(words);
  const crossed = linesUnderName(served);
  const hubs = {
    ...served.hubs,
    features: served.hubs.features.map((hub) => {
      const under = crossed[hub.properties.id]!;
      return { ...hub, properties: { ...hub.properties, nameAnchor: clearestPlace(under), nameOver: overRatherThanUnder(under) } };
    }),
  };
  return { ...served, hubs, display: displayTexts(words, makeLocaleFormat(locale)) };
}

/** Every language's bundle, by language. */
export type AtlasBundles = Record<Locale, AtlasData>;

/** Writes public/data/atlas.json (English) and atlas.<locale>.json for the other languages; returns them. */
export function writeAtlasBundles(data: ValidatedAtlasData): AtlasBundles {
  const bundles = Object.fromEntries(LOCALES.map((locale) => [locale, atlasBundle(data, locale)])) as AtlasBundles;
  for (const locale of LOCALES) {
    const out = resolve("public", atlasDataPath(locale));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(bundles[locale]));
  }
  return bundles;
}

/** The basemap with `name_<locale>` on every country and place label. */
export function withTranslatedLabels(layers: BasemapLayers, translated: LabelsByLocale = loadAllMapLabels()): BasemapLayers {
  const translate = (collection: FeatureCollection, nameFor: (labels: MapLabels, properties: Record<string, unknown>) => string | undefined): FeatureCollection => ({
    ...collection,
    features: collection.features.map((feature) => {
      const properties: Record<string, unknown> = { ...feature.properties };
      for (const [locale, labels] of Object.entries(translated)) {
        const name = nameFor(labels!, properties);
        if (name) properties[labelNameProperty(locale)] = name;
      }
      return { ...feature, properties };
    }),
  });
  return {
    ...layers,
    [BASEMAP_LAYERS.countryLabel]: translate(layers[BASEMAP_LAYERS.countryLabel], (c, p) => c.countries[String(p.name)]),
    [BASEMAP_LAYERS.place]: translate(layers[BASEMAP_LAYERS.place], (c, p) => c.places[String(p.geonames_id)]),
  };
}
