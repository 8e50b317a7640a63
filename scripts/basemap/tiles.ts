// Cuts the basemap layers into gzip-compressed Mapbox Vector Tiles.
import { gzipSync } from "node:zlib";
import GeoJSONVT from "geojson-vt";
import { fromGeojsonVt } from "@maplibre/vt-pbf";
import type { BBox } from "../../src/model/region.ts";
import type { BasemapLayers } from "./layers.ts";
import type { TileInput } from "./pmtiles-writer.ts";
import { tileFraction } from "./tile-math.ts";

const EXTENT = 4096;

/** Tile x/y range covering `box` at zoom `z` (Web Mercator, XYZ scheme). */
export function tileRange(box: BBox, z: number): { minX: number; maxX: number; minY: number; maxY: number } {
  const last = 2 ** z - 1;
  const clamp = (v: number) => Math.min(last, Math.max(0, Math.floor(v)));
  const northWest = tileFraction([box[0], box[3]], z);
  const southEast = tileFraction([box[2], box[1]], z);
  return { minX: clamp(northWest.x), maxX: clamp(southEast.x), minY: clamp(northWest.y), maxY: clamp(southEast.y) };
}

export function cutTiles(layers: BasemapLayers, box: BBox, maxZoom: number): TileInput[] {
  const indexes = Object.entries(layers).map(([name, data]) =>
    [name, new GeoJSONVT(data, { maxZoom, indexMaxZoom: maxZoom, extent: EXTENT, buffer: 64, tolerance: 3 })] as const);
  const tiles: TileInput[] = [];
  for (let z = 0; z <= maxZoom; z++) {
    const { minX, maxX, minY, maxY } = tileRange(box, z);
    for (let x = minX; x <= maxX; x++) {
      for (let y = minY; y <= maxY; y++) {
        const present: Record<string, NonNullable<ReturnType<GeoJSONVT["getTile"]>>> = {};
        for (const [name, index] of indexes) {
          const tile = index.getTile(z, x, y);
          if (tile && tile.features.length > 0) present[name] = tile;
        }
        // An empty tile is open sea: the style's background already draws it.
        if (Object.keys(present).length === 0) continue;
        const pbf = fromGeojsonVt(present as never, { version: 2, extent: EXTENT });
        tiles.push({ z, x, y, data: gzipSync(pbf, { level: 9 }) });
      }
    }
  }
  return tiles;
}
