// `npm run data:report`: measures the traced corridors against the raw OpenStreetMap track in
// ../shared/osm (or OSM_DIR) and the extracts GEORGIA_OSM and UZBEKISTAN_OSM name (data/sources/osm/README.md):
// how much operating rail lies within 1.5 km of real track where the
// extracts have track, how much is drawn in long straight legs, and how each corridor was traced.
// A measurement, not a test: it needs the raw extracts, which a fresh clone does not have.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Position } from "geojson";
import { CORRIDOR_IDS, type Segment } from "../src/model/corridor.ts";
import { distanceKm, sampleLine } from "../src/model/geo-checks.ts";
import { buildBasemapLayers } from "./basemap/layers.ts";
import { makeGeoContext } from "./data/geo-context.ts";
import { extraExtracts, readSharedExtract } from "./tracing/osm-extract.ts";
import type { PublishedLength } from "./tracing/section-schema.ts";
import { drawnKm } from "./tracing/trace-corridors.ts";
import { kmToLeg } from "./tracing/station-chain.ts";

const NEAR_KM = 1.5;
const FAR_KM = 5;
const LONG_LEG_KM = 30;
const CELL = 0.05;

const osmDir = resolve(process.env.OSM_DIR ?? "../shared/osm");
const extract = readSharedExtract(osmDir, extraExtracts());
// Where an extract has all the track: inside the njfinney boxes (manifest.json, [south, west, north,
// east]; cut by box, so complete inside it), in China (the Xinjiang extract stops at the border) and,
// in Georgia and Uzbekistan when their extracts are named.
const manifest = JSON.parse(readFileSync(resolve(osmDir, "njfinney/manifest.json"), "utf8")) as { countries: Record<string, { bbox: number[] }> };
const boxes = ["turkmenistan", "azerbaijan", "afghanistan"].map((c) => manifest.countries[c]!.bbox);
const geo = makeGeoContext(buildBasemapLayers());
const trackAtHand = ([lng, lat]: Position) =>
  boxes.some(([s, w, n, e]) => lat! >= s! && lat! <= n! && lng! >= w! && lng! <= e!) ||
  geo.countryAt(lng!, lat!) === "CN" || (Boolean(process.env.GEORGIA_OSM) && geo.countryAt(lng!, lat!) === "GE") ||
  (Boolean(process.env.UZBEKISTAN_OSM) && geo.countryAt(lng!, lat!) === "UZ");

const grid = new Map<string, [Position, Position][]>();
const cell = (lng: number, lat: number) => `${Math.floor(lng / CELL)},${Math.floor(lat / CELL)}`;
for (const way of extract.track) {
  for (let i = 1; i < way.coordinates.length; i++) {
    const [a, b] = [way.coordinates[i - 1]!, way.coordinates[i]!];
    // Every cell the segment passes, not just its ends: simplified extracts have legs of 10 km.
    const steps = Math.ceil(Math.max(Math.abs(b[0]! - a[0]!), Math.abs(b[1]! - a[1]!)) / (CELL / 2)) + 1;
    const cells = new Set(Array.from({ length: steps + 1 }, (_, k) => cell(a[0]! + ((b[0]! - a[0]!) * k) / steps, a[1]! + ((b[1]! - a[1]!) * k) / steps)));
    for (const key of cells) {
      const list = grid.get(key);
      if (list) list.push([a, b]);
      else grid.set(key, [[a, b]]);
    }
  }
}
/** Distance to the nearest track, in km, up to about FAR_KM (beyond it: Infinity). */
function kmToTrack([lng, lat]: Position): number {
  let best = Infinity;
  for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) {
    for (const [a, b] of grid.get(cell(lng! + dx * CELL, lat! + dy * CELL)) ?? []) best = Math.min(best, kmToLeg([lng!, lat!], a, b));
  }
  return best;
}

const seen = new Map<string, Segment>();
const byCorridor = new Map<string, Segment[]>();
for (const id of CORRIDOR_IDS) {
  const segments = (JSON.parse(readFileSync(resolve("data/corridors", `${id}.geojson`), "utf8")) as { features: Segment[] }).features;
  byCorridor.set(id, segments);
  for (const s of segments) seen.set(s.properties.id, s);
}

let [atHandKm, nearKm, worstKm, worstAt] = [0, 0, 0, ""];
const farBySection = new Map<string, number>();
let [railKm, longLegKm] = [0, 0];
for (const s of seen.values()) {
  const { mode, status, id } = s.properties;
  if (mode !== "rail" || status === "planned") continue;
  const c = s.geometry.coordinates;
  for (let i = 1; i < c.length; i++) {
    const km = distanceKm(c[i - 1]!, c[i]!);
    railKm += km;
    if (km > LONG_LEG_KM) longLegKm += km;
  }
  if (status !== "operating") continue;
  for (const sample of sampleLine(c)) {
    if (!trackAtHand(sample.at)) continue;
    atHandKm += 1;
    const d = kmToTrack(sample.at);
    if (d <= NEAR_KM) nearKm += 1;
    if (d > FAR_KM) farBySection.set(id, (farBySection.get(id) ?? 0) + 1);
    if (d > worstKm) [worstKm, worstAt] = [d, `${id} at [${sample.at.map((n) => n.toFixed(3)).join(", ")}]`];
  }
}
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
const far = [...farBySection].map(([id, km]) => `${id} ${km} km`).join(", ");
console.log(`Operating rail where OSM track is at hand: ${Math.round(atHandKm)} km sampled; ${pct(nearKm, atHandKm)} within ${NEAR_KM} km of track; farthest ${worstKm === Infinity ? `> ${FAR_KM}` : worstKm.toFixed(1)} km (${worstAt})${far ? `; more than ${FAR_KM} km off: ${far}` : ""}`);
console.log(`Operating and under-construction rail: ${Math.round(railKm)} km; ${pct(longLegKm, railKm)} in straight legs over ${LONG_LEG_KM} km (${Math.round(longLegKm)} km)`);
console.log("\nHow each corridor is traced (km drawn):");
for (const [id, segments] of byCorridor) {
  const by = new Map<string, number>();
  for (const s of segments) by.set(s.properties.trace, (by.get(s.properties.trace) ?? 0) + sampleLine(s.geometry.coordinates).at(-1)!.kmFromStart);
  const chords = segments.flatMap((s) => s.properties.chords ?? []).length;
  console.log(`  ${id.padEnd(12)} ${[...by].map(([t, km]) => `${t} ${Math.round(km)}`).join(", ")}${chords ? `; ${chords} declared chord(s)` : ""}`);
}

console.log("\nPublished lengths beside drawn ones:");
const published = (JSON.parse(readFileSync(resolve("data/sections/published-lengths.json"), "utf8")) as { lengths: PublishedLength[] }).lengths;
for (const p of published) {
  const km = drawnKm(p.sections.map((id) => seen.get(id)!));
  const off = Math.round(((km - p.km) / p.km) * 100);
  console.log(`  ${p.line.padEnd(48)} published ${String(p.km).padStart(5)} km (${p.source.name}), drawn ${String(Math.round(km)).padStart(5)} km, ${off >= 0 ? "+" : ""}${off}%${p.expectedDifference ? " (difference explained)" : ""}`);
}
