import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { pointToLineDistance } from "@turf/point-to-line-distance";
import { length } from "@turf/length";
import { point } from "@turf/helpers";
import { withoutProvenance, type CorridorCollection, type ValidatedAtlasData } from "../../../src/model/corridor";

const kti = JSON.parse(readFileSync("data/corridors/kti.geojson", "utf8")) as CorridorCollection;
const data = { corridors: [{ id: "kti", segments: kti }], hubs: { type: "FeatureCollection", features: [] }, quotes: [], articles: [], tour: [] } as unknown as ValidatedAtlasData;
const served = withoutProvenance(data).corridors[0]!.segments;

describe("the data as the app is served it", () => {
  test("drops each segment's provenance and keeps everything the map draws and counts", () => {
    for (const segment of served.features) {
      for (const key of ["source", "tracedFrom", "places", "chords"]) expect(Object.keys(segment.properties)).not.toContain(key);
    }
    expect(served.features.map((s) => [s.properties.id, s.properties.mode, s.properties.status, s.properties.trace]))
      .toEqual(kti.features.map((s) => [s.properties.id, s.properties.mode, s.properties.status, s.properties.trace]));
    // The data files themselves keep it: every station or junction passed, with its OSM id where it has one.
    expect(kti.features.every((s) => s.properties.places.at(-1)!.at === s.geometry.coordinates.length - 1)).toBe(true);
  });

  test("keeps each segment's length measured on the traced line, to 0.1 km, as the downloads give it", () => {
    kti.features.forEach((traced, i) => {
      expect(served.features[i]!.properties.km).toBe(Math.round(length(traced, { units: "kilometers" }) * 10) / 10);
    });
  });

  test("keeps the page that states a segment's opening year, which the popup cites", () => {
    const openedSource = { name: "Fixture Gazette", url: "https://example.org/kti-2014", published: "2014-12-03" };
    const cited = structuredClone(kti);
    Object.assign(cited.features[0]!.properties, { opened: 2014, openedSource });
    const segment = withoutProvenance({ ...data, corridors: [{ ...data.corridors[0]!, segments: cited }] }).corridors[0]!.segments.features[0]!;
    expect(segment.properties).toMatchObject({ opened: 2014, openedSource });
  });

  test("simplifies each line to within 100 m of the traced one, with far fewer points and the same ends", () => {
    kti.features.forEach((traced, i) => {
      const line = served.features[i]!;
      const [first, last] = [line.geometry.coordinates[0]!, line.geometry.coordinates.at(-1)!];
      expect(first[0]).toBeCloseTo(traced.geometry.coordinates[0]![0]!, 3);
      expect(last[1]).toBeCloseTo(traced.geometry.coordinates.at(-1)![1]!, 3);
      for (const c of traced.geometry.coordinates.filter((_, k) => k % 7 === 0)) {
        expect(pointToLineDistance(point(c), line, { units: "kilometers" })).toBeLessThan(0.1);
      }
      expect(length(line)).toBeCloseTo(length(traced), -1);
    });
    const count = (c: { features: { geometry: { coordinates: unknown[] } }[] }) => c.features.reduce((n, s) => n + s.geometry.coordinates.length, 0);
    expect(count(served)).toBeLessThan(count(kti) / 2);
  });

  test("keeps each declared chord as one straight leg, and where it starts", () => {
    const chorded = kti.features.find((s) => s.properties.chords?.length)!;
    const line = served.features.find((s) => s.properties.id === chorded.properties.id)!;
    const chord = chorded.properties.chords![0]!;
    const at = line.properties.chordsAt![0]!;
    expect(line.properties.chordsAt).toHaveLength(chorded.properties.chords!.length);
    expect(line.geometry.coordinates[at]).toEqual(chorded.geometry.coordinates[chord.at]!.map((n) => Math.round(n * 1e4) / 1e4));
    expect(line.geometry.coordinates[at + 1]).toEqual(chorded.geometry.coordinates[chord.at + 1]!.map((n) => Math.round(n * 1e4) / 1e4));
  });
});
