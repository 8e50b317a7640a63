// Validates every data file (the same rules the unit tests use); prepare.ts writes the bundles.
// `npm run build` runs this first and stops on any fault, one line per fault.
import { readFileSync, readdirSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import { CORRIDOR_IDS, type ValidatedAtlasData } from "../src/model/corridor.ts";
import { OVERVIEW } from "../src/model/article.ts";
import { validateQuotes, type QuoteFiles } from "../src/model/validate-quotes.ts";
import { validateFacts } from "../src/model/validate-facts.ts";
import { validateTour } from "../src/tour/validate-tour.ts";
import { ownTextFaults, ownTextsOf, validateOverview } from "../src/model/text-sources.ts";
import { formatProblem, validateAtlas, type AtlasFiles, type DataFile, type DataProblem } from "../src/model/validate-data.ts";
import { staleCorridorFiles, traceData } from "./trace.ts";
import type { GeoContext } from "../src/model/geo-checks.ts";

/** A file as the validators take it, named relative to the working directory as faults name it. */
const read = (path: string): DataFile => ({ file: relative(process.cwd(), path), text: readFileSync(path, "utf8") });

/** Reads data/ as the validator expects it; paths in messages are relative to the repo. */
export function readAtlasFiles(dataDir = resolve("data")): AtlasFiles {
  const corridorDir = join(dataDir, "corridors");
  return {
    meta: read(join(corridorDir, "corridors.json")),
    corridors: readdirSync(corridorDir)
      .filter((name) => name.endsWith(".geojson"))
      .sort()
      .map((name) => ({ ...read(join(corridorDir, name)), id: basename(name, ".geojson") })),
    hubs: read(join(dataDir, "hubs.geojson")),
  };
}

/** The articles' index, their texts, and the quotes. */
export function readQuoteFiles(dataDir = resolve("data")): QuoteFiles {
  const articleDir = join(dataDir, "articles");
  return {
    index: read(join(articleDir, "index.json")),
    quotes: read(join(dataDir, "quotes.json")),
    texts: new Map(readdirSync(articleDir).filter((f) => f.endsWith(".txt")).map((f) => [f, read(join(articleDir, f))])),
  };
}

/** The hub ids in data/hubs.geojson; none if it is broken (the hub validator reports that). */
export function hubIdsOf(dataDir = resolve("data")): string[] {
  try {
    const hubs = JSON.parse(readFileSync(join(dataDir, "hubs.geojson"), "utf8")) as { features: { properties: { id: string } }[] };
    return hubs.features.map((f) => f.properties.id);
  } catch {
    return [];
  }
}

/** What a quote may be about: "overview", a corridor id, or a hub id. */
export function aboutIdsOf(dataDir = resolve("data")): Set<string> {
  return new Set([OVERVIEW, ...CORRIDOR_IDS, ...hubIdsOf(dataDir)]);
}

/** One file directly under data/. */
const readDataFile = (dataDir = resolve("data"), name: string): DataFile => read(join(dataDir, name));

/** data/facts.json, the published figures. */
export const readFactsFile = (dataDir?: string): DataFile => readDataFile(dataDir, "facts.json");

/** What a published fact may be about: a corridor or a hub (the overview has no figures of its own). */
export function factAboutIdsOf(dataDir = resolve("data")): Set<string> {
  return new Set([...CORRIDOR_IDS, ...hubIdsOf(dataDir)]);
}

/**
 * Re-runs the tracing step (data/sections + data/sources/osm) and reports its faults, and every
 * corridor file that differs from what it makes: nobody edits a derived file by hand.
 */
export function checkTracing(dataDir?: string): DataProblem[] {
  const output = traceData(dataDir);
  return [
    ...output.problems,
    ...staleCorridorFiles(output, dataDir).map((file) => ({ file, fault: "differs from what the tracing step makes of data/sections: run `npm run data`" })),
  ];
}

/** Validates every data file; throws with every fault listed when the data is bad. */
export function validateAtlasData(geo: GeoContext, dataDir?: string): ValidatedAtlasData {
  const traced = checkTracing(dataDir);
  const atlasFiles = readAtlasFiles(dataDir);
  const { data: geography, problems } = validateAtlas(atlasFiles, geo);
  problems.unshift(...traced);
  const { articles, quotes } = validateQuotes(readQuoteFiles(dataDir), aboutIdsOf(dataDir), problems);
  const quoteIds = new Set(quotes.map((q) => q.id));
  const tourFile = readDataFile(dataDir, "tour.json");
  const tour = validateTour(tourFile, { hubIds: new Set(hubIdsOf(dataDir)), quoteIds }, problems);
  const facts = validateFacts(readFactsFile(dataDir), factAboutIdsOf(dataDir), problems);
  // Our own words, in the files they were read from: each text cites its sources (model/text-sources.ts).
  const texts = { corridors: geography?.corridors ?? [], hubs: geography?.hubs.features ?? [], tour };
  const files = { corridors: atlasFiles.meta.file, hubs: atlasFiles.hubs.file, tour: tourFile.file };
  for (const own of ownTextsOf(texts, files)) problems.push(...ownTextFaults(own, quoteIds));
  const overview = validateOverview(readDataFile(dataDir, "overview.json"), quoteIds, problems);
  const data: ValidatedAtlasData | undefined = geography && overview && problems.length === 0 ? { ...geography, articles, quotes, tour, facts, overview } : undefined;
  if (!data) {
    throw new Error(`The data has ${problems.length} fault(s):\n${problems.map((p) => `  ${formatProblem(p)}`).join("\n")}`);
  }
  return data;
}
