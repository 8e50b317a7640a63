// Validates every data file (the same rules the unit tests use) and writes the app's data bundle.
// `npm run build` runs this first and stops on any fault, one line per fault.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import type { AtlasData } from "../src/model/corridor.ts";
import { ATLAS_DATA_PATH } from "../src/model/data-paths.ts";
import { formatProblem, validateAtlas, type AtlasFiles } from "../src/model/validate-data.ts";
import type { GeoContext } from "../src/model/geo-checks.ts";

/** Reads data/ as the validator expects it; paths in messages are relative to the repo. */
export function readAtlasFiles(dataDir = resolve("data")): AtlasFiles {
  const read = (path: string) => ({ file: relative(process.cwd(), path), text: readFileSync(path, "utf8") });
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

/** Validates and writes public/data/atlas.json; throws with every fault listed when the data is bad. */
export function buildAtlasData(geo: GeoContext, dataDir?: string): AtlasData {
  const { data, problems } = validateAtlas(readAtlasFiles(dataDir), geo);
  if (!data) {
    throw new Error(`The data has ${problems.length} fault(s):\n${problems.map((p) => `  ${formatProblem(p)}`).join("\n")}`);
  }
  const out = resolve("public", ATLAS_DATA_PATH);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(data));
  return data;
}
