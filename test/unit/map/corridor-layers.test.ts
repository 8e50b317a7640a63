import { describe, expect, test } from "vitest";
import type { MultiLineString } from "geojson";
import { corridorFeatures } from "../../../src/map/corridor-layers";
import type { AtlasData, Segment } from "../../../src/model/corridor";

const segment = (id: string, coordinates: number[][]): Segment => ({
  type: "Feature",
  properties: { id, name: id, mode: "sea", status: "operating", source: "t", trace: "sea-lane", tracedFrom: "t", places: [] },
  geometry: { type: "LineString", coordinates },
});

const data = (segments: Segment[]): AtlasData => ({
  corridors: [{
    id: "north-south", name: "NS", shortName: "NS", colour: "#cc79a7", description: "d", countries: [],
    segments: { type: "FeatureCollection", features: segments },
  }],
  hubs: { type: "FeatureCollection", features: [] },
  articles: [],
  quotes: [],
  tour: [], facts: [], overview: { officialCorridors: "", officialCorridorsSources: [] },
});

describe("corridorFeatures", () => {
  test("two routes of one corridor that share a stretch draw it once, so dashes never overlap", () => {
    const features = corridorFeatures(data([
      segment("olya-anzali", [[47.5, 45.8], [48, 44], [50, 40], [49.5, 37.5]]),
      segment("makhachkala-anzali", [[47.5, 43], [48, 44], [50, 40], [49.5, 37.5]]),
    ])).features;
    expect(features.map((f) => (f.geometry as MultiLineString).coordinates)).toEqual([
      [[[47.5, 45.8], [48, 44], [50, 40], [49.5, 37.5]]],
      [[[47.5, 43], [48, 44]]],
    ]);
  });

  test("a segment wholly drawn already adds no feature, and each feature carries its corridor's colour and offset", () => {
    const features = corridorFeatures(data([segment("a", [[1, 1], [2, 2]]), segment("b", [[2, 2], [1, 1]])])).features;
    expect(features).toHaveLength(1);
    expect(features[0]!.properties).toMatchObject({ corridor: "north-south", colour: "#cc79a7", segment: "a", offset: 0 });
  });
});
