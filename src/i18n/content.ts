// What Russian and Kazakh translate of the data: corridor, hub and tour texts, what their sources
// say and what part each published figure covers; the map's country and place labels are data
// (data/i18n/<locale>.json, read by scripts/i18n/map-labels.ts).
// English needs none of it: the data and the basemap are English.
// Pure: the build applies it (translateAtlas) and checks it (contentProblems) before any page is written.
import type { AtlasDataOf, CorridorId, DisplayTexts } from "../model/corridor";
import type { LocaleFormat } from "./format";
import { servedTextSources } from "../model/text-sources";

export interface CorridorText {
  name: string;
  shortName: string;
  description: string;
}

/** A language's own texts for the data: names, descriptions, tour and overview texts. */
export interface OwnContentText {
  corridors: Record<CorridorId, CorridorText>;
  /** By hub id (data/hubs.geojson): its name, what it is, and where its position comes from. */
  hubs: Record<string, { name: string; description: string; source: string }>;
  /** By tour stop id (data/tour.json). */
  tour: Record<string, { title: string; line: string; notes: string }>;
  /** By section id (data/sections): its name, as the map's popup and "Sections drawn" show it. */
  sections: Record<string, { name: string }>;
  /** The overview's note on the officials' "five railway corridors" (data/overview.json). */
  overview: { officialCorridors: string };
}

/** What the sources of our texts say, and what part each published figure covers, in a language. */
export interface SourceWords {
  /**
   * What each source of our texts says (a text source's `says`: "About this text"), by its English
   * words: one claim may rest on several sources, and any change to the English asks for it anew.
   */
  claims: Record<string, string>;
  /** What part a published figure covers (a fact's `part`), by its English words. */
  factParts: Record<string, string>;
}

/** Everything a language translates of the data. */
export type ContentText = OwnContentText & SourceWords;

/** The data validated or served: what is translated or checked here reads only each section's id and name. */
type SectionsNamed = AtlasDataOf<{ id: string; name: string }>;

/** One language's map labels: countries by their Natural Earth name, places by GeoNames id. */
export interface MapLabels {
  countries: Record<string, string>;
  places: Record<string, string>;
}

/** The data in another language: names, descriptions, tour and overview texts and what their sources say replaced; quotes and the sources themselves untouched. Never throws on valid content. */
export function translateAtlas<P extends { id: string; name: string }>(data: AtlasDataOf<P>, content: ContentText): AtlasDataOf<P> {
  const claimed = <S extends { says: string }>(sources: readonly S[] | undefined): S[] | undefined =>
    sources?.map((source) => ({ ...source, says: content.claims[source.says]! }));
  return {
    ...data,
    corridors: data.corridors.map((corridor) => {
      const text = content.corridors[corridor.id];
      return {
        ...corridor,
        name: text.name,
        shortName: text.shortName,
        description: text.description,
        descriptionSources: claimed(corridor.descriptionSources),
        segments: {
          ...corridor.segments,
          features: corridor.segments.features.map((segment) =>
            ({ ...segment, properties: { ...segment.properties, name: content.sections[segment.properties.id]!.name } })),
        },
      };
    }),
    hubs: {
      ...data.hubs,
      features: data.hubs.features.map((hub) => ({
        ...hub,
        properties: { ...hub.properties, ...content.hubs[hub.properties.id], descriptionSources: claimed(hub.properties.descriptionSources) },
      })),
    },
    tour: data.tour.map((stop) => ({ ...stop, ...content.tour[stop.id], lineSources: claimed(stop.lineSources), notesSources: claimed(stop.notesSources) })),
    overview: { ...data.overview, officialCorridors: content.overview.officialCorridors, officialCorridorsSources: claimed(data.overview.officialCorridorsSources)! },
    facts: data.facts.map((fact) => (fact.part === undefined ? fact : { ...fact, part: content.factParts[fact.part]! })),
  };
}

