import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { CORRIDOR_IDS, type Segment } from "../../../../src/model/corridor";
import { formatProblem } from "../../../../src/model/validate-data";
import type { OsmExtract } from "../../../../scripts/tracing/osm-extract";
import { ATTRIBUTION, drawnKm, traceCorridors, type SectionFiles } from "../../../../scripts/tracing/trace-corridors";
import { staleCorridorFiles, traceData } from "../../../../scripts/trace";

// Track from A (55.40) to C (55.60) along 39.2° N, stations beside it, and a line of stations
// without track further east (D … F); a hub for a ferry at the western end.
const extract: OsmExtract = {
  track: [{ osm: 1, railway: "rail", extract: "njfinney", coordinates: [[55.40, 39.2], [55.45, 39.2], [55.50, 39.2], [55.55, 39.2], [55.60, 39.2]] }],
  stations: [
    { osm: 101, name: "A", extract: "njfinney", lng: 55.401, lat: 39.201 },
    { osm: 102, name: "B", extract: "njfinney", lng: 55.50, lat: 39.201 },
    { osm: 103, name: "C", extract: "njfinney", lng: 55.60, lat: 39.199 },
    { osm: 104, name: "D", extract: "njfinney", lng: 55.80, lat: 39.2 },
    { osm: 105, name: "E", extract: "njfinney", lng: 56.00, lat: 39.2 },
    { osm: 106, name: "F", extract: "njfinney", lng: 56.20, lat: 39.2 },
    { osm: 107, name: "G", extract: "njfinney", lng: 57.50, lat: 39.2 },
  ],
};
const hubs = new Map([["west-port", { name: "West port", at: [55.40, 39.2] }]]);

const section = (id: string, trace: string, via: unknown[], more: object = {}) =>
  ({ id, name: id, mode: "rail", status: "operating", source: "fixture", trace, via, ...more });
const files = (sections: unknown[], lengths: unknown[] = [], corridors?: Record<string, string[]>): SectionFiles => ({
  sections: [{ file: "sections/fixture.json", text: JSON.stringify({ sections }) }],
  corridors: { file: "sections/corridors.json", text: JSON.stringify(corridors ?? Object.fromEntries(CORRIDOR_IDS.map((id) => [id, (sections as { id: string }[]).map((s) => s.id)]))) },
  lengths: { file: "sections/published-lengths.json", text: JSON.stringify({ lengths }) },
});
const along = section("a-c", "osm-track", [{ osm: 101, name: "A" }, { osm: 102, name: "B" }, { osm: 103, name: "C" }]);
const through = section("c-f", "stations", [{ osm: 103, name: "C" }, { osm: 106, name: "F" }]);
const faults = (f: SectionFiles) => traceCorridors(f, extract, hubs).problems.map(formatProblem);

