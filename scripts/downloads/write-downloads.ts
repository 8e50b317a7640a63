// Writes the data to take away (src/model/download-files.ts names them) into public/, so Vite
// copies them into the site and the service worker lists them with the shared files.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import * as v from "valibot";
import type { AtlasData, ValidatedAtlasData } from "../../src/model/corridor.ts";
import { withHubOpenings } from "../../src/model/year.ts";
import type { GeoContext } from "../../src/model/geo-checks.ts";
import { ATLAS_DOWNLOAD_PATH, FACTS_DOWNLOAD_PATH, corridorDownloadPath } from "../../src/model/download-files.ts";
import { publishedLengthSchema, type PublishedLength } from "../tracing/section-schema.ts";
import { atlasGeoJson, corridorGeoJson, type CorridorRecords } from "./atlas-geojson.ts";
import { corridorCsv } from "./corridor-csv.ts";
import { corridorKml } from "./corridor-kml.ts";
import { factsCsv } from "./facts-csv.ts";
import { dataStamp, type DataStamp } from "./data-stamp.ts";
import { sectionRecord } from "./section-records.ts";

/** data/sections/published-lengths.json, already checked by the tracing step. */
export function readPublishedLengths(dataDir = resolve("data")): PublishedLength[] {
  const file = JSON.parse(readFileSync(join(dataDir, "sections", "published-lengths.json"), "utf8")) as { lengths: unknown[] };
  return file.lengths.map((entry) => v.parse(publishedLengthSchema, entry));
}

/** Each corridor's sections with what the downloads say of them. */
export function corridorRecords(data: ValidatedAtlasData, geo: GeoContext, lengths: readonly PublishedLength[]): CorridorRecords[] {
  return data.corridors.map(({ segments, ...meta }) => ({
    meta,
    // The validated data, before withoutProvenance: every segment still has its source and tracing.
    sections: segments.features.map((segment) => ({ segment, record: sectionRecord(segment, geo, lengths) })),
  }));
}

/** Every download's text by its path under the site's base. Never throws. */
export function downloadFiles(corridors: readonly CorridorRecords[], { hubs: plainHubs, facts }: Pick<AtlasData, "hubs" | "facts">, stamp: DataStamp): Map<string, string> {
  const files = new Map<string, string>();
  // With the opening year each is shown from, and its page, as sections carry theirs.
  const hubs = withHubOpenings(plainHubs, facts);
  for (const corridor of corridors) {
    files.set(corridorDownloadPath(corridor.meta.id, "geojson"), corridorGeoJson(corridor, hubs, stamp));
    files.set(corridorDownloadPath(corridor.meta.id, "csv"), corridorCsv(corridor.sections.map((s) => s.record), stamp));
    files.set(corridorDownloadPath(corridor.meta.id, "kml"), corridorKml(corridor, hubs, stamp));
  }
  files.set(ATLAS_DOWNLOAD_PATH, atlasGeoJson(corridors, hubs, stamp));
  const names = new Map([...corridors.map((c) => [c.meta.id, c.meta.name] as const), ...hubs.features.map((h) => [h.properties.id, h.properties.name] as const)]);
  files.set(FACTS_DOWNLOAD_PATH, factsCsv(facts, names, stamp));
  return files;
}

/** Writes every download under `publicDir`; returns each one's size in bytes, by its path. */
export function writeDownloads(data: ValidatedAtlasData, geo: GeoContext, publicDir = resolve("public")): Record<string, number> {
  const corridors = corridorRecords(data, geo, readPublishedLengths());
  const stamp = dataStamp(corridors.flatMap((c) => c.sections.map((s) => s.record)));
  const bytes: Record<string, number> = {};
  for (const [path, text] of downloadFiles(corridors, data, stamp)) {
    const out = join(publicDir, path);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, text);
    bytes[path] = Buffer.byteLength(text);
  }
  return bytes;
}
