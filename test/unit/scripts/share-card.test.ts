import { describe, expect, test } from "vitest";
import { CORRIDOR_IDS, withoutProvenance, type AtlasData, type CorridorCollection, type HubCollection, type ValidatedAtlasData } from "../../../src/model/corridor";
import { translateAtlas } from "../../../src/i18n/content";
import { CONTENT } from "../../../src/i18n/content-by-locale";
import { LOCALES, type Locale } from "../../../src/i18n/locales";
import { MESSAGES } from "../../../src/i18n/messages";
import type { View } from "../../../src/state/url-state";
import { readAtlasFiles } from "../../../scripts/validate-data";
import { COLUMN_WIDTH, drawCard, layoutCard, offsetPolyline, type CardBackground, type CardPart } from "../../../scripts/share/card-svg";
import { corridorEnds } from "../../../scripts/share/card-labels";
import { fitText, inkRight } from "../../../scripts/share/measure-text";
import { escapeHtml } from "../../../scripts/share/page-meta";
import { renderPixels } from "../../../scripts/share/render-card";

// The data as the build hands it to the cards: data/ as validated, then each language's bundle
// (translated, provenance dropped, lines simplified), as scripts/i18n/translations.ts makes it.
const files = readAtlasFiles();
const metas = (JSON.parse(files.meta.text) as { corridors: AtlasData["corridors"] }).corridors;
const english = {
  corridors: CORRIDOR_IDS.map((id) => ({
    ...metas.find((m) => m.id === id)!, countries: [],
    segments: JSON.parse(files.corridors.find((f) => f.id === id)!.text) as CorridorCollection,
  })),
  hubs: JSON.parse(files.hubs.text) as HubCollection,
  articles: [], quotes: [], tour: [], facts: [], overview: { officialCorridors: "", officialCorridorsSources: [] },
} as ValidatedAtlasData;
const bundles = Object.fromEntries(LOCALES.map((locale) =>
  [locale, withoutProvenance(locale === "en" ? english : translateAtlas(english, CONTENT[locale]!))])) as Record<Locale, AtlasData>;

// The cards the build makes (scripts/build-share-pages.ts); the tour's page shows the overview's.
const views: { view: View; name: string }[] = [
  { view: undefined, name: "overview" },
  ...english.corridors.map((c) => ({ view: { kind: "corridor" as const, id: c.id }, name: `corridor ${c.id}` })),
  ...english.hubs.features.map((h) => ({ view: { kind: "hub" as const, id: h.properties.id }, name: `hub ${h.properties.id}` })),
];
const cards = LOCALES.flatMap((locale) => views.map(({ view, name }) => ({ locale, view, name: `${locale} ${name}` })));
const noBackground: CardBackground = { land: [], borders: { type: "MultiLineString", coordinates: [] } };
// Half size keeps the 78 cards inside a minute on a slow machine; the areas stay far apart.
const RENDER_WIDTH = 600;
const SCALE = RENDER_WIDTH / 1200;

