// A minimal PMTiles v3 writer (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md).
// npm has readers only; this writes one clustered archive with a root directory and no leaves,
// which is plenty for a regional basemap of a few thousand tiles.
import { gzipSync } from "node:zlib";
import { createHash } from "node:crypto";
import { zxyToTileId } from "pmtiles";

export interface TileInput {
  z: number;
  x: number;
  y: number;
  /** Tile bytes as they will be stored (already compressed if tileCompression says so). */
  data: Uint8Array;
}

export interface ArchiveOptions {
  minZoom: number;
  maxZoom: number;
  /** [west, south, east, north] */
  bounds: readonly [number, number, number, number];
  center: readonly [number, number, number]; // [lng, lat, zoom]
  metadata: Record<string, unknown>;
}

const HEADER_BYTES = 127;
const MAX_ROOT_BYTES = 16384 - HEADER_BYTES; // the spec's limit on header + root directory
const COMPRESSION_GZIP = 2;
const TILE_TYPE_MVT = 1;

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

function writeVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

function serializeDirectory(entries: Entry[]): Uint8Array {
  const out: number[] = [];
  writeVarint(out, entries.length);
  let lastId = 0;
  for (const e of entries) {
    writeVarint(out, e.tileId - lastId);
    lastId = e.tileId;
  }
  for (const e of entries) writeVarint(out, e.runLength);
  for (const e of entries) writeVarint(out, e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    const contiguous = prev !== undefined && e.offset === prev.offset + prev.length;
    writeVarint(out, contiguous ? 0 : e.offset + 1);
  });
  return Uint8Array.from(out);
}

/** Identical tiles (open sea, inland land) are stored once and addressed by run length. */
function buildEntries(tiles: TileInput[]): { entries: Entry[]; blobs: Uint8Array[]; addressed: number } {
  const sorted = tiles
    .map((t) => ({ tileId: zxyToTileId(t.z, t.x, t.y), data: t.data }))
    .sort((a, b) => a.tileId - b.tileId);
  const entries: Entry[] = [];
  const blobs: Uint8Array[] = [];
  const offsetByHash = new Map<string, { offset: number; length: number }>();
  let nextOffset = 0;
  for (const tile of sorted) {
    const hash = createHash("sha256").update(tile.data).digest("hex");
    let stored = offsetByHash.get(hash);
    if (!stored) {
      stored = { offset: nextOffset, length: tile.data.length };
      offsetByHash.set(hash, stored);
      blobs.push(tile.data);
      nextOffset += tile.data.length;
    }
    const last = entries[entries.length - 1];
    if (last && last.offset === stored.offset && last.tileId + last.runLength === tile.tileId) {
      last.runLength += 1;
    } else {
      entries.push({ tileId: tile.tileId, offset: stored.offset, length: stored.length, runLength: 1 });
    }
  }
  return { entries, blobs, addressed: sorted.length };
}

function writeHeader(fields: {
  rootOffset: number; rootLength: number; metadataOffset: number; metadataLength: number;
  dataOffset: number; dataLength: number; addressed: number; entries: number; contents: number;
  options: ArchiveOptions;
}): Uint8Array {
  const header = new Uint8Array(HEADER_BYTES);
  const view = new DataView(header.buffer);
  header.set(new TextEncoder().encode("PMTiles"), 0);
  header[7] = 3;
  const u64 = (at: number, value: number) => view.setBigUint64(at, BigInt(value), true);
  u64(8, fields.rootOffset);
  u64(16, fields.rootLength);
  u64(24, fields.metadataOffset);
  u64(32, fields.metadataLength);
  u64(40, 0); // no leaf directories
  u64(48, 0);
  u64(56, fields.dataOffset);
  u64(64, fields.dataLength);
  u64(72, fields.addressed);
  u64(80, fields.entries);
  u64(88, fields.contents);
  header[96] = 1; // clustered: tile data is in tile-id order
  header[97] = COMPRESSION_GZIP; // directories and metadata
  header[98] = COMPRESSION_GZIP; // tiles
  header[99] = TILE_TYPE_MVT;
  const { minZoom, maxZoom, bounds, center } = fields.options;
  header[100] = minZoom;
  header[101] = maxZoom;
  const e7 = (deg: number) => Math.round(deg * 1e7);
  view.setInt32(102, e7(bounds[0]), true);
  view.setInt32(106, e7(bounds[1]), true);
  view.setInt32(110, e7(bounds[2]), true);
  view.setInt32(114, e7(bounds[3]), true);
  header[118] = Math.round(center[2]);
  view.setInt32(119, e7(center[0]), true);
  view.setInt32(123, e7(center[1]), true);
  return header;
}

/** Builds the whole archive in memory. Tile data must be gzip-compressed MVT. */
export function writePmtiles(tiles: TileInput[], options: ArchiveOptions): Uint8Array {
  const { entries, blobs, addressed } = buildEntries(tiles);
  const root = gzipSync(serializeDirectory(entries));
  if (root.length > MAX_ROOT_BYTES) {
    throw new Error(`PMTiles root directory is ${root.length} bytes; leaf directories are not supported (max ${MAX_ROOT_BYTES})`);
  }
  const metadata = gzipSync(new TextEncoder().encode(JSON.stringify(options.metadata)));
  const dataLength = blobs.reduce((sum, b) => sum + b.length, 0);
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const dataOffset = metadataOffset + metadata.length;
  const header = writeHeader({
    rootOffset, rootLength: root.length, metadataOffset, metadataLength: metadata.length,
    dataOffset, dataLength, addressed, entries: entries.length, contents: blobs.length, options,
  });
  const archive = new Uint8Array(dataOffset + dataLength);
  archive.set(header, 0);
  archive.set(root, rootOffset);
  archive.set(metadata, metadataOffset);
  let at = dataOffset;
  for (const blob of blobs) {
    archive.set(blob, at);
    at += blob.length;
  }
  return archive;
}
