import { describe, expect, test } from "vitest";
import { featureFilter, validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import type { FilterSpecification, LayerSpecification } from "maplibre-gl";
import { buildStyle } from "../../../src/map/style";
import { SHOWN_CORRIDOR_STATE, corridorOverlay } from "../../../src/map/corridor-layers";
import { PRESENT_STATE, TODAY_STATE, YEAR_STATE } from "../../../src/map/year-expressions";
import type { AtlasData, Hub } from "../../../src/model/corridor";
import type { Fact } from "../../../src/model/fact";
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

  test("a city a hub is named after is named once at every zoom and in every year: by the hub where its label shows, else by the basemap", () => {
    const PRESENT = 2026;
    const hub = (id: string, name: string): Hub => ({
      type: "Feature", geometry: { type: "Point", coordinates: [76.9, 43.2] },
      properties: { id, name, kind: "logistics-hub", corridors: ["kti"], country: "KZ", source: "t" },
    });
    const opened: Fact = { about: "almaty", metric: "opened", value: 2015, unit: "year", year: 2015, source: { name: "s", url: "https://s.example/" } };
    const data: AtlasData = {
      corridors: [], hubs: { type: "FeatureCollection", features: [hub("almaty", "Almaty"), hub("tashkent", "Tashkent")] },
      articles: [], quotes: [], tour: [], facts: [opened], overview: { officialCorridors: "", officialCorridorsSources: [] },
    };
    const overlay = corridorOverlay(data, PRESENT);
    const style = buildStyle({ ...input, overlays: [overlay] });
    expect(validateStyleMin(style as never)).toEqual([]);
    /** Whether a layer draws this feature at this map zoom in this year: its zoom range at the map's zoom, its filter at the tile's whole zoom, as MapLibre evaluates them. */
    /** Whether a layer draws this feature at this map zoom, in this year, with this corridor shown ("" none). */
    const draws = (id: string, properties: Record<string, unknown>, zoom: number, year: number | undefined, shown: string) => {
      const layer = style.layers.find((l) => l.id === id) as LayerSpecification & { filter?: FilterSpecification };
      if ((layer.minzoom !== undefined && zoom < layer.minzoom) || (layer.maxzoom !== undefined && zoom >= layer.maxzoom)) return false;
      const globalState = { [YEAR_STATE]: year ?? TODAY_STATE, [PRESENT_STATE]: PRESENT, [SHOWN_CORRIDOR_STATE]: shown };
      return featureFilter(layer.filter, "filter", globalState).filter({ zoom: Math.floor(zoom), globalState }, { type: 1, properties } as never);
    };
    const placeLayers = style.layers.filter((l) => l.id.startsWith("place-labels")).map((l) => l.id);
    const hubLayers = style.layers.filter((l) => l.id.startsWith("hub-labels")).map((l) => l.id);
    const namings = (hubId: string, city: Record<string, unknown>, zoom: number, year: number | undefined, shown: string) => {
      const hubFeature = (overlay.sources.hubs as { data: { features: { properties: Record<string, unknown> }[] } }).data.features.find((f) => f.properties.id === hubId)!;
      return [...placeLayers.filter((id) => draws(id, city, zoom, year, shown)), ...hubLayers.filter((id) => draws(id, hubFeature.properties, zoom, year, shown))];
    };
    const almaty = { name: "Almaty", rank: PLACE_RANK.majorCity };
    const tashkent = { name: "Tashkent", rank: PLACE_RANK.capital };
    for (const shown of ["", "kti", "titr"]) {
      for (const zoom of [2.5, 4, 4.4, 4.5, 4.7, 4.99, 5, 6.5]) {
        for (const year of [undefined, 2014, 2015, 2020]) {
          const at = `zoom ${zoom}, ${String(year ?? "today")}, ${shown || "no corridor"} shown`;
          // The basemap names a city (not a capital) from zoom 4; its hub may name it sooner.
          const almatyNamed = namings("almaty", almaty, zoom, year, shown);
          expect(almatyNamed, `Almaty at ${at}`).toHaveLength(zoom >= 4 || (shown === "kti" && year !== 2014) ? 1 : 0);
          expect(namings("tashkent", tashkent, zoom, year, shown), `Tashkent at ${at}`).toHaveLength(1);
          // Before its hub opened (2015), the city is the basemap's to name.
          if (year === 2014) expect(almatyNamed.filter((id) => id.startsWith("hub-labels")), at).toEqual([]);
          // Below the hubs' zoom, a hub is named only on its own corridor's page (KTI's, in this data).
          if (zoom < 4.5 && year !== 2014) expect(almatyNamed, at).toEqual(shown === "kti" ? ["hub-labels-shown-corridor"] : zoom >= 4 ? ["place-labels"] : []);
          // A place no hub is named after keeps its label.
          expect(placeLayers.filter((id) => draws(id, { name: "Bishkek", rank: PLACE_RANK.capital }, zoom, year, shown))).toHaveLength(1);
        }
      }
    }
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
