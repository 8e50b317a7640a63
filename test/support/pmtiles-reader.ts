// Reads a PMTiles archive held in memory with the same `pmtiles` library the browser uses,
// and decodes its vector tiles, so tests check what the map would actually draw.
import { PMTiles, type Source, type RangeResponse } from "pmtiles";
import { VectorTile } from "@mapbox/vector-tile";
import { PbfReader } from "pbf";
import { gunzipSync } from "node:zlib";

class MemorySource implements Source {
  constructor(private readonly bytes: Uint8Array) {}
  getKey(): string {
    return "memory";
  }
  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    const slice = this.bytes.slice(offset, offset + length);
    return { data: slice.buffer };
  }
}

export function openArchive(bytes: Uint8Array): PMTiles {
  return new PMTiles(new MemorySource(bytes));
}

/** The tile containing [lng, lat] at zoom z, and the point's position in tile units. */
export function tileAt([lng, lat]: [number, number], z: number, extent = 4096) {
  const n = 2 ** z;
  const xf = ((lng + 180) / 360) * n;
  const rad = (lat * Math.PI) / 180;
  const yf = ((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n;
  const x = Math.floor(xf);
  const y = Math.floor(yf);
  return { z, x, y, px: (xf - x) * extent, py: (yf - y) * extent };
}

export async function readVectorTile(archive: PMTiles, z: number, x: number, y: number): Promise<VectorTile | undefined> {
  const tile = await archive.getZxy(z, x, y);
  if (!tile) return undefined;
  const bytes = new Uint8Array(tile.data);
  // The pmtiles reader hands back tiles still gzipped when no DecompressionStream is set up.
  const raw = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  return new VectorTile(new PbfReader(raw));
}

/** Even-odd point-in-polygon over every ring of every feature of a layer (tile coordinates). */
export function layerContains(tile: VectorTile | undefined, layerName: string, px: number, py: number): boolean {
  const layer = tile?.layers[layerName];
  if (!layer) return false;
  for (let i = 0; i < layer.length; i++) {
    const feature = layer.feature(i);
    if (feature.type !== 3) continue;
    let inside = false;
    for (const ring of feature.loadGeometry()) {
      for (let a = 0, b = ring.length - 1; a < ring.length; b = a++) {
        const p = ring[a]!;
        const q = ring[b]!;
        if ((p.y > py) !== (q.y > py) && px < ((q.x - p.x) * (py - p.y)) / (q.y - p.y) + p.x) inside = !inside;
      }
    }
    if (inside) return true;
  }
  return false;
}