const inked = (svg: string) => {
  const { width, pixels } = renderPixels(svg, RENDER_WIDTH);
  return { width, ink: (i: number) => pixels[i * 4 + 3]! > 0, count: pixels.length / 4 };
};
const labelTexts = (svg: string) => [...svg.matchAll(/<text class="label"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

describe("share cards", () => {
  test("on every card the title never touches the map: text and lines are drawn in their own areas", () => {
    const faults: string[] = [];
    for (const { locale, view, name } of cards) {
      const layout = layoutCard(view, bundles[locale], MESSAGES[locale]);
      const layer = (parts: CardPart[]) => inked(drawCard(layout, noBackground, parts));
      const text = layer(["text"]);
      const map = layer(["lines", "labels"]);
      let both = 0, textInMap = 0, mapInColumn = 0, first = "";
      for (let i = 0; i < text.count; i++) {
        const x = (i % text.width) / SCALE;
        if (text.ink(i) && map.ink(i) && both++ === 0) first = `(${x}, ${Math.floor(i / text.width) / SCALE})`;
        if (text.ink(i) && x >= COLUMN_WIDTH - 40) textInMap++;
        if (map.ink(i) && x < COLUMN_WIDTH) mapInColumn++;
      }
      if (both > 0) faults.push(`${name}: ${both} pixel(s) inked by both the text and the map, first at ${first}`);
      if (textInMap > 0) faults.push(`${name}: the text reaches into the map's margin (${textInMap} pixels)`);
      if (mapInColumn > 0) faults.push(`${name}: the map draws in the text column (${mapInColumn} pixels)`);
    }
    expect(faults).toEqual([]);
  });

  test("every corridor a card shows in colour is seen in it, where corridors share a track too", () => {
    // Drawn one over another, the Middle Corridor vanished under the East–West line on the
    // overview's card and Khorgos's: they share the track from the Chinese border.
    const faults: string[] = [];
    for (const { view, name } of views) {
      const layout = layoutCard(view, bundles.en, MESSAGES.en);
      const { pixels } = renderPixels(drawCard(layout, noBackground, ["lines"]), RENDER_WIDTH);
      const seen = new Map<string, number>();
      for (let i = 0; i < pixels.length; i += 4) {
        const hex = `#${[0, 1, 2].map((k) => pixels[i + k]!.toString(16).padStart(2, "0")).join("")}`;
        seen.set(hex, (seen.get(hex) ?? 0) + 1);
      }
      for (const corridor of english.corridors.filter((c) => layout.focus.has(c.id))) {
        const count = seen.get(corridor.colour.toLowerCase()) ?? 0;
        if (count < 150) faults.push(`${name}: ${corridor.id} (${corridor.colour}) shows in ${count} pixels`);
      }
    }
    expect(faults).toEqual([]);
  });

  test("a line moved to its lane keeps its shape: straight legs parallel, corners mitred, sharp ones held in", () => {
    // Eastward on a screen whose y grows down: its left is up.
    expect(offsetPolyline([[0, 0], [10, 0], [10, 0], [20, 0]], 3)).toEqual([[0, -3], [10, -3], [20, -3]]);
    const [, corner] = offsetPolyline([[0, 0], [10, 0], [10, 10]], 3);
    expect(corner![0]).toBeCloseTo(13, 9);
    expect(corner![1]).toBeCloseTo(-3, 9);
    const [, tip] = offsetPolyline([[0, 0], [10, 0], [0, 0.1]], 3);
    expect(Math.hypot(tip![0] - 10, tip![1])).toBeLessThanOrEqual(6 + 1e-9);
    expect(offsetPolyline([[1, 1], [2, 2]], 0)).toEqual([[1, 1], [2, 2]]);
  });

  test("every place a card names is a hub of the data, in the card's language", () => {
    for (const { locale, view, name } of cards) {
      const names = new Set(bundles[locale].hubs.features.map((h) => escapeHtml(h.properties.name)));
      const drawn = labelTexts(drawCard(layoutCard(view, bundles[locale], MESSAGES[locale]), noBackground, ["labels"]));
      expect(drawn.filter((label) => !names.has(label)), name).toEqual([]);
      if (view) expect(drawn.length, `${name} names nothing`).toBeGreaterThan(0);
    }
  });

  test("the KTI card names at least two places in every language, and the hub card names its hub", () => {
    for (const locale of LOCALES) {
      const kti = layoutCard({ kind: "corridor", id: "kti" }, bundles[locale], MESSAGES[locale]);
      expect(kti.labels.length, locale).toBeGreaterThanOrEqual(2);
      const port = layoutCard({ kind: "hub", id: "bandar-abbas" }, bundles[locale], MESSAGES[locale]);
      expect(port.labels.find((l) => l.focus)?.name).toBe(bundles[locale].hubs.features.find((h) => h.properties.id === "bandar-abbas")!.properties.name);
    }
  });

  test("a corridor's ends are its two loose ends farthest apart", () => {
    const kti = english.corridors.find((c) => c.id === "kti")!.segments.features.map((s) => s.geometry.coordinates);
    const [a, b] = corridorEnds(kti).map((p) => p.map((v) => Math.round(v)));
    expect([a, b].sort()).toEqual([[54, 37], [55, 45]]); // Gorgan and Beineu
  });

  test("hub names are text on the card, never markup", () => {
    const hostile = structuredClone(bundles.ru);
    hostile.hubs.features.find((h) => h.properties.id === "aktau")!.properties.name = `<img src=x onerror="alert(1)">`;
    const svg = drawCard(layoutCard({ kind: "hub", id: "aktau" }, hostile, MESSAGES.ru), noBackground);
    expect(svg).not.toContain("<img");
    expect(svg).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });
});

describe("card text fitted by measuring", () => {
  const options = { weight: 700 as const, sizes: [58, 50, 42, 36], maxWidth: 444, maxLines: 4 };

  test("a word wider than the column at the largest size sets the whole title smaller", () => {
    expect(inkRight("Транскаспийский", { size: 58, weight: 700 })).toBeGreaterThan(444);
    const fitted = fitText("Транскаспийский международный транспортный маршрут", { ...options, sizes: [58, 48, 36] })!;
    expect(fitted.size).toBe(48);
    for (const line of fitted.lines) expect(inkRight(line, { size: fitted.size, weight: 700 })).toBeLessThanOrEqual(444);
  });

  test("lines break at spaces first, after a dash inside a word only when they must, and never start with a dash", () => {
    expect(fitText("Kazakhstan–Turkmenistan–Iran railway", options)!.lines).toEqual(["Kazakhstan–", "Turkmenistan–", "Iran railway"]);
    expect(fitText("Trans-Caspian International Transport Route", options)!.lines).toEqual(["Trans-Caspian", "International", "Transport", "Route"]);
    expect(fitText("Железная дорога Казахстан — Туркменистан — Иран", options)!.lines.some((l) => /^[–—]/.test(l))).toBe(false);
  });

  test("a text that cannot fit at the smallest size is refused, not overflowed", () => {
    expect(fitText("Kazakhstan".repeat(4), options)).toBeNull();
  });
});
