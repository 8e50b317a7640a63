// `npm run data:vendor`: copies into data/sources/osm only what the tracing step reads from the raw
// OpenStreetMap extracts in ../shared/osm — the track within a few km of every line traced along
// it, and the stations a station chain may pass — so a fresh clone traces without ../shared. It
// traces over the full extract, clips, traces again over the clip and stops if the two differ.
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Position } from "geojson";
import * as v from "valibot";
import { distanceKm } from "../../src/model/geo-checks.ts";
import { formatProblem } from "../../src/model/validate-data.ts";
import { byWay, extraExtracts, readSharedExtract, readVendoredExtract, stationsToGeoJson, trackToGeoJson, VENDORED_DIR, type ExtraExtracts, type OsmExtract } from "./osm-extract.ts";
import { sectionFileSchema, sectionSchema } from "./section-schema.ts";
import { CORRIDOR_KM, kmToLeg } from "./station-chain.ts";
import { readSectionFiles, traceData } from "../trace.ts";

/** Track this close to a traced line is kept: every vertex a station could snap to, and the junctions. */
const KEEP_TRACK_KM = 5;

const CELL = 0.1;
const cellOf = (c: Position) => `${Math.floor(c[0]! / CELL)},${Math.floor(c[1]! / CELL)}`;

/** Cheap "within km of any of these points" test on a 0.1° grid (0.1° > 5 km in this region). */
function makeNearTest(points: Position[], km: number): (c: Position) => boolean {
  const grid = new Map<string, Position[]>();
  for (const p of points) grid.set(cellOf(p), [...(grid.get(cellOf(p)) ?? []), p]);
  return (c) => {
    for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) {
      const key = `${Math.floor(c[0]! / CELL) + dx},${Math.floor(c[1]! / CELL) + dy}`;
      if ((grid.get(key) ?? []).some((p) => distanceKm(p, c) <= km)) return true;
    }
    return false;
  };
}

function clip(full: OsmExtract): OsmExtract {
  const output = traceData(resolve("data"), full);
  if (output.problems.length) throw new Error(output.problems.map(formatProblem).join("\n"));
  const alongTrack = [...output.segments.values()].filter((s) => s.properties.trace === "osm-track").flatMap((s) => s.geometry.coordinates);
  const nearTrack = makeNearTest(alongTrack, KEEP_TRACK_KM);
  const track = full.track.filter((w) => w.coordinates.some(nearTrack));

  const byId = new Map(full.stations.map((s) => [s.osm, s]));
  const declared = readSectionFiles().sections.flatMap((f) => v.parse(sectionFileSchema, JSON.parse(f.text)).sections.map((raw) => v.parse(sectionSchema, raw)));
  const keep = new Set<number>();
  for (const section of declared) {
    const stations = section.via.flatMap((p) => ("osm" in p && byId.has(p.osm) ? [byId.get(p.osm)!] : []));
    for (const s of stations) keep.add(s.osm);
    if (section.trace !== "stations") continue;
    // Exactly the candidates chainStations considers for each leg, so the chain over the clip is the same.
    for (let i = 1; i < stations.length; i++) {
      const [a, b] = [[stations[i - 1]!.lng, stations[i - 1]!.lat], [stations[i]!.lng, stations[i]!.lat]];
      for (const s of full.stations) if (kmToLeg([s.lng, s.lat], a, b) <= CORRIDOR_KM) keep.add(s.osm);
    }
  }
  return { track, stations: full.stations.filter((s) => keep.has(s.osm)) };
}

/** One feature per line: small diffs when the extract is refreshed. */
const featureLines = (collection: { features: unknown[] }) =>
  `{"type":"FeatureCollection","features":[\n${collection.features.map((f) => JSON.stringify(f)).join(",\n")}\n]}\n`;

/**
 * The raw extracts, and for each extra one not named this time (its file is not at hand), the
 * ways vendored from it before: one extract can be refreshed or added without the others' files.
 */
function readFullExtract(): OsmExtract {
  const extra = extraExtracts();
  const shared = readSharedExtract(resolve(process.env.OSM_DIR ?? "../shared/osm"), extra);
  const notGiven = (Object.keys(extra) as (keyof ExtraExtracts)[]).filter((name) => extra[name] === undefined);
  const kept = readVendoredExtract().track.filter((way) => (notGiven as string[]).includes(way.extract));
  for (const name of notGiven) console.log(`${name}: no file named, keeping the ${kept.filter((w) => w.extract === name).length} ways vendored before`);
  return { track: [...shared.track, ...kept].sort(byWay), stations: shared.stations };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const full = readFullExtract();
  const clipped = clip(full);
  const [before, after] = [traceData(resolve("data"), full), traceData(resolve("data"), clipped)];
  const differ = [...before.files].filter(([id, text]) => after.files.get(id) !== text).map(([id]) => id);
  if (differ.length) throw new Error(`The clipped extract traces ${differ.join(", ")} differently from the full one`);
  mkdirSync(resolve(VENDORED_DIR), { recursive: true });
  writeFileSync(resolve(VENDORED_DIR, "track.geojson"), featureLines(trackToGeoJson(clipped.track)));
  writeFileSync(resolve(VENDORED_DIR, "stations.geojson"), featureLines(stationsToGeoJson(clipped.stations)));
  console.log(`vendored ${clipped.track.length} of ${full.track.length} track ways and ${clipped.stations.length} of ${full.stations.length} stations`);
}
