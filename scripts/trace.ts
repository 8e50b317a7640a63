// `npm run data`: traces the corridors from data/sections and the vendored OSM extract and writes
// data/corridors/<id>.geojson. The build re-runs the same step and fails if those files differ.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { formatProblem, type DataFile } from "../src/model/validate-data.ts";
import { readVendoredExtract, type OsmExtract } from "./tracing/osm-extract.ts";
import { hubPositions, traceCorridors, type SectionFiles, type TraceOutput } from "./tracing/trace-corridors.ts";

const read = (path: string): DataFile => ({ file: relative(process.cwd(), path), text: readFileSync(path, "utf8") });

/** The declarations as the tracing step reads them. */
export function readSectionFiles(dataDir = resolve("data")): SectionFiles {
  const dir = join(dataDir, "sections");
  const special = new Set(["corridors.json", "published-lengths.json"]);
  return {
    sections: readdirSync(dir).filter((n) => n.endsWith(".json") && !special.has(n)).sort().map((n) => read(join(dir, n))),
    corridors: read(join(dir, "corridors.json")),
    lengths: read(join(dir, "published-lengths.json")),
  };
}

/** Runs the tracing step over data/ as it is. */
export function traceData(dataDir = resolve("data"), extract: OsmExtract = readVendoredExtract(join(dataDir, "sources/osm"))): TraceOutput {
  return traceCorridors(readSectionFiles(dataDir), extract, hubPositions(readFileSync(join(dataDir, "hubs.geojson"), "utf8")));
}

/** Every committed corridor file that differs from what the tracing step makes of data/ now. */
export function staleCorridorFiles(output: TraceOutput, dataDir = resolve("data")): string[] {
  return [...output.files].flatMap(([id, text]) => {
    const path = join(dataDir, "corridors", `${id}.geojson`);
    let committed = "";
    try { committed = readFileSync(path, "utf8"); } catch { /* a missing file is stale too */ }
    return committed === text ? [] : [relative(process.cwd(), path)];
  });
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const started = performance.now();
  const output = traceData();
  if (output.problems.length) {
    console.error(`The sections have ${output.problems.length} fault(s):\n${output.problems.map((p) => `  ${formatProblem(p)}`).join("\n")}`);
    process.exit(1);
  }
  for (const [id, text] of output.files) writeFileSync(resolve("data/corridors", `${id}.geojson`), text);
  console.log(`traced ${output.segments.size} sections into ${output.files.size} corridor files (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