/** Every country name and date (of an article, a published figure or a text's source) the data shows, in one language's format. */
export function displayTexts(data: SectionsNamed, format: LocaleFormat): DisplayTexts {
  const codes = new Set([...data.corridors.flatMap((c) => c.countries), ...data.hubs.features.map((h) => h.properties.country)]);
  return {
    countryNames: Object.fromEntries([...codes].sort().map((code) => [code, format.country(code)])),
    articleDates: Object.fromEntries([
      ...data.articles.map((a) => a.date),
      ...data.facts.flatMap((f) => (f.source.published ? [f.source.published] : [])),
      ...servedTextSources(data).flatMap((s) => (s.page?.published ? [s.page.published] : [])),
    ].map((date) => [date, format.date(date)])),
  };
}

/** Every section once, as its segments carry it (a section on two corridors is one text). */
const sectionsOf = (data: SectionsNamed): { id: string; name: string }[] =>
  [...new Map(data.corridors.flatMap((c) => c.segments.features.map((s) => [s.properties.id, { id: s.properties.id, name: s.properties.name }] as const))).values()];

const blank = (value: unknown) => typeof value !== "string" || value.trim() === "";

/**
 * Every fault of one language's content against the data, as "<where>: <fault>" lines: an
 * id or text the data has and the translation lacks (or the reverse), an empty text, a text
 * whose figures are not its English's. Never throws.
 */
export function contentProblems(content: ContentText, data: SectionsNamed): string[] {
  const problems: string[] = [];
  const checkFields = (where: string, entry: object | undefined, fields: readonly string[]) => {
    if (!entry) return void problems.push(`${where}: no translation`);
    for (const field of fields) if (blank((entry as Record<string, unknown>)[field])) problems.push(`${where}: "${field}" is missing or empty`);
  };
  const checkExtra = (section: string, ids: string[], known: Set<string>) => {
    for (const id of ids) if (!known.has(id)) problems.push(`${section} "${id}": translated, but the data has no such id`);
  };
  for (const corridor of data.corridors) {
    const text = content.corridors?.[corridor.id];
    checkFields(`corridor "${corridor.id}"`, text, ["name", "shortName", "description"]);
  }
  checkExtra("corridor", Object.keys(content.corridors ?? {}), new Set(data.corridors.map((c) => c.id)));
  for (const hub of data.hubs.features) checkFields(`hub "${hub.properties.id}"`, content.hubs?.[hub.properties.id], ["name", "description", "source"]);
  checkExtra("hub", Object.keys(content.hubs ?? {}), new Set(data.hubs.features.map((h) => h.properties.id)));
  for (const stop of data.tour) checkFields(`tour stop "${stop.id}"`, content.tour?.[stop.id], ["title", "line", "notes"]);
  checkExtra("tour stop", Object.keys(content.tour ?? {}), new Set(data.tour.map((s) => s.id)));
  checkFields("the overview", content.overview, ["officialCorridors"]);
  const sectionIds = new Set(sectionsOf(data).map((s) => s.id));
  for (const id of sectionIds) checkFields(`section "${id}"`, content.sections?.[id], ["name"]);
  checkExtra("section", Object.keys(content.sections ?? {}), sectionIds);
  const checkFigures = (where: string, english: string, own: string) => {
    if (figuresOf(own) !== figuresOf(english)) problems.push(`${where}: its figures (${figuresOf(english) || "none"}) are not the translation's (${figuresOf(own) || "none"})`);
  };
  const checkWords = (what: string, english: ReadonlySet<string>, translated: Record<string, string> | undefined) => {
    for (const text of english) {
      const own = translated?.[text];
      if (blank(own)) problems.push(`${what} "${text}": no translation`);
      else checkFigures(`${what} "${text}"`, text, own!);
    }
    for (const text of Object.keys(translated ?? {})) if (!english.has(text)) problems.push(`${what} "${text}": translated, but the data has no such text`);
  };
  checkWords("claim", new Set(servedTextSources(data).map((s) => s.says)), content.claims);
  checkWords("figure's part", new Set(data.facts.flatMap((f) => (f.part === undefined ? [] : [f.part]))), content.factParts);
  for (const text of ownTexts(content)) {
    if (breaksBeforeDash(text)) problems.push(`"${text.length > 60 ? `${text.slice(0, 60)}…` : text}": a plain space before a dash, where a line may break and start with the dash; write \\u00a0 there`);
  }
  // Once every text is there: each states the figures its English states, no more, no fewer.
  if (problems.length === 0) {
    const own = englishTexts(translateAtlas(data, content));
    for (const [key, english] of Object.entries(englishTexts(data))) checkFigures(key, english, own[key]!);
  }
  return problems;
}

