// Reads a PMTiles archive held in memory with the same `pmtiles` library the browser uses,
// and decodes its vector tiles, so tests check what the map would actually draw.
import { PMTiles, type Source, type RangeResponse } from "pmtiles";
import { VectorTile } from "@mapbox/vector-tile";
import { PbfReader } from "pbf";
import { gunzipSync } from "node:zlib";
import { ringsContain } from "../../scripts/basemap/tile-math";

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

export { tileAt } from "../../scripts/basemap/tile-math";

export async function readVectorTile(archive: PMTiles, z: number, x: number, y: number): Promise<VectorTile | undefined> {
  const tile = await archive.getZxy(z, x, y);
  if (!tile) return undefined;
  const bytes = new Uint8Array(tile.data);
  // The pmtiles reader hands back tiles still gzipped when no DecompressionStream is set up.
  const raw = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  return new VectorTile(new PbfReader(raw));
}

/** Whether any polygon of a layer contains the point (tile coordinates). */
export function layerContains(tile: VectorTile | undefined, layerName: string, px: number, py: number): boolean {
  const layer = tile?.layers[layerName];
  if (!layer) return false;
  for (let i = 0; i < layer.length; i++) {
    const feature = layer.feature(i);
    if (feature.type === 3 && ringsContain(feature.loadGeometry(), px, py)) return true;
  }
  return false;
}
