import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { withoutProvenance, type AtlasData, type CorridorCollection } from "../../../src/model/corridor";

const kti = JSON.parse(readFileSync("data/corridors/kti.geojson", "utf8")) as CorridorCollection;
const data = { corridors: [{ id: "kti", segments: kti }], hubs: { type: "FeatureCollection", features: [] }, quotes: [], articles: [], tour: [] } as unknown as AtlasData;

describe("the data as the app is served it", () => {
  test("drops each segment's provenance and keeps everything the map draws and counts", () => {
    const served = withoutProvenance(data).corridors[0]!.segments;
    for (const segment of served.features) {
      expect(Object.keys(segment.properties)).not.toContain("vertices");
      expect(Object.keys(segment.properties)).not.toContain("source");
    }
    expect(served.features.map((s) => s.geometry)).toEqual(kti.features.map((s) => s.geometry));
    expect(served.features.map((s) => [s.properties.id, s.properties.mode, s.properties.status]))
      .toEqual(kti.features.map((s) => [s.properties.id, s.properties.mode, s.properties.status]));
    // The data files themselves keep it.
    expect(kti.features.every((s) => s.properties.vertices.length === s.geometry.coordinates.length)).toBe(true);
  });
});