/**
 * Russian and Kazakh typesetting: a line never starts with a dash, so the space before one is a
 * no-break space (U+00A0), and "Коридор «Север — Юг»" cannot leave "— Юг»" to the next line.
 */
export const breaksBeforeDash = (text: string): boolean => / [—–]/.test(text);

/** Every text a translation writes itself (the English it translates are keys, not values). */
const ownTexts = (value: unknown): string[] =>
  typeof value === "string" ? [value] : value && typeof value === "object" ? Object.values(value).flatMap(ownTexts) : [];

/**
 * The figures a text writes in digits, in order of size, as one string: "4,256 km" and "4 256 км"
 * give the same, as do 2.8 and 2,8. A translation that drops, adds or changes one states another fact.
 */
export function figuresOf(text: string): string {
  return (text.match(/\d+(?:[.,\u00a0\u202f ]\d+)*/g) ?? []).map((figure) => figure.replace(/\D/g, "")).sort().join(" ");
}

/** The map labels a language lacks, as "<where>: <fault>" lines. `countries` are Natural Earth names, `places` GeoNames ids. */
export function labelProblems(translated: MapLabels, labels: { countries: string[]; places: { id: string; name: string }[] }): string[] {
  return [
    ...labels.countries.filter((name) => blank(translated.countries[name])).map((name) => `country label "${name}": no translation`),
    ...labels.places.filter((p) => blank(translated.places[p.id])).map((p) => `place label "${p.name}" (GeoNames ${p.id}): no translation`),
  ];
}

/**
 * The English each translated text was made from, by language and key ("corridor titr
 * description"), as a short hash: data/i18n/translated-from.json, written by
 * `npm run i18n:lock` once a translation is brought up to date.
 */
export type TranslatedFrom = Record<string, string>;

/** Every English text a translation covers, by key. */
export function englishTexts(data: SectionsNamed): Record<string, string> {
  return Object.fromEntries([
    ...data.corridors.flatMap((c) => (["name", "shortName", "description"] as const).map((f) => [`corridor ${c.id} ${f}`, c[f]])),
    ...data.hubs.features.flatMap(({ properties: h }) => (["name", "description", "source"] as const).map((f) => [`hub ${h.id} ${f}`, h[f] ?? ""])),
    ...data.tour.flatMap((s) => (["title", "line", "notes"] as const).map((f) => [`tour stop ${s.id} ${f}`, s[f]])),
    ["overview officialCorridors", data.overview.officialCorridors],
    ...sectionsOf(data).map((s) => [`section ${s.id} name`, s.name]),
  ]);
}

/** A short, stable hash of a text (FNV-1a, 32 bits): enough to tell that it changed. */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, "0");
}

/** The lock for the English as it is now: what `npm run i18n:lock` writes for a language. */
export const translatedFromNow = (data: SectionsNamed): TranslatedFrom =>
  Object.fromEntries(Object.entries(englishTexts(data)).map(([key, text]) => [key, textHash(text)]));

/** Every text whose English changed since it was translated, as "<key>: …" lines. Never throws. */
export function staleTranslations(data: SectionsNamed, from: TranslatedFrom | undefined): string[] {
  return Object.entries(englishTexts(data))
    .filter(([key, text]) => from?.[key] !== textHash(text))
    .map(([key]) => `${key}: the English changed since it was translated (or was never locked): translate it, then run \`npm run i18n:lock\``);
}
