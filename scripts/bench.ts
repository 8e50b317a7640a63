// `npm run bench`: how fast is the atlas next to the plainest page that could show this map?
// One run, alternating cold loads of each kind of visit (first with the service worker, repeat,
// service workers blocked; each in a fresh browser context) after a warm-up,
// served under a sub-path with gzip like a static host. Prints a table and writes
// .bench/results.json. A benchmark, not a test: nothing here passes or fails.
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { createRequire } from "node:module";
import { bboxClip } from "@turf/bbox-clip";
import { build } from "vite";
import type { Browser } from "playwright-core";
import { launchChromium, CHROMIUM_PATH, CHROMIUM_ARGS } from "./chromium.ts";
import { startStaticServer } from "./static-server.ts";
import { coldLoad, median, VISITS, type ColdLoad, type Visit } from "./bench/cold-load.ts";
import { msToNextIdle } from "./bench/map-idle.ts";
import { loadLand10m } from "./basemap/sources.ts";
import { corridorFeatures } from "../src/map/corridor-layers.ts";
import { CLIP_BBOX } from "../src/model/region.ts";
import type { AtlasData } from "../src/model/corridor.ts";

const RUNS = Number(process.env.RUNS ?? 7);
const LH_RUNS = Number(process.env.LH_RUNS ?? 3);
const ATLAS_BASE = "/corridor-atlas/";
const REF_BASE = "/reference/";
const OUT = resolve(".bench");
const require = createRequire(import.meta.url);

function buildAtlas(): string {
  const outDir = join(OUT, "atlas");
  execFileSync(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, BASE_PATH: ATLAS_BASE, OUT_DIR: outDir },
  });
  return outDir;
}

async function buildReference(atlasDir: string): Promise<string> {
  const outDir = join(OUT, "reference");
  await build({
    configFile: false, root: resolve("bench"), base: REF_BASE, logLevel: "warn",
    build: { outDir, emptyOutDir: true, rollupOptions: { input: resolve("bench/reference.html") } },
  });
  const data = JSON.parse(readFileSync(join(atlasDir, "data/atlas.json"), "utf8")) as AtlasData;
  const box: [number, number, number, number] = [...CLIP_BBOX];
  const land = loadLand10m("50m").map((f) => bboxClip(f as never, box));
  writeFileSync(join(outDir, "land-50m.geojson"), JSON.stringify({ type: "FeatureCollection", features: land }));
  writeFileSync(join(outDir, "corridors.geojson"), JSON.stringify(corridorFeatures(data)));
  return outDir;
}


async function tourStep(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName("map-ready").length > 0, null, { timeout: 120_000 });
  await page.waitForTimeout(500);
  const ms = await msToNextIdle(page, () => page.keyboard.press("ArrowRight"));
  await context.close();
  return ms;
}

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
}
function bytesByKind(dir: string) {
  const all = files(dir);
  const sum = (pick: (f: string) => boolean, measure = gz) => all.filter(pick).reduce((n, f) => n + measure(f), 0);
  const maplibre = gz(require.resolve("maplibre-gl/dist/maplibre-gl.mjs")) + gz(require.resolve("maplibre-gl/dist/maplibre-gl-worker.mjs"));
  const isJs = (f: string) => /\/assets\/.*\.(js|mjs)$/.test(f);
  const js = sum(isJs);
  // A page loads the shared scripts and its own language's words (src/i18n/load-messages.ts),
  // never the other languages': the most a page loads is the shared ones plus the largest words.
  const isWords = (f: string) => /\/assets\/words-[a-z]+-[^/]*\.js$/.test(f);
  const pageJs = sum((f) => isJs(f) && !isWords(f)) + Math.max(0, ...all.filter(isWords).map((f) => gz(f)));
  return {
    jsGzipKB: js / 1024,
    pageJsGzipKB: pageJs / 1024,
    maplibreGzipKB: maplibre / 1024,
    appJsOverMaplibreKB: (pageJs - maplibre) / 1024,
    cssGzipKB: sum((f) => f.endsWith(".css")) / 1024,
    fontsKB: sum((f) => f.endsWith(".woff2"), (f) => statSync(f).size) / 1024,
    dataKB: sum((f) => /atlas\.json$/.test(f)) / 1024 + sum((f) => f.endsWith(".pmtiles"), (f) => statSync(f).size) / 1024,
  };
}

// Asynchronous on purpose: the site is served from this very process, so a blocking child
// process would leave Lighthouse waiting on a server that can never answer.
async function lighthouseOnce(url: string, preset: "mobile" | "desktop", out: string) {
  const args = [url, "--quiet", "--output=json", `--output-path=${out}`, "--only-categories=performance,accessibility,best-practices,seo",
    `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(" ")}`];
  if (preset === "desktop") args.push("--preset=desktop");
  await promisify(execFile)(process.execPath, [require.resolve("lighthouse/cli/index.js"), ...args], { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH } });
  const report = JSON.parse(readFileSync(out, "utf8")) as { categories: Record<string, { score: number }>; audits: Record<string, { numericValue: number }> };
  return {
    ...Object.fromEntries(Object.entries(report.categories).map(([k, c]) => [k, Math.round(c.score * 100)])),
    "TBT ms": Math.round(report.audits["total-blocking-time"]!.numericValue),
    "LCP ms": Math.round(report.audits["largest-contentful-paint"]!.numericValue),
  } as Record<string, number>;
}

