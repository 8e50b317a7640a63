import { describe, expect, test } from "vitest";
import type { MultiLineString } from "geojson";
import { createPropertyExpression, latest } from "@maplibre/maplibre-gl-style-spec";
import { SHOWN_CORRIDOR_STATE, SHOWN_HUB_STATE, corridorFeatures, corridorOverlay } from "../../../src/map/corridor-layers";
import { basemapLabelLayers } from "../../../src/map/basemap-layers";
import { PLACE_RANK } from "../../../src/model/basemap";
import { withoutProvenance, type AtlasData, type Segment } from "../../../src/model/corridor";
import { LOCALES } from "../../../src/i18n/locales";
import { MESSAGES } from "../../../src/i18n/messages";

const segment = (id: string, coordinates: number[][]): Segment => ({
  type: "Feature",
  properties: { id, name: id, mode: "sea", status: "operating", source: "t", trace: "sea-lane", tracedFrom: "t", places: [] },
  geometry: { type: "LineString", coordinates },
});

const data = (segments: Segment[]): AtlasData => withoutProvenance({
  corridors: [{
    id: "north-south", name: "NS", shortName: "NS", colour: "#cc79a7", description: "d", countries: [],
    segments: { type: "FeatureCollection", features: segments },
  }],
  hubs: { type: "FeatureCollection", features: [] },
  articles: [],
  quotes: [],
  tour: [], facts: [], overview: { officialCorridors: "", officialCorridorsSources: [] },
});

describe("corridorFeatures", () => {
  test("two routes of one corridor that share a stretch draw it once, so dashes never overlap", () => {
    const features = corridorFeatures(data([
      segment("olya-anzali", [[47.5, 45.8], [48, 44], [50, 40], [49.5, 37.5]]),
      segment("makhachkala-anzali", [[47.5, 43], [48, 44], [50, 40], [49.5, 37.5]]),
    ])).features;
    expect(features.map((f) => (f.geometry as MultiLineString).coordinates)).toEqual([
      [[[47.5, 45.8], [48, 44], [50, 40], [49.5, 37.5]]],
      [[[47.5, 43], [48, 44]]],
    ]);
  });

  test("a segment wholly drawn already adds no feature, and each feature carries its corridor's colour and offset", () => {
    const features = corridorFeatures(data([segment("a", [[1, 1], [2, 2]]), segment("b", [[2, 2], [1, 1]])])).features;
    expect(features).toHaveLength(1);
    expect(features[0]!.properties).toMatchObject({ corridor: "north-south", colour: "#cc79a7", segment: "a", offset: 0 });
  });
});

describe("the hub shown", () => {
  const specs = latest as unknown as Record<string, Record<string, unknown>>;
  /** A hub layer's layout property as MapLibre evaluates it, at `zoom`, with `shownHub` as the style's global state. */
  const evaluate = (layerId: string, property: string, zoom: number, hubId: string, shownHub: string) => {
    const layer = corridorOverlay(data([]), 2026).layers.find((l) => l.id === layerId)! as { type: string; layout: Record<string, unknown> };
    const parsed = createPropertyExpression(layer.layout[property] as never, property, specs[`layout_${layer.type}`]![property] as never);
    if (parsed.result !== "success") throw new Error(JSON.stringify(parsed.value));
    return parsed.value.evaluate({ zoom, globalState: { [SHOWN_HUB_STATE]: shownHub } } as never, { type: 1, properties: { id: hubId } } as never);
  };

  test("is named larger and first, and its symbol is larger, on its page and its tour stop; the other hubs are as before", () => {
    expect(evaluate("hub-labels", "text-size", 8, "aktau", "aktau")).toBe(20);
    expect(evaluate("hub-labels", "text-size", 8, "kuryk", "aktau")).toBe(14);
    expect(evaluate("hub-labels", "text-size", 8, "kuryk", "")).toBe(14);
    expect(evaluate("hub-labels", "symbol-sort-key", 8, "aktau", "aktau")).toBeLessThan(evaluate("hub-labels", "symbol-sort-key", 8, "kuryk", "aktau"));
    expect(evaluate("hub-icons", "icon-size", 7, "aktau", "aktau")).toBeGreaterThan(evaluate("hub-icons", "icon-size", 7, "kuryk", "aktau"));
  });
});

describe("the corridor shown's hub names", () => {
  const specs = latest as unknown as Record<string, Record<string, unknown>>;
  type Layer = { id: string; type: string; layout?: Record<string, unknown> };
  /** A symbol layer's text size as MapLibre evaluates it, at `zoom`, for a feature with `properties`. */
  const textSize = (layer: Layer, zoom: number, properties: Record<string, unknown>, globalState: Record<string, unknown> = {}) => {
    const parsed = createPropertyExpression(layer.layout!["text-size"] as never, "text-size", specs.layout_symbol!["text-size"] as never);
    if (parsed.result !== "success") throw new Error(JSON.stringify(parsed.value));
    return parsed.value.evaluate({ zoom, globalState } as never, { type: 1, properties } as never) as number;
  };
  const overlay = corridorOverlay(data([]), 2026);
  const shownBand = overlay.topLabels!.find((l) => l.id === "hub-labels-shown-corridor")! as Layer;
  const otherBand = overlay.layers.find((l) => l.id === "hub-labels")! as Layer;
  const places = basemapLabelLayers("en").find((l) => l.id === "place-labels")! as Layer;
  const onTitr = { [SHOWN_CORRIDOR_STATE]: "titr", [SHOWN_HUB_STATE]: "" };

  test("are at least a capital's size where a laptop or a projector frames a corridor, and larger than the other hubs' names", () => {
    // On a 1920×1080 tour stop Poti, Almaty and Dostyk were named in 11 px, Tbilisi and Bishkek in 12–13.
    for (const zoom of [3.5, 4, 4.7, 6, 8]) {
      const shown = textSize(shownBand, zoom, { id: "poti" }, onTitr);
      expect(shown, `zoom ${zoom}`).toBeGreaterThanOrEqual(textSize(places, zoom, { rank: PLACE_RANK.capital }));
      expect(shown, `zoom ${zoom}`).toBeGreaterThan(textSize(otherBand, zoom, { id: "anzali" }, onTitr));
    }
  });

  test("are no larger than the other hubs' on a phone's narrow map, where the corridor's ends must still be named", () => {
    for (const zoom of [2, 2.6]) expect(textSize(shownBand, zoom, { id: "poti" }, onTitr), `zoom ${zoom}`).toBe(textSize(otherBand, 4.5, { id: "anzali" }));
  });
});

describe("a straight stretch with no station mapped", () => {
  test("is drawn solid, and the panel in every language says so, not that it is dashed", () => {
    const chord = corridorOverlay(data([]), 2026).layers.find((l) => l.id === "corridor-chord") as { paint: Record<string, unknown> };
    expect(chord.paint).not.toHaveProperty("line-dasharray");
    for (const locale of LOCALES) {
      for (const words of Object.values(MESSAGES[locale].tracedChords)) expect(words, locale).not.toMatch(/dash|пунктир|үзік/i);
    }
  });
});
