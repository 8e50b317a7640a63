// `npm run build`: data checks and basemap (prepare), the Vite build, then the static host's extras.
// BASE_PATH and SITE_URL set the sub-path and public address; OUT_DIR the output folder.
import { copyFileSync } from "node:fs";
import { resolve } from "node:path";
import { build } from "vite";
import { resolveSiteConfig } from "../src/model/site-config.ts";
import { prepare } from "./prepare.ts";

const { basePath, siteUrl } = resolveSiteConfig(process.env);
const outDir = resolve(process.env.OUT_DIR ?? "dist");

try {
  prepare();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

await build({ configFile: resolve("vite.config.ts"), logLevel: "warn", build: { outDir } });

// A static host answers unknown paths with 404.html; the app itself then explains what is missing.
copyFileSync(resolve(outDir, "index.html"), resolve(outDir, "404.html"));
console.log(`built ${outDir} for ${siteUrl} (base ${basePath})`);
