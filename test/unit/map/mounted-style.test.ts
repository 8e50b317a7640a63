// The map is built with `validateStyle: false` (src/map/mount-atlas-map.ts): the style a page mounts
// is checked here, once, with the validator MapLibre would otherwise run in every browser.
import { beforeAll, describe, expect, test } from "vitest";
import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import { buildBasemapLayers } from "../../../scripts/basemap/layers";
import { makeGeoContext } from "../../../scripts/data/geo-context";
import { atlasBundle } from "../../../scripts/i18n/translations";
import { validateAtlasData } from "../../../scripts/validate-data";
import { corridorOverlay } from "../../../src/map/corridor-layers";
import { buildStyle } from "../../../src/map/style";
import { LOCALES } from "../../../src/i18n/locales";
import type { ValidatedAtlasData } from "../../../src/model/corridor";

const SITE = "https://atlas.example/corridor-atlas/";
let data: ValidatedAtlasData;
beforeAll(() => {
  data = validateAtlasData(makeGeoContext(buildBasemapLayers()));
}, 60_000); // the data as the build validates it: the tracing check and the basemap take seconds

describe("the style every page mounts", () => {
  test.each(LOCALES)("passes MapLibre's validator with the %s data bundle, corridors and hubs included", (locale) => {
    const style = buildStyle({
      basemap: { format: "pmtiles", url: `pmtiles://${SITE}basemap/basemap.pmtiles` },
      fontFaces: { "Noto Sans Regular": [{ url: `${SITE}assets/a.woff2` }], "Noto Sans Bold": [{ url: `${SITE}assets/b.woff2` }] },
      overlays: [corridorOverlay(atlasBundle(data, locale), new Date().getFullYear())],
      labelLocale: locale,
    });
    expect(style.layers.some((layer) => layer.id.startsWith("corridor-"))).toBe(true);
    expect(validateStyleMin(style as never)).toEqual([]);
  });
});
