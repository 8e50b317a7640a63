// The build's own check of the whole data folder (scripts/validate-data.ts): each rule is tested
// on its own elsewhere; this checks that the build runs them, on a copy of the real data with one
// fault put in.
import { beforeAll, describe, expect, test } from "vitest";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { GeoContext } from "../../../src/model/geo-checks";
import { buildBasemapLayers } from "../../../scripts/basemap/layers";
import { makeGeoContext } from "../../../scripts/data/geo-context";
import { validateAtlasData } from "../../../scripts/validate-data";

let geo: GeoContext;
beforeAll(() => {
  geo = makeGeoContext(buildBasemapLayers());
});

/** A copy of data/ with JSON files changed by `edits`. */
function dataWith(edits: Record<string, (json: any) => void>): string {
  const dir = mkdtempSync(join(tmpdir(), "atlas-data-"));
  cpSync("data", dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const json = JSON.parse(readFileSync(join(dir, file), "utf8"));
    edit(json);
    writeFileSync(join(dir, file), JSON.stringify(json, null, 2));
  }
  return dir;
}

describe("the build's data check", () => {
  // One copy with three of our own texts broken (each check re-runs the tracing, so one run):
  // every fault is named, with its file, feature and field.
  test("fails on our own words that cite nothing or an unknown passage, naming each", () => {
    const dir = dataWith({
      "corridors/corridors.json": (json) => { delete json.corridors[1].descriptionSources; },
      "tour.json": (json) => {
        const stop = json.stops.find((s: { lineSources?: unknown[] }) => s.lineSources);
        stop.lineSources = [{ says: "anything", quote: "no-such-quote" }];
      },
      "overview.json": (json) => { delete json.officialCorridorsSources; },
    });
    let message = "";
    try {
      validateAtlasData(geo, dir);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/The data has 3 fault\(s\)/);
    expect(message).toMatch(/corridors\.json.*kti.*description states a fact and cites no source/);
    expect(message).toMatch(/tour\.json.*line cites unknown quote "no-such-quote"/);
    expect(message).toMatch(/overview\.json/);
  });
});
