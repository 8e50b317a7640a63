import { beforeAll, describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validateCorridor, validateHubs, validateAtlas, formatProblem, type DataProblem } from "../../../src/model/validate-data";
import type { GeoContext } from "../../../src/model/geo-checks";
import type { CorridorCollection, CorridorId } from "../../../src/model/corridor";
import { buildBasemapLayers } from "../../../scripts/basemap/layers";
import { makeGeoContext } from "../../../scripts/data/geo-context";
import { readAtlasFiles } from "../../../scripts/validate-data";

const FIXTURES = "test/fixtures/data";
const fixture = (name: string) => ({ file: join(FIXTURES, `${name}.geojson`), text: readFileSync(join(FIXTURES, `${name}.geojson`), "utf8") });

let geo: GeoContext;
beforeAll(() => {
  geo = makeGeoContext(buildBasemapLayers());
});

function corridorProblems(name: string, id = "east-west"): DataProblem[] {
  const problems: DataProblem[] = [];
  validateCorridor({ ...fixture(name), id }, geo, problems);
  return problems;
}

describe("the corridor validator", () => {
  test("accepts a valid segment", () => {
    expect(corridorProblems("valid-corridor")).toEqual([]);
  });

  test("accepts a segment that cites the page stating its opening year", () => {
    const collection = JSON.parse(fixture("valid-corridor").text);
    collection.features[0].properties.openedSource = { name: "Fixture Gazette", url: "https://example.org/turksib-1930", title: "Turksib opened", published: "1930-05-01" };
    const problems: DataProblem[] = [];
    validateCorridor({ file: "cited.geojson", text: JSON.stringify(collection), id: "east-west" }, geo, problems);
    expect(problems).toEqual([]);
  });

  test("accepts a line still to come that cites the page stating its target year", () => {
    const collection = JSON.parse(fixture("valid-corridor").text);
    Object.assign(collection.features[0].properties, { status: "planned", target: 2028, targetSource: { name: "Fixture Gazette", url: "https://example.org/almaty-otar-2028" } });
    const problems: DataProblem[] = [];
    validateCorridor({ file: "target.geojson", text: JSON.stringify(collection), id: "east-west" }, geo, problems);
    expect(problems).toEqual([]);
  });

  // Each fixture breaks exactly one rule; the message names the file, the feature and the fault.
  test.each([
    ["bad-json", undefined, /is not valid JSON/],
    ["unknown-mode", "almaty-otar", /mode is not one of rail, road, sea/],
    ["unknown-status", "almaty-otar", /status is not one of operating, under-construction, planned/],
    ["duplicate-segment-id", "almaty-otar", /duplicate id/],
    ["non-kebab-segment-id", "Almaty_Otar", /id is not a kebab-case id/],
    ["coordinate-off-the-globe", "almaty-otar", /coordinate \[275.2, 43.5\] is off the globe/],
    ["coordinate-outside-region", "almaty-otar", /coordinate \[12.5, 41.9\] is outside the region/],
    ["linestring-with-one-point", "almaty-otar", /LineString has 1 point\(s\), needs at least 2/],
    ["places-out-of-order", "almaty-otar", /place "Otar" points at coordinate 5, out of order or past the last of 2/],
    ["rail-across-the-sea", "aktau-alat", /rail segment crosses open water for \d+ km .*between Aktau and Alat/],
    ["sea-across-the-land", "aktau-almaty", /sea segment crosses land for \d+ km .*between Aktau and Almaty/],
    ["not-a-linestring", "almaty-otar", /geometry.type is not a LineString/],
    ["tolerance-on-a-sea-leg", "aktau-alat", /waterToleranceKm is for rail and road segments/],
    ["opened-source-not-https", "almaty-otar", /properties.openedSource.url is not an https address/],
    ["opened-source-without-opened", "almaty-otar", /properties.opened and openedSource come together: an opening year needs the page that states it/],
    ["opened-without-source", "almaty-otar", /properties.opened and openedSource come together: an opening year needs the page that states it/],
    ["target-without-source", "almaty-otar", /properties.target and targetSource come together: a target year needs the page that states it/],
    ["target-on-an-operating-line", "almaty-otar", /properties.target is given for an operating line: give its opening year instead/],
    ["ferry-meets-no-train", "aktau-alat", /Off (Aktau|Alat) is \d+ km from the nearest railway of this corridor \(at most 2\): the ferry meets no train/],
  ])("%s is rejected", (name, feature, fault) => {
    const problems = corridorProblems(name);
    expect(problems.length).toBeGreaterThan(0);
    // Only the broken rule speaks (a line across the Caspian may cross water more than once).
    for (const problem of problems) {
      expect(problem.file).toBe(join(FIXTURES, `${name}.geojson`));
      expect(problem.feature).toBe(feature);
      expect(problem.fault).toMatch(fault);
    }
    expect(formatProblem(problems[0]!)).toContain(`${FIXTURES}/${name}.geojson: `);
  });

  test("a file named for no corridor is rejected", () => {
    expect(corridorProblems("valid-corridor", "silk-road").map((p) => p.fault)).toEqual([
      '"silk-road" is not a corridor id (expected one of titr, kti, north-south, east-west, casa)',
    ]);
  });
});

