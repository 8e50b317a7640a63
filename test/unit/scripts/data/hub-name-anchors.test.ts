// Where a hub's name goes on its own page: the first place around its point that no corridor line
// crosses, as the map tries them (src/map/hub-name-places.ts), for the name as set.
import { describe, expect, test } from "vitest";
import { breakName, clearestPlace, linesUnderName, overRatherThanUnder } from "../../../../scripts/data/hub-name-anchors";
import { PLACES } from "../../../../src/map/hub-name-places";
import { withoutProvenance, type AtlasData, type Hub, type Segment } from "../../../../src/model/corridor";

const segment = (id: string, coordinates: number[][]): Segment => ({
  type: "Feature",
  properties: { id, name: id, mode: "rail", status: "operating", source: "t", trace: "osm-track", tracedFrom: "t", places: [] },
  geometry: { type: "LineString", coordinates },
});
const hub = (id: string, name: string, at: [number, number]): Hub => ({
  type: "Feature", geometry: { type: "Point", coordinates: at },
  properties: { id, name, kind: "sea-port", country: "TM", corridors: ["titr"], description: "d", source: "s" } as unknown as Hub["properties"],
});
const data = (segments: Segment[], hubs: Hub[]): AtlasData => withoutProvenance({
  corridors: [{
    id: "titr", name: "Middle Corridor", shortName: "Middle Corridor", colour: "#d55e00", description: "d", countries: [],
    segments: { type: "FeatureCollection", features: segments },
  }],
  hubs: { type: "FeatureCollection", features: hubs },
  articles: [], quotes: [], tour: [], facts: [], overview: { officialCorridors: "", officialCorridorsSources: [] },
});

describe("where a hub's name goes on its own page", () => {
  const port = hub("port", "Port of Turkmenbashi", [53, 40]);
  /** The place the port's name takes among `segments`. */
  const placeAmong = (segments: Segment[]) => clearestPlace(linesUnderName(data(segments, [port])).port!);

  test("to the right of its point, as anywhere else, where no line runs there", () => {
    expect(placeAmong([segment("west", [[53, 40], [51, 40]])])).toBe("left");
  });

  test("under its point where a line leaves it eastward, over it where another leaves southward too", () => {
    // The Port of Turkmenbashi's name lay to its right, over the railway leaving it eastward.
    expect(placeAmong([segment("east", [[53, 40], [55, 40]])])).toBe("top");
    expect(placeAmong([segment("east", [[53, 40], [55, 40]]), segment("south", [[53, 40], [53, 38]])])).toBe("bottom");
  });

  test("where it must go over or under its point (a phone's narrow map), over it where a line leaves southward", () => {
    const south = linesUnderName(data([segment("south", [[53, 40], [53, 38]])], [port])).port!;
    const north = linesUnderName(data([segment("north", [[53, 40], [53, 42]])], [port])).port!;
    expect(overRatherThanUnder(south)).toBe(true);
    expect(overRatherThanUnder(north)).toBe(false);
  });

  test("where every place is crossed, where it is crossed least", () => {
    // Lines leave in seven directions, none to the upper left: every place is crossed, at the least
    // along an edge of the name.
    const out = (dx: number, dy: number) => segment(`${dx},${dy}`, [[53, 40], [53 + dx * 2, 40 + dy * 2]]);
    const star = data([out(1, 0), out(0, -1), out(0, 1), out(-1, 0), out(1, -1), out(1, 1), out(-1, -1)], [port]);
    const crossed = linesUnderName(star).port!;
    expect(Math.min(...crossed)).toBeGreaterThan(0);
    expect(clearestPlace(crossed)).toBe(PLACES[crossed.indexOf(Math.min(...crossed))]![0]);
    expect(clearestPlace(crossed)).not.toBe("left");
  });
});

describe("a name broken into lines as MapLibre breaks it", () => {
  const widthOf = (line: string) => line.length * 10;
  test("on one line where it fits, else on as few lines as fit, as even as its words allow", () => {
    expect(breakName(["Dostyk"], widthOf, 150)).toEqual(["Dostyk"]);
    expect(breakName(["Port", "of", "Turkmenbashi"], widthOf, 150)).toEqual(["Port of", "Turkmenbashi"]);
    expect(breakName(["Khorgos", "Gateway", "dry", "port"], widthOf, 150)).toEqual(["Khorgos Gateway", "dry port"]);
  });
});