describe("the tracing step", () => {
  test("follows the track between stations and runs through every station where there is none", () => {
    const { segments, problems } = traceCorridors(files([along, through]), extract, hubs);
    expect(problems).toEqual([]);
    const a = segments.get("a-c")!;
    expect(a.geometry.coordinates).toEqual([[55.40, 39.2], [55.45, 39.2], [55.50, 39.2], [55.55, 39.2], [55.60, 39.2]]);
    expect(a.properties).toMatchObject({ trace: "osm-track", tracedFrom: expect.stringContaining("OpenStreetMap"), places: [
      { name: "A", osm: 101, at: 0 }, { name: "B", osm: 102, at: 2 }, { name: "C", osm: 103, at: 4 },
    ] });
    expect(segments.get("c-f")!.properties.places.map((p) => p.osm)).toEqual([103, 104, 105, 106]);
    // The downloads say in words how near the real line each drawing is.
    expect(a.properties.tracedFrom).toMatch(/^along the track, OpenStreetMap via /);
    expect(segments.get("c-f")!.properties.tracedFrom).toMatch(/^through the line's stations in order, straight from each to the next/);
  });

  test("a place at an end that declares a chord may lie off the track, up to 5 km: it is reached straight, and the chord is recorded", () => {
    // H is 4 km north of the track's end at C (0.036° of latitude): only a declared chord reaches it.
    const withH: OsmExtract = { ...extract, stations: [...extract.stations, { osm: 108, name: "H", extract: "njfinney", lng: 55.6, lat: 39.236 }] };
    const trace = (via: unknown[]) => traceCorridors(files([section("a-h", "osm-track", via)]), withH, hubs);
    const { segments, problems } = trace([{ osm: 101, name: "A" }, { osm: 103, name: "C" }, { osm: 108, name: "H", chord: "the route ends short of it" }]);
    expect(problems).toEqual([]);
    const drawn = segments.get("a-h")!;
    expect(drawn.geometry.coordinates.slice(-2)).toEqual([[55.6, 39.2], [55.6, 39.236]]);
    expect(drawn.properties.chords).toEqual([{ from: "C", to: "H", reason: "the route ends short of it", at: 4 }]);
    // Without its chord it is a fault, not a silent straight line; and a chord does not reach 150 km.
    expect(trace([{ osm: 101, name: "A" }, { osm: 103, name: "C" }, { osm: 108, name: "H" }]).problems.map(formatProblem)).toContain(
      'sections/fixture.json: "a-h": H is more than 2 km from any track in the extract');
    expect(faults(files([section("a-g", "osm-track", [{ osm: 101, name: "A" }, { osm: 103, name: "C" }, { osm: 107, name: "G", chord: "far" }])]))).toContain(
      'sections/fixture.json: "a-g": G is 164 km from where the track leaves off: a chord at a line\'s end reaches at most 5 km');
    // Both ends off the track leave nothing to route along.
    expect(faults(files([section("x", "osm-track", [{ osm: 104, name: "D", chord: "off" }, { osm: 105, name: "E", chord: "off" }])]))).toContain(
      'sections/fixture.json: "x": no place of it is on the track: declare one without a chord');
  });

  test("writes each corridor as GeoJSON crediting OpenStreetMap and the ODbL", () => {
    const text = traceCorridors(files([along]), extract, hubs).files.get("kti")!;
    expect(JSON.parse(text)).toMatchObject({ type: "FeatureCollection", attribution: ATTRIBUTION, licence: expect.stringContaining("ODbL") });
  });

  test("draws a declared chord straight, records it, and names its reason", () => {
    const chorded = section("f-g", "stations", [{ osm: 106, name: "F" }, { osm: 107, name: "G", chord: "no station mapped" }]);
    const segment = traceCorridors(files([chorded]), extract, hubs).segments.get("f-g")!;
    expect(segment.geometry.coordinates).toEqual([[56.2, 39.2], [57.5, 39.2]]);
    expect(segment.properties.chords).toEqual([{ from: "F", to: "G", reason: "no station mapped", at: 0 }]);
  });

  // Each fixture breaks one rule; the message names the file, the section and the fault.
  test.each([
    ["an unknown station id", [section("x", "stations", [{ osm: 101, name: "A" }, { osm: 999, name: "Nowhere" }])],
      'sections/fixture.json: "x": station 999 ("Nowhere") is not in the OSM extract'],
    ["a place off the track", [section("x", "osm-track", [{ osm: 101, name: "A" }, { osm: 106, name: "F" }])],
      'sections/fixture.json: "x": F is more than 2 km from any track in the extract'],
    ["an undeclared gap between stations", [section("x", "stations", [{ osm: 106, name: "F" }, { osm: 107, name: "G" }])],
      'sections/fixture.json: "x": no chain of stations at most 50 km apart joins F and G'],
    ["a planned line traced as if built", [section("x", "stations", [{ osm: 101, name: "A" }, { osm: 102, name: "B" }], { status: "planned" })],
      'sections/fixture.json: "x": a planned line has no track yet: trace it as "documented-alignment"'],
    ["an operating railway drawn by hand", [section("x", "documented-alignment", [{ osm: 101, name: "A" }, { osm: 102, name: "B" }])],
      'sections/fixture.json: "x": an operating railway is traced from OSM ("osm-track" or "stations"), not "documented-alignment"'],
    ["an unknown hub", [section("x", "sea-lane", [{ hub: "west-port" }, { hub: "atlantis" }], { mode: "sea" })],
      'sections/fixture.json: "x": names unknown hub "atlantis"'],
    ["an opening year's source on plain http", [section("x", "osm-track", [{ osm: 101, name: "A" }, { osm: 102, name: "B" }], { opened: 1930, openedSource: { name: "Gazette", url: "http://example.org/a-b" } })],
      'sections/fixture.json: "x": openedSource.url is not an https address'],
    ["a source for an opening year not given", [section("x", "osm-track", [{ osm: 101, name: "A" }, { osm: 102, name: "B" }], { openedSource: { name: "Gazette", url: "https://example.org/a-b" } })],
      'sections/fixture.json: "x": opened and openedSource come together: an opening year needs the page that states it'],
    ["an opening year without its source", [section("x", "osm-track", [{ osm: 101, name: "A" }, { osm: 102, name: "B" }], { opened: 1930 })],
      'sections/fixture.json: "x": opened and openedSource come together: an opening year needs the page that states it'],
  ])("%s fails, naming the file, the section and the fault", (_name, sections, fault) => {
    expect(faults(files(sections))).toContain(fault);
  });

  test("a section no corridor uses, and a corridor naming an undeclared section, fail", () => {
    const corridors = Object.fromEntries(CORRIDOR_IDS.map((id) => [id, ["a-c", "z-z"]]));
    const found = faults(files([along, through], [], corridors));
    expect(found).toContain('sections/fixture.json: "c-f": is in no corridor of data/sections/corridors.json');
    expect(found).toContain('sections/corridors.json: "titr": names undeclared section(s) z-z');
  });

  test("a drawn length far from its published figure fails unless the entry says why", () => {
    const figure = (km: number, expectedDifference?: string) => ({
      line: "A – C", sections: ["a-c"], km, measures: "whole line", source: { name: "Fixture", url: "https://example.org/a-c" }, ...(expectedDifference ? { expectedDifference } : {}),
    });
    expect(faults(files([along], [figure(17)]))).toEqual([]); // 17.3 km drawn
    expect(faults(files([along], [figure(20)]))).toEqual([
      'sections/published-lengths.json: "A – C": is drawn 17 km long, -14% off its published 20 km (at most 5%, or say why in expectedDifference)',
    ]);
    expect(faults(files([along], [figure(20, "the figure counts the sidings")]))).toEqual([]);
    expect(faults(files([along], [{ ...figure(17), source: { name: "Fixture", url: "http://example.org" } }]))[0]).toMatch(/source.url is not an https address/);
  });
});

describe("the atlas's own tracing", () => {
  const output = traceData();

  test("traces every declared section without a fault", () => {
    expect(output.problems.map(formatProblem)).toEqual([]);
  });

  test("reproduces the committed corridor files byte for byte", () => {
    expect(staleCorridorFiles(output)).toEqual([]);
    expect(output.files.get("kti")).toBe(readFileSync("data/corridors/kti.geojson", "utf8"));
  });

  test("draws KTI as one line along the track from Zhanaozen to Gorgan, within 5% of its published 925 km", () => {
    const kti = JSON.parse(output.files.get("kti")!) as { features: { properties: { id: string; trace: string; places: { name: string }[] }; geometry: { coordinates: number[][] } }[] };
    const main = ["zhanaozen-bereket", "bereket-gorgan"].map((id) => kti.features.find((f) => f.properties.id === id)!);
    expect(main.map((f) => f.properties.trace)).toEqual(["osm-track", "osm-track"]);
    expect(main[0]!.geometry.coordinates.at(-1)).toEqual(main[1]!.geometry.coordinates[0]);
    expect(main[0]!.properties.places[0]!.name).toBe("Zhanaözen");
    expect(main[1]!.properties.places.at(-1)!.name).toMatch(/Gorgan/);
    const km = drawnKm(main as unknown as Segment[]);
    expect(km).toBeGreaterThan(925 * 0.95);
    expect(km).toBeLessThan(925 * 1.05);
  });
});
