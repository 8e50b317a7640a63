import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import type { AtlasData } from "../../../src/model/corridor";
import { contentProblems, figuresOf, labelProblems, staleTranslations, translateAtlas, translatedFromNow, type ContentText } from "../../../src/i18n/content";
import { CONTENT } from "../../../src/i18n/content-by-locale";
import { loadMapLabels } from "../../../scripts/i18n/map-labels";

const read = (path: string) => JSON.parse(readFileSync(path, "utf8"));
// The data as the build reads it (its own validation is tested elsewhere); enough for translations.
const data = {
  corridors: read("data/corridors/corridors.json").corridors.map((c: { id: string }) => ({ ...c, segments: read(`data/corridors/${c.id}.geojson`) })),
  hubs: read("data/hubs.geojson"),
  tour: read("data/tour.json").stops,
  quotes: read("data/quotes.json").quotes,
  facts: read("data/facts.json").facts,
  overview: read("data/overview.json"),
  articles: [],
} as AtlasData;

const clone = (content: ContentText): ContentText => structuredClone(content);

describe("the translated data", () => {
  test.each(Object.entries(CONTENT))("%s translates every corridor, hub and tour stop the data has", (_locale, content) => {
    expect(contentProblems(content, data)).toEqual([]);
  });

  test.each(Object.keys(CONTENT))("%s was translated from the English the data has now (data/i18n/translated-from.json)", (locale) => {
    expect(staleTranslations(data, read("data/i18n/translated-from.json")[locale])).toEqual([]);
  });

  test("a text whose English changed since it was translated is named, until the lock is renewed", () => {
    const lock = translatedFromNow(data);
    const changed = { ...data, corridors: data.corridors.map((c, i) => (i === 1 ? { ...c, description: `${c.description} More.` } : c)) };
    expect(staleTranslations(changed, lock)).toEqual([
      `corridor ${data.corridors[1]!.id} description: the English changed since it was translated (or was never locked): translate it, then run \`npm run i18n:lock\``,
    ]);
    expect(staleTranslations(changed, translatedFromNow(changed))).toEqual([]);
  });

  test("a missing hub, an empty text and an unknown id are each named", () => {
    const broken = clone(CONTENT.ru);
    delete broken.hubs.aktau;
    broken.tour.opening!.line = " ";
    broken.hubs["atlantis"] = { name: "Атлантида", description: "Остров", source: "миф" };
    delete broken.sections["dostyk-aktogay"];
    broken.sections["atlantis-express"] = { name: "Атлантида\u00a0– Лемурия" };
    expect(contentProblems(broken, data)).toEqual(expect.arrayContaining([
      'hub "aktau": no translation',
      'tour stop "opening": "line" is missing or empty',
      'hub "atlantis": translated, but the data has no such id',
      'section "dostyk-aktogay": no translation',
      'section "atlantis-express": translated, but the data has no such id',
    ]));
    expect(contentProblems(broken, data)).toHaveLength(5);
  });

  test("a text with a plain space before a dash, where a line could start with the dash, is named, claims among them", () => {
    const broken = clone(CONTENT.ru);
    broken.corridors["north-south"]!.name = "Коридор «Север — Юг»";
    const claim = Object.keys(broken.claims)[0]!;
    broken.claims[claim] = `${broken.claims[claim]} – и только`;
    expect(contentProblems(broken, data)).toEqual([
      '"Коридор «Север — Юг»": a plain space before a dash, where a line may break and start with the dash; write \\u00a0 there',
      expect.stringMatching(/^".{60}…": a plain space before a dash/),
    ]);
  });

  test("a claim or a figure's part without a translation, or with other figures than its English, is named", () => {
    const broken = clone(CONTENT.kk);
    const [claim, other] = Object.keys(broken.claims).filter((text) => /\d/.test(text));
    const part = Object.keys(broken.factParts)[0]!;
    delete broken.claims[claim!];
    broken.claims[other!] = broken.claims[other!]!.replace(/\d/, (digit) => String((Number(digit) + 1) % 10));
    broken.claims["Atlantis sank"] = "Атлантида батты";
    broken.factParts[part] = " ";
    expect(contentProblems(broken, data)).toEqual([
      `claim "${claim}": no translation`,
      `claim "${other}": its figures (${figuresOf(other!)}) are not the translation's (${figuresOf(broken.claims[other!]!)})`,
      'claim "Atlantis sank": translated, but the data has no such text',
      `figure's part "${part}": no translation`,
    ]);
  });

  test("a translated description, tour text or name that drops or changes a figure is named", () => {
    const broken = clone(CONTENT.ru);
    const english = data.corridors.find((c) => c.id === "kti")!.description;
    broken.corridors.kti.description = broken.corridors.kti.description.replace(/\d+/, (figure) => String(Number(figure) + 1));
    expect(figuresOf(english)).not.toBe("");
    expect(contentProblems(broken, data)).toEqual([
      `corridor kti description: its figures (${figuresOf(english)}) are not the translation's (${figuresOf(broken.corridors.kti.description)})`,
    ]);
  });

  test("a text's figures are read as written in either language: grouped, with a decimal point or comma, in any order", () => {
    expect(figuresOf("4,256 km of railways and 508 km across the Caspian")).toBe(figuresOf("508 км по Каспию и 4 256 км железных дорог"));
    expect(figuresOf("about 2.8 million tonnes in 2023")).toBe(figuresOf("2023 жылы шамамен 2,8 млн тонна"));
    expect(figuresOf("70 km south of Aktau")).not.toBe(figuresOf("в 17 км к югу от Актау"));
    expect(figuresOf("five corridors")).toBe("");
  });

  test("a map label without a translation is named with its GeoNames id", () => {
    const labels = { countries: ["Kazakhstan", "Atlantis"], places: [{ id: "1526384", name: "Almaty" }, { id: "1", name: "Nowhere" }] };
    expect(labelProblems(loadMapLabels("kk"), labels)).toEqual(['country label "Atlantis": no translation', 'place label "Nowhere" (GeoNames 1): no translation']);
  });

  test("translating replaces our words and leaves every quote exactly as published", () => {
    const russian = translateAtlas(data, CONTENT.ru);
    expect(russian.corridors.find((c) => c.id === "titr")!.name).toBe(CONTENT.ru.corridors.titr.name);
    expect(russian.hubs.features.find((h) => h.properties.id === "kuryk")!.properties.name).toBe(CONTENT.ru.hubs.kuryk!.name);
    // What a hub is, in the page's language, and what its sources say; the sources themselves stay.
    const kuryk = russian.hubs.features.find((h) => h.properties.id === "kuryk")!.properties;
    expect(kuryk.description).toBe(CONTENT.ru.hubs.kuryk!.description);
    const englishSources = data.hubs.features.find((h) => h.properties.id === "kuryk")!.properties.descriptionSources!;
    expect(kuryk.descriptionSources).toEqual(englishSources.map((source) => ({ ...source, says: CONTENT.ru.claims[source.says] })));
    expect(kuryk.descriptionSources!.map((s) => s.says)).not.toEqual(englishSources.map((s) => s.says));
    const stop = data.tour.find((s) => s.notesSources)!;
    expect(russian.tour.find((s) => s.id === stop.id)!.notesSources!.map((s) => s.says)).toEqual(stop.notesSources!.map((s) => CONTENT.ru.claims[s.says]));
    expect(russian.overview.officialCorridorsSources.map((s) => s.says)).toEqual(data.overview.officialCorridorsSources.map((s) => CONTENT.ru.claims[s.says]));
    // What part a figure covers, in Russian; the figure, its year and its source stay.
    data.facts.forEach((fact, i) => {
      const translated = russian.facts[i]!;
      expect(translated).toEqual({ ...fact, ...(fact.part === undefined ? {} : { part: CONTENT.ru.factParts[fact.part] }) });
      if (fact.part !== undefined) expect(translated.part).not.toBe(fact.part);
    });
    expect(russian.tour[0]!.title).toBe(CONTENT.ru.tour[data.tour[0]!.id]!.title);
    expect(russian.quotes).toEqual(data.quotes);
    expect(russian.hubs.features.map((h) => h.geometry)).toEqual(data.hubs.features.map((h) => h.geometry));
    expect(russian.corridors.map((c) => c.colour)).toEqual(data.corridors.map((c) => c.colour));
    // Every section's name, on every corridor it belongs to; its line and its figures stay.
    for (const corridor of russian.corridors) {
      const english = data.corridors.find((c) => c.id === corridor.id)!.segments.features;
      corridor.segments.features.forEach((segment, i) => {
        expect(segment.properties.name).toBe(CONTENT.ru.sections[segment.properties.id]!.name);
        expect(segment.properties.name).not.toBe(english[i]!.properties.name);
        expect({ ...segment.properties, name: english[i]!.properties.name }).toEqual(english[i]!.properties);
        expect(segment.geometry).toEqual(english[i]!.geometry);
      });
    }
  });

  test("Kazakh names use Kazakh letters where the language has them", () => {
    expect(CONTENT.kk.hubs.aktau!.name).toMatch(/Ақтау/);
    expect(CONTENT.kk.hubs.kuryk!.name).toMatch(/Құрық/);
    expect(loadMapLabels("kk").places["1526384"]).toBe("Алматы");
    expect(loadMapLabels("kk").countries["Kazakhstan"]).toBe("Қазақстан");
    expect(CONTENT.ru.hubs.dostyk!.name).toMatch(/Достык/);
    expect(CONTENT.kk.sections["dostyk-aktogay"]!.name).toBe("Достық\u00a0– Ақтоғай");
  });
});
