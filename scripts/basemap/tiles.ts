// Cuts the basemap layers into gzip-compressed Mapbox Vector Tiles.
import { gzipSync } from "node:zlib";
import GeoJSONVT from "geojson-vt";
import { fromGeojsonVt } from "@maplibre/vt-pbf";
import type { BBox } from "../../src/model/region.ts";
import type { BasemapLayers } from "./layers.ts";
import type { TileInput } from "./pmtiles-writer.ts";

const EXTENT = 4096;

/** Tile x/y range covering `box` at zoom `z` (Web Mercator, XYZ scheme). */
export function tileRange(box: BBox, z: number): { minX: number; maxX: number; minY: number; maxY: number } {
  const n = 2 ** z;
  const x = (lng: number) => Math.min(n - 1, Math.max(0, Math.floor(((lng + 180) / 360) * n)));
  const y = (lat: number) => {
    const rad = (lat * Math.PI) / 180;
    const t = (1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2;
    return Math.min(n - 1, Math.max(0, Math.floor(t * n)));
  };
  return { minX: x(box[0]), maxX: x(box[2]), minY: y(box[3]), maxY: y(box[1]) };
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
