// The licence and the date every download carries. The date is the data's, not the build's: the
// same commit builds the same files, whenever and wherever it is built.
import { execFileSync } from "node:child_process";
import { ATTRIBUTION, LICENCE } from "../tracing/trace-corridors.ts";
import type { SectionRecord } from "./section-records.ts";

export interface DataStamp {
  /** "© OpenStreetMap contributors (ODbL)", as on the map and in data/corridors. */
  attribution: string;
  /** The ODbL statement of data/corridors, with the licence's address. */
  licence: string;
  /** YYYY-MM-DD: when the data last changed. */
  dataDate: string;
}

/** What the downloads are made from: the declarations, the traced lines, the hubs, the published figures and the OSM extract. */
export const DATA_PATHS = ["data/sections", "data/corridors", "data/hubs.geojson", "data/facts.json", "data/sources/osm"];

/** The commit date of the last commit touching DATA_PATHS, or undefined outside a git checkout. */
function gitDataDate(repoDir: string): string | undefined {
  try {
    const date = execFileSync("git", ["log", "-1", "--format=%cs", "--", ...DATA_PATHS], { cwd: repoDir, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
  } catch {
    return undefined; // no git, or not a checkout (a source archive)
  }
}

/** The newest date an extract names in the sections' provenance ("extracted 2026-04-01"). */
function newestExtractDate(records: readonly SectionRecord[]): string | undefined {
  const dates = records.flatMap((r) => r.properties.tracedFrom.match(/\d{4}-\d{2}-\d{2}/g) ?? []);
  return dates.sort().at(-1);
}

/**
 * The data's date: SOURCE_DATE_EPOCH when set (the reproducible-builds convention), else the git
 * commit date of the data, else — in a source archive without git — the newest OSM extract date.
 * Never the wall clock. Throws only when none of the three gives a date.
 */
export function dataStamp(records: readonly SectionRecord[], env: { SOURCE_DATE_EPOCH?: string } = process.env, repoDir = process.cwd()): DataStamp {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const dataDate = (env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000).toISOString().slice(0, 10) : undefined)
    ?? gitDataDate(repoDir) ?? newestExtractDate(records);
  if (!dataDate) throw new Error("downloads: no date for the data (no SOURCE_DATE_EPOCH, no git history, no extract date in tracedFrom)");
  return { attribution: ATTRIBUTION, licence: LICENCE, dataDate };
}
