import { describe, expect, test } from "vitest";
import { featureFilter, validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import type { FilterSpecification, LayerSpecification } from "maplibre-gl";
import { buildStyle } from "../../../src/map/style";
import { BASEMAP_LAYERS, PLACE_RANK } from "../../../src/model/basemap";

const SITE = "https://atlas.example/corridor-atlas/";
const input = {
  basemap: { format: "pmtiles" as const, url: `pmtiles://${SITE}basemap/basemap.pmtiles` },
  fontFaces: { "Noto Sans Regular": [{ url: `${SITE}assets/a.woff2` }], "Noto Sans Bold": [{ url: `${SITE}assets/b.woff2` }] },
};

describe("buildStyle", () => {
  test("the GeoJSON variant draws the same layers from one GeoJSON file per layer", () => {
    const pmtiles = buildStyle(input);
    const geojson = buildStyle({ ...input, basemap: { format: "geojson", urlForLayer: (l) => `${SITE}basemap/${l}.geojson` } });
    expect(validateStyleMin(geojson as never)).toEqual([]);
    expect(geojson.layers.map((l) => l.id)).toEqual(pmtiles.layers.map((l) => l.id));
    expect(Object.keys(geojson.sources).sort()).toEqual(Object.values(BASEMAP_LAYERS).map((l) => `basemap-${l}`).sort());
  });

  test("country and place labels read the page's language, falling back to the English name", () => {
    const textField = (locale?: string) => Object.fromEntries(buildStyle({ ...input, labelLocale: locale }).layers
      .filter((l) => l.id === "country-labels" || l.id === "place-labels")
      .map((l) => [l.id, (l.layout as Record<string, unknown>)["text-field"]]));
    expect(textField()).toEqual({ "country-labels": ["get", "name"], "place-labels": ["get", "name"] });
    const kazakh = ["coalesce", ["get", "name_kk"], ["get", "name"]];
    expect(textField("kk")).toEqual({ "country-labels": kazakh, "place-labels": kazakh });
    expect(validateStyleMin(buildStyle({ ...input, labelLocale: "ru" }) as never)).toEqual([]);
  });

  test("a place an overlay names itself (a hub named after its city) is not named twice once the overlay's labels show", () => {
    const overlay = { sources: {}, layers: [], names: { names: ["Almaty", "Алматы"], fromZoom: 4.5 } };
    const shown = (locale: string, properties: Record<string, unknown>, zoom: number) => {
      const style = buildStyle({ ...input, labelLocale: locale, overlays: [overlay] });
      const filter = (style.layers.find((l) => l.id === "place-labels") as { filter: FilterSpecification }).filter;
      // MapLibre's own evaluator, at the tile's whole zoom as the map evaluates filters.
      return featureFilter(filter, "filter").filter({ zoom }, { type: 1, properties } as never);
    };
    const almaty = { name: "Almaty", name_ru: "Алматы", rank: PLACE_RANK.majorCity };
    expect(shown("en", almaty, 4)).toBe(true); // the hub's label is not shown yet
    expect(shown("en", almaty, 5)).toBe(false);
    expect(shown("ru", almaty, 7)).toBe(false);
    expect(shown("en", { name: "Bishkek", rank: PLACE_RANK.capital }, 7)).toBe(true);
    // A place the overlay does not name keeps its label, and the style stays valid.
    expect(shown("ru", { name: "Bishkek", name_ru: "Бишкек", rank: PLACE_RANK.capital }, 7)).toBe(true);
    expect(validateStyleMin(buildStyle({ ...input, overlays: [overlay] }) as never)).toEqual([]);
  });

  test("produces a style the MapLibre validator accepts", () => {
    expect(validateStyleMin(buildStyle(input) as never)).toEqual([]);
  });

  test("every source-layer it draws exists in the basemap archive", () => {
    const known: string[] = Object.values(BASEMAP_LAYERS);
    for (const layer of buildStyle(input).layers) {
      if ("source-layer" in layer && layer["source-layer"]) expect(known, layer.id).toContain(layer["source-layer"]);
    }
  });

  test("every font it names is one of its font-faces, so no glyph server is ever asked", () => {
    const style = buildStyle(input);
    expect(style.glyphs).toBeUndefined();
    const faces = Object.keys(style["font-faces"] ?? {});
    const fontsIn = (value: unknown): string[] =>
      Array.isArray(value) ? value.flatMap(fontsIn) : typeof value === "string" && /^Noto|Sans|Bold|Regular/.test(value) ? [value] : [];
    for (const layer of style.layers) {
      const font = layer.type === "symbol" ? layer.layout?.["text-font"] : undefined;
      if (font) for (const name of fontsIn(font)) expect(faces, layer.id).toContain(name);
    }
  });

  test("all of its URLs point at the site itself", () => {
    const urls = JSON.stringify(buildStyle(input)).match(/(https?|pmtiles):\/\/[^"]+/g) ?? [];
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url.replace(/^pmtiles:\/\//, "")).toMatch(new RegExp(`^${SITE}`));
  });

  test("overlays go between the ground and the labels, so corridors never hide a name", () => {
    const overlay: LayerSpecification = { id: "corridor-x", type: "line", source: "corridors" };
    const ids = buildStyle({
      ...input,
      overlays: [{ sources: { corridors: { type: "geojson", data: { type: "FeatureCollection", features: [] } } }, layers: [overlay] }],
    }).layers.map((l) => l.id);
    expect(ids.indexOf("corridor-x")).toBeGreaterThan(ids.indexOf("borders"));
    expect(ids.indexOf("corridor-x")).toBeLessThan(ids.indexOf("country-labels"));
    expect(ids.indexOf("corridor-x")).toBeLessThan(ids.indexOf("place-labels"));
  });
});