describe("the hub validator", () => {
  let corridors: Map<CorridorId, CorridorCollection>;
  beforeAll(() => {
    corridors = new Map([["east-west", validateCorridor({ ...fixture("valid-corridor"), id: "east-west" }, geo, [])]]);
  });
  const hubProblems = (name: string) => {
    const problems: DataProblem[] = [];
    validateHubs(fixture(name), corridors, problems);
    return problems;
  };

  test("accepts a hub on its corridor", () => {
    expect(hubProblems("hubs-valid")).toEqual([]);
  });

  test.each([
    ["hubs-unknown-corridor", "almaty", /names unknown corridor "silk-road"/],
    ["hubs-duplicate-id", "almaty", /duplicate id/],
    ["hubs-unknown-kind", "almaty", /kind is not one of sea-port, dry-port, logistics-hub, border-crossing/],
    ["hubs-far-from-its-corridor", "astana", /is \d+ km from the nearest line of "east-west"/],
  ])("%s is rejected", (name, feature, fault) => {
    const problems = hubProblems(name);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.feature).toBe(feature);
    expect(problems[0]!.fault).toMatch(fault);
  });
});

describe("the corridor list", () => {
  test("each corridor's countries are computed from where its lines run, China included where they start there", () => {
    const { data } = validateAtlas(readAtlasFiles(), geo);
    const countries = Object.fromEntries(data!.corridors.map((c) => [c.id, c.countries]));
    expect(countries.kti).toEqual(["IR", "KZ", "TM"]);
    expect(countries.titr).toEqual(expect.arrayContaining(["CN", "KZ", "AZ", "GE", "TR"]));
    expect(countries["east-west"]).toEqual(expect.arrayContaining(["CN", "KZ", "RU"]));
    // Shu – Arys runs along the Kazakh–Kyrgyz border and strays into Natural Earth's outline of
    // Kyrgyzstan, never deeper than 2.9 km: neither corridor on it crosses Kyrgyzstan.
    expect(countries.titr).not.toContain("KG");
    expect(countries["east-west"]).not.toContain("KG");
  });

  test("a corridor list that names countries by hand is rejected", () => {
    const files = readAtlasFiles();
    const meta = JSON.parse(files.meta.text);
    meta.corridors[1].countries = ["KZ"];
    const { problems } = validateAtlas({ ...files, meta: { ...files.meta, text: JSON.stringify(meta) } }, geo);
    expect(problems.map(formatProblem)).toContain(`${files.meta.file}: "kti": countries Invalid key: Expected never but received "countries"`);
  });

  test("a corridor missing from the list is a fault", () => {
    const files = readAtlasFiles();
    const meta = JSON.parse(files.meta.text);
    meta.corridors = meta.corridors.filter((c: { id: string }) => c.id !== "casa");
    const { problems } = validateAtlas({ ...files, meta: { ...files.meta, text: JSON.stringify(meta) } }, geo);
    expect(problems.map(formatProblem)).toContain(`${files.meta.file}: "casa": corridor is missing`);
  });
});

describe("the atlas's own data", () => {
  test("passes every rule", () => {
    const { problems, data } = validateAtlas(readAtlasFiles(), geo);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(data?.corridors.map((c) => c.id)).toEqual(["titr", "kti", "north-south", "east-west", "casa"]);
  });
});
