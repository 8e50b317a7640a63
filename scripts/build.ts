// `npm run build`: data checks, the basemap, the Vite build, then the static host's extra pages.
// BASE_PATH and SITE_URL set the sub-path and public address; OUT_DIR the output folder.
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { build } from "vite";
import { BASEMAP_ARCHIVE_PATH } from "../src/model/basemap.ts";
import { resolveSiteConfig } from "../src/model/site-config.ts";
import { buildBasemapArchive } from "./build-basemap.ts";

const { basePath, siteUrl } = resolveSiteConfig(process.env);
const outDir = resolve(process.env.OUT_DIR ?? "dist");

const basemap = buildBasemapArchive();
const basemapFile = resolve("public", BASEMAP_ARCHIVE_PATH);
mkdirSync(dirname(basemapFile), { recursive: true });
writeFileSync(basemapFile, basemap.archive);
console.log(`basemap: ${basemap.tileCount} tiles, ${(basemap.archive.length / 1024).toFixed(0)} KB`);

await build({ configFile: resolve("vite.config.ts"), logLevel: "warn", build: { outDir } });

// A static host answers unknown paths with 404.html; the app itself then explains what is missing.
copyFileSync(resolve(outDir, "index.html"), resolve(outDir, "404.html"));
console.log(`built ${outDir} for ${siteUrl} (base ${basePath})`);
