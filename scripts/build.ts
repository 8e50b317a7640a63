// `npm run build`: data checks and basemap (prepare), the Vite build, then the static host's extras.
// BASE_PATH and SITE_URL set the sub-path and public address; OUT_DIR the output folder.
import { resolve } from "node:path";
import { build } from "vite";
import { resolveSiteConfig } from "../src/model/site-config.ts";
import { prepare } from "./prepare.ts";
import { buildSharePages } from "./build-share-pages.ts";
import { writePrecacheList } from "./precache.ts";
import type { AtlasBundles } from "./i18n/translations.ts";

// A build is a production build even when a test runner (NODE_ENV=test) starts it: otherwise
// Vite and Solid ship their development code and the service worker is never registered.
process.env.NODE_ENV = "production";

const { basePath, siteUrl, siteUrlGiven } = resolveSiteConfig(process.env);
if (!siteUrlGiven) {
  console.warn(`SITE_URL is not set: the pages' canonical links and preview cards name ${siteUrl}, ` +
    "which only a local preview serves; shared links name the address the site is served at. " +
    "Set SITE_URL to the site's public address when building it for a host.");
}
const outDir = resolve(process.env.OUT_DIR ?? "dist");

let bundles: AtlasBundles;
try {
  bundles = prepare();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

await build({ configFile: resolve("vite.config.ts"), logLevel: "warn", build: { outDir } });

const pages = await buildSharePages(outDir, bundles, siteUrl, basePath);
const precache = await writePrecacheList(outDir);
console.log(`built ${outDir} for ${siteUrl} (base ${basePath}): ${pages} pages with share cards, and 404.html; ` +
  `${precache.count} files (${Math.round(precache.size / 1024)} KB) listed for offline use (shared ones at install, each language when opened)`);
