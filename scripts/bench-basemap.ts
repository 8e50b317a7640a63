// `npm run bench:basemap`: is the PMTiles basemap really faster than plain GeoJSON sources?
// Builds the site twice (identical but for the basemap's format), serves both like a static
// host (gzip, ranges), and loads each cold in a fresh browser context, alternating, after a
// warm-up. Reports medians side by side and their ratio, and writes them to .bench/basemap.json.
// A benchmark, not a test: nothing here passes or fails.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { launchChromium } from "./chromium.ts";
import { startStaticServer } from "./static-server.ts";
import { coldLoad, median } from "./bench/cold-load.ts";

const RUNS = Number(process.env.RUNS ?? 7);
const BASE = "/corridor-atlas/";
const variants = [
  { name: "pmtiles", env: {} },
  { name: "geojson", env: { VITE_BASEMAP_FORMAT: "geojson" } },
] as const;

function build(name: string, env: Record<string, string>): string {
  const outDir = resolve(".bench", name);
  execFileSync(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, ...env, BASE_PATH: BASE, OUT_DIR: outDir },
  });
  return outDir;
}



const servers = await Promise.all(variants.map(async (v) => ({ ...v, server: await startStaticServer({ root: build(v.name, v.env), basePath: BASE }) })));
const browser = await launchChromium();
const samples: Record<string, { mapReadyMs: number; bytes: number }[]> = { pmtiles: [], geojson: [] };
for (const v of servers) await coldLoad(browser, v.server.url); // warm-up: disk cache, JIT
for (let run = 0; run < RUNS; run++) {
  // Alternate the order each round so neither variant always runs second.
  const order = run % 2 ? [...servers].reverse() : servers;
  for (const v of order) samples[v.name]!.push(await coldLoad(browser, v.server.url));
}
await browser.close();
await Promise.all(servers.map((v) => v.server.close()));

const summary = Object.fromEntries(Object.entries(samples).map(([name, runs]) => [name, {
  medianMapReadyMs: Math.round(median(runs.map((r) => r.mapReadyMs))),
  minMapReadyMs: Math.round(Math.min(...runs.map((r) => r.mapReadyMs))),
  medianTransferredKB: Math.round(median(runs.map((r) => r.bytes)) / 1024),
  runs: runs.length,
}]));
const ratio = summary.pmtiles!.medianMapReadyMs / summary.geojson!.medianMapReadyMs;
console.table(summary);
console.log(`map-ready, PMTiles ÷ GeoJSON (medians): ${ratio.toFixed(2)}`);
mkdirSync(".bench", { recursive: true });
writeFileSync(".bench/basemap.json", JSON.stringify({ date: new Date().toISOString(), summary, ratio, samples }, null, 2));
