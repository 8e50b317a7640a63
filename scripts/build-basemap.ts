// Builds the offline basemap: Natural Earth + GeoNames from npm → a PMTiles archive in public/.
// Output is a build artefact (git-ignored); `npm run build` and `npm run dev` run this first.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { BASEMAP_ARCHIVE_PATH, BASEMAP_ATTRIBUTION, BASEMAP_MAX_ZOOM } from "../src/model/basemap.ts";
import { CLIP_BBOX, INITIAL_BOUNDS } from "../src/model/region.ts";
import { buildBasemapLayers } from "./basemap/layers.ts";
import { cutTiles } from "./basemap/tiles.ts";
import { writePmtiles } from "./basemap/pmtiles-writer.ts";

/** Builds the archive bytes; pure apart from reading npm data packages. */
export function buildBasemapArchive(): { archive: Uint8Array; tileCount: number } {
  const layers = buildBasemapLayers();
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

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const started = performance.now();
  const { archive, tileCount } = buildBasemapArchive();
  const out = resolve("public", BASEMAP_ARCHIVE_PATH);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, archive);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`basemap: ${tileCount} tiles, ${(archive.length / 1024).toFixed(0)} KB → ${out} (${seconds} s)`);
}
