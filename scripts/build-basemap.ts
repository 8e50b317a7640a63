// Builds the offline basemap archive: Natural Earth + GeoNames from npm → PMTiles bytes.
import { BASEMAP_ATTRIBUTION, BASEMAP_MAX_ZOOM } from "../src/model/basemap.ts";
import { CLIP_BBOX, INITIAL_BOUNDS } from "../src/model/region.ts";
import { buildBasemapLayers, type BasemapLayers } from "./basemap/layers.ts";
import { cutTiles } from "./basemap/tiles.ts";
import { writePmtiles } from "./basemap/pmtiles-writer.ts";

/** Builds the archive bytes; pure apart from reading npm data packages. */
export function buildBasemapArchive(layers: BasemapLayers = buildBasemapLayers()): { archive: Uint8Array; tileCount: number } {
  const tiles = cutTiles(layers, CLIP_BBOX, BASEMAP_MAX_ZOOM);
  const [w, s, e, n] = INITIAL_BOUNDS;
  const archive = writePmtiles(tiles, {
    minZoom: 0,
    maxZoom: BASEMAP_MAX_ZOOM,
    bounds: CLIP_BBOX,
    center: [(w + e) / 2, (s + n) / 2, 4],
    metadata: {
      name: "Corridor Atlas basemap",
      attribution: BASEMAP_ATTRIBUTION,
      vector_layers: Object.keys(layers).map((id) => ({ id, fields: {} })),
    },
  });
  return { archive, tileCount: tiles.length };
}
