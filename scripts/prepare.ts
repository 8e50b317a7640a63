// Everything the site needs before Vite runs: validated data and the basemap, written to public/.
// Both are build outputs (git-ignored). `npm run build` and `npm run dev` run this first.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { BASEMAP_ARCHIVE_PATH, basemapGeoJsonPath } from "../src/model/basemap.ts";
import { buildBasemapLayers } from "./basemap/layers.ts";
import { makeGeoContext } from "./data/geo-context.ts";
import { validateAtlasData } from "./validate-data.ts";
import { buildBasemapArchive } from "./build-basemap.ts";
import { checkTranslations, writeAtlasBundles, type AtlasBundles } from "./i18n/translations.ts";
import { writeDownloads } from "./downloads/write-downloads.ts";

/** Validates the data and builds the basemap; returns every language's data bundle, as served. */
export function prepare(): AtlasBundles {
  const started = performance.now();
  const layers = buildBasemapLayers();
  const geo = makeGeoContext(layers);
  const data = validateAtlasData(geo);
  checkTranslations(data, layers);
  const downloadsStarted = performance.now();
  const downloadBytes = writeDownloads(data, geo);
  const bundles = writeAtlasBundles({ ...data, downloadBytes });
  const segments = data.corridors.reduce((n, c) => n + c.segments.features.length, 0);
  console.log(`data: ${data.corridors.length} corridors, ${segments} segments, ${data.hubs.features.length} hubs — valid, with Russian and Kazakh translations`);
  const downloadKb = Math.round(Object.values(downloadBytes).reduce((a, b) => a + b, 0) / 1024);
  console.log(`downloads: ${Object.keys(downloadBytes).length} files, ${downloadKb} KB (${((performance.now() - downloadsStarted) / 1000).toFixed(1)} s)`);

  if (process.env.VITE_BASEMAP_FORMAT === "geojson") {
    // The benchmark's comparison variant: the same layers as plain GeoJSON files.
    for (const [name, collection] of Object.entries(layers)) {
      const out = resolve("public", basemapGeoJsonPath(name));
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, JSON.stringify(collection));
    }
  }
  const { archive, tileCount } = buildBasemapArchive(layers);
  const file = resolve("public", BASEMAP_ARCHIVE_PATH);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, archive);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`basemap: ${tileCount} tiles, ${(archive.length / 1024).toFixed(0)} KB (${seconds} s)`);
  return bundles;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  try {
    prepare();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
