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
  tour: [], facts: [],
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

import { featureFilter } from "@maplibre/maplibre-gl-style-spec";
import { TODAY_STATE, YEAR_STATE, faintInShownYear, inShownYear } from "../../../src/map/corridor-layers";
import { sectionInYear } from "../../../src/model/year";
import { STATUSES } from "../../../src/model/corridor";

describe("the year filter as the map evaluates it", () => {
  // MapLibre's own evaluator, with the year as the style's global state: the map draws what the model says.
  const evaluate = (filter: typeof inShownYear, year: number | undefined, properties: Record<string, unknown>) => {
    const globalState = { [YEAR_STATE]: year ?? TODAY_STATE };
    const compiled = featureFilter(filter, "filter", globalState);
    return compiled.filter({ zoom: 5, globalState }, { type: 2, properties } as never);
  };

  test("every status, opening year and year shown agrees with model/year.ts", () => {
    const features = corridorFeatures(data([
      segment("opened-2014", [[1, 1], [2, 2]]),
      segment("unknown", [[3, 3], [4, 4]]),
    ])).features;
    features[0]!.properties!.opened = 2014; // as a segment with `opened` is drawn
    let checked = 0;
    for (const status of STATUSES) {
      for (const feature of features) {
        const properties: Record<string, unknown> = { ...feature.properties, status };
        const opened = properties.opened as number | undefined;
        for (const year of [undefined, 1880, 2013, 2014, 2025]) {
          const expected = sectionInYear({ status, ...(opened !== undefined ? { opened } : {}) }, year);
          expect(evaluate(inShownYear, year, properties), `${status} ${String(opened)} in ${String(year)}`).toBe(expected !== "hidden");
          expect(evaluate(faintInShownYear, year, properties)).toBe(expected === "faint");
          checked++;
        }
      }
    }
    expect(checked).toBe(30);
  });

  test("a segment's opening year reaches the drawn feature", () => {
    const opened = { ...segment("a", [[1, 1], [2, 2]]), properties: { ...segment("a", []).properties, opened: 2014 } };
    expect(corridorFeatures(data([opened])).features[0]!.properties).toMatchObject({ opened: 2014 });
    expect(corridorFeatures(data([segment("b", [[1, 1], [2, 2]])])).features[0]!.properties).not.toHaveProperty("opened");
  });
});
