import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import type { AtlasData } from "../../../src/model/corridor";
import { contentProblems, labelProblems, staleTranslations, translateAtlas, translatedFromNow, type ContentText } from "../../../src/i18n/content";
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
    broken.sections["atlantis-express"] = { name: "Атлантида – Лемурия" };
    expect(contentProblems(broken, data)).toEqual(expect.arrayContaining([
      'hub "aktau": no translation',
      'tour stop "opening": "line" is missing or empty',
      'hub "atlantis": translated, but the data has no such id',
      'section "dostyk-aktogay": no translation',
      'section "atlantis-express": translated, but the data has no such id',
    ]));
    expect(contentProblems(broken, data)).toHaveLength(5);
  });

  test("a map label without a translation is named with its GeoNames id", () => {
    const labels = { countries: ["Kazakhstan", "Atlantis"], places: [{ id: "1526384", name: "Almaty" }, { id: "1", name: "Nowhere" }] };
    expect(labelProblems(loadMapLabels("kk"), labels)).toEqual(['country label "Atlantis": no translation', 'place label "Nowhere" (GeoNames 1): no translation']);
  });

  test("translating replaces our words and leaves every quote exactly as published", () => {
    const russian = translateAtlas(data, CONTENT.ru);
    expect(russian.corridors.find((c) => c.id === "titr")!.name).toBe(CONTENT.ru.corridors.titr.name);
    expect(russian.hubs.features.find((h) => h.properties.id === "kuryk")!.properties.name).toBe(CONTENT.ru.hubs.kuryk!.name);
    // What a hub is, in the page's language; its sources, cited in their own language, stay.
    const kuryk = russian.hubs.features.find((h) => h.properties.id === "kuryk")!.properties;
    expect(kuryk.description).toBe(CONTENT.ru.hubs.kuryk!.description);
    expect(kuryk.descriptionSources).toEqual(data.hubs.features.find((h) => h.properties.id === "kuryk")!.properties.descriptionSources);
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
    expect(CONTENT.kk.sections["dostyk-aktogay"]!.name).toBe("Достық – Ақтоғай");
  });
});
