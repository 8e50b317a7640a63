// The service worker's precache list, written after every page and card of the build exists:
// vite-plugin-pwa only compiles src/sw.ts, because at its stage the language folders and the
// per-page HTML (scripts/build-share-pages.ts) are not written yet, and a list made then would
// send every address to the English overview. The list names every file of every language; the
// worker (src/sw.ts) installs only the shared ones and each language's when a page in it asks.
import { join } from "node:path";
import { injectManifest } from "workbox-build";

export const PRECACHE = {
  globPatterns: [
    "**/*.{js,mjs,css,html,woff2,svg,webmanifest,json,pmtiles}",
    // The data to take away (src/model/download-files.ts): shared by every language, so a
    // download link works offline after one visit.
    "data/download/*.{geojson,csv,kml}",
  ],
  // Share cards are for chat apps, not for reading offline; 404.html is the host's, not a page.
  globIgnores: ["share/**", "404.html", "sw.js"],
  maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
} as const;

/** Writes the precache list into outDir/sw.js; returns how many files and bytes it holds. */
export async function writePrecacheList(outDir: string): Promise<{ count: number; size: number }> {
  const sw = join(outDir, "sw.js");
  const result = await injectManifest({
    swSrc: sw, swDest: sw, globDirectory: outDir,
    globPatterns: [...PRECACHE.globPatterns], globIgnores: [...PRECACHE.globIgnores],
    maximumFileSizeToCacheInBytes: PRECACHE.maximumFileSizeToCacheInBytes,
  });
  if (result.warnings.length > 0) throw new Error(`the precache list has problems:\n${result.warnings.join("\n")}`);
  return { count: result.count, size: result.size };
}