/** A single Lighthouse run moves by several points here: report the median of LH_RUNS runs. */
async function lighthouse(url: string, preset: "mobile" | "desktop", name: string) {
  const reports: Record<string, number>[] = [];
  for (let i = 0; i < LH_RUNS; i++) reports.push(await lighthouseOnce(url, preset, join(OUT, `lighthouse-${name}-${preset}.json`)));
  return Object.fromEntries(Object.keys(reports[0]!).map((k) => [k, median(reports.map((r) => r[k]!))]));
}

mkdirSync(OUT, { recursive: true });
const atlasDir = buildAtlas();
const refDir = await buildReference(atlasDir);
const atlas = await startStaticServer({ root: atlasDir, basePath: ATLAS_BASE, port: 0 });
const reference = await startStaticServer({ root: refDir, basePath: REF_BASE, port: 0 });
const refUrl = `${reference.url}reference.html`;

const browser = await launchChromium();
await coldLoad(browser, atlas.url);
await coldLoad(browser, refUrl);
// Each kind of visit, atlas and reference alternating. The reference has no service worker: its
// "repeat" visit is served from a warm HTTP cache.
type Runs = { atlas: ColdLoad[]; reference: ColdLoad[] };
const runs = Object.fromEntries(VISITS.map((v) => [v, { atlas: [], reference: [] } as Runs])) as Record<Visit, Runs>;
for (let i = 0; i < RUNS; i++) {
  for (const visit of VISITS) {
    const order = i % 2 ? (["reference", "atlas"] as const) : (["atlas", "reference"] as const);
    for (const which of order) runs[visit][which].push(await coldLoad(browser, which === "atlas" ? atlas.url : refUrl, visit, which === "atlas"));
  }
}
const tourSteps: number[] = [];
for (let i = 0; i < Math.min(RUNS, 5); i++) tourSteps.push(await tourStep(browser, `${atlas.url}tour/#stop=1`));
await browser.close();

// LH_RUNS=0 skips Lighthouse, for a quick side-by-side of the visits alone.
const scores = LH_RUNS > 0 ? {
  mobile: await lighthouse(atlas.url, "mobile", "atlas"),
  desktop: await lighthouse(atlas.url, "desktop", "atlas"),
  "reference, mobile": await lighthouse(refUrl, "mobile", "reference"),
  "reference, desktop": await lighthouse(refUrl, "desktop", "reference"),
} : {};
await atlas.close();
await reference.close();

type Timing = "mapReadyMs" | "mapOnScreenMs";
const m = (visit: Visit, which: keyof Runs, key: Timing | "bytes") => median(runs[visit][which].map((r) => r[key]));
const ratio = (visit: Visit, key: Timing) => +(m(visit, "atlas", key) / m(visit, "reference", key)).toFixed(2);
const timing = (visit: Visit, key: Timing) => ({ atlasMs: Math.round(m(visit, "atlas", key)), referenceMs: Math.round(m(visit, "reference", key)), ratio: ratio(visit, key) });
const results = {
  date: new Date().toISOString(),
  runs: RUNS,
  lighthouseRuns: LH_RUNS,
  mapReady: Object.fromEntries(VISITS.map((v) => [v, timing(v, "mapReadyMs")])),
  mapOnScreen: Object.fromEntries(VISITS.map((v) => [v, timing(v, "mapOnScreenMs")])),
  // What the first visit transfers until its map is on screen (and a little after, for late fonts).
  firstViewKB: { atlas: Math.round(m("first", "atlas", "bytes") / 1024), reference: Math.round(m("first", "reference", "bytes") / 1024) },
  bytes: Object.fromEntries(Object.entries(bytesByKind(atlasDir)).map(([k, v]) => [k, Math.round(v)])),
  // A repeat visit the worker did not serve would measure the HTTP cache instead.
  repeatControlled: runs.repeat.atlas.filter((r) => r.controlled).length,
  tourStepToIdleMs: Math.round(median(tourSteps)),
  lighthouse: scores,
  samples: { ...runs, tourSteps },
};
const VISIT_NAMES: Record<Visit, string> = { first: "first visit (service worker allowed)", repeat: "repeat visit (served by the worker)", "no-sw": "first visit, service workers blocked" };
console.table(Object.fromEntries(VISITS.flatMap((v) => [
  [`map-ready, ${VISIT_NAMES[v]}`, { atlas: results.mapReady[v]!.atlasMs, reference: results.mapReady[v]!.referenceMs, "atlas ÷ reference": results.mapReady[v]!.ratio }],
  [`map on screen, ${VISIT_NAMES[v]}`, { atlas: results.mapOnScreen[v]!.atlasMs, reference: results.mapOnScreen[v]!.referenceMs, "atlas ÷ reference": results.mapOnScreen[v]!.ratio }],
])));
// Issue 18's budget for a repeat visit is the reference's cold load, not its warm one.
console.log(`repeat visit of the atlas ÷ first visit of the reference: ${(results.mapReady.repeat!.atlasMs / results.mapReady.first!.referenceMs).toFixed(2)}` +
  ` (map-ready); repeat pages served by the worker: ${results.repeatControlled} of ${RUNS}`);
console.table({ "first view transferred (KB)": results.firstViewKB });
console.table(results.bytes);
console.log(`tour: key press to idle map at the next stop (median): ${results.tourStepToIdleMs} ms`);
console.table(scores);
writeFileSync(join(OUT, "results.json"), JSON.stringify(results, null, 2));
console.log(`written ${join(OUT, "results.json")}`);
