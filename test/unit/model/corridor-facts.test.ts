import { describe, expect, test } from "vitest";
import { corridorFacts, sectionRows } from "../../../src/model/corridor-facts";
import { kmDrawn, type DrawnCorridorCollection, type Mode, type Status } from "../../../src/model/corridor";

// Along a meridian one degree of latitude is 111.19 km on Turf's sphere (R = 6371.0088 km). Each
// segment is as served: its length measured on the traced line kept as `km` (withoutProvenance).
const segment = (id: string, mode: Mode, status: Status, fromLat: number, toLat: number) => {
  const geometry = { type: "LineString" as const, coordinates: [[60, fromLat], [60, toLat]] };
  return {
    type: "Feature" as const,
    properties: { id, name: id, mode, status, trace: "stations" as const, km: kmDrawn({ type: "Feature", geometry, properties: {} }) },
    geometry,
  };
};

describe("corridorFacts", () => {
  test("sums length by mode and by status", () => {
    const segments: DrawnCorridorCollection = {
      type: "FeatureCollection",
      features: [
        segment("a", "rail", "operating", 40, 42),
        segment("b", "rail", "planned", 42, 43),
        segment("c", "sea", "operating", 43, 43.5),
      ],
    };
    const facts = corridorFacts(segments);
    expect(facts.lengthKmByMode).toEqual({ rail: 334, road: 0, sea: 56 });
    // The total is the sections' sum rounded once, as the downloads' is (389.2 km), not the modes'
    // rounded figures added up (334 + 56).
    expect(facts.totalKm).toBe(Math.round(segments.features.reduce((km, f) => km + f.properties.km, 0)));
    expect(facts.totalKm).toBe(389);
    expect(facts.lengthKmByStatus).toEqual({ operating: 278, "under-construction": 0, planned: 111 });
  });

  test("an empty corridor has no length", () => {
    expect(corridorFacts({ type: "FeatureCollection", features: [] }).totalKm).toBe(0);
  });
});

describe("sectionRows", () => {
  test("lists each section in order with its length drawn, its opening or target year and the page that gives it", () => {
    const source = { name: "Rail news", url: "https://example.org/opened", title: "Opened", published: "2024-05-09" };
    const opened = { ...segment("a", "rail", "operating", 40, 42), properties: { ...segment("a", "rail", "operating", 40, 42).properties, opened: 1964, openedSource: source } };
    const due = { ...segment("b", "rail", "planned", 42, 43), properties: { ...segment("b", "rail", "planned", 42, 43).properties, target: 2027, targetSource: source } };
    const segments: DrawnCorridorCollection = { type: "FeatureCollection", features: [opened, due, segment("c", "sea", "operating", 43, 43.5)] };
    expect(sectionRows(segments)).toEqual([
      { id: "a", name: "a", km: 222, status: "operating", opened: 1964, openedSource: source },
      { id: "b", name: "b", km: 111, status: "planned", target: 2027, targetSource: source },
      { id: "c", name: "c", km: 56, status: "operating" },
    ]);
  });
});
