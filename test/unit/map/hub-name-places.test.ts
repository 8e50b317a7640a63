// A hub at either end of the corridor shown is named towards its middle, never off the map's edge.
import { describe, expect, test } from "vitest";
import { createPropertyExpression, latest } from "@maplibre/maplibre-gl-style-spec";
import { shownCorridorHubNamePlaces } from "../../../src/map/hub-name-places";
import { SHOWN_CORRIDOR_STATE } from "../../../src/map/shown-corridor";
import type { AtlasData, CorridorId, Hub } from "../../../src/model/corridor";

const line = (coordinates: number[][]) => ({
  type: "Feature" as const, geometry: { type: "LineString" as const, coordinates },
  properties: { id: "s", name: "s", mode: "rail" as const, status: "operating" as const, source: "t", trace: "osm-track" as const, tracedFrom: "t", places: [] },
});
const corridor = (id: CorridorId, coordinates: number[][]) => ({
  id, name: id, shortName: id, colour: "#000000", description: "d", countries: [],
  segments: { type: "FeatureCollection" as const, features: [line(coordinates)] },
});
const hub = (id: string, lng: number, corridors: CorridorId[]): Hub => ({
  type: "Feature", geometry: { type: "Point", coordinates: [lng, 42] },
  properties: { id, name: id, kind: "seaport", country: "x", corridors } as unknown as Hub["properties"],
});

// The Middle Corridor from the Black Sea (40°E) to China (88°E); KTI from 52°E to 55°E.
const data = {
  corridors: [corridor("titr", [[40, 42], [88, 44]]), corridor("kti", [[52, 43], [55, 37]])],
  hubs: {
    type: "FeatureCollection" as const, features: [
      hub("poti", 41.6, ["titr"]), hub("aktau", 51.2, ["titr", "kti"]), hub("almaty", 76.9, ["titr"]), hub("khorgos", 80.4, ["titr"]),
      hub("bereket", 55, ["kti"]),
    ],
  },
} as unknown as Pick<AtlasData, "corridors" | "hubs">;

const property = "text-variable-anchor-offset";
/** The anchors MapLibre would try for `hubId`, in order, with `shown` as the corridor shown. */
function anchorsOf(hubId: string, shown: string): string[] {
  const spec = (latest as unknown as Record<string, Record<string, unknown>>).layout_symbol![property];
  const parsed = createPropertyExpression(shownCorridorHubNamePlaces(data) as never, property, spec as never);
  if (parsed.result !== "success") throw new Error(parsed.value.map((e) => `${e.key}: ${e.message}`).join("; "));
  const places = parsed.value.evaluate({ zoom: 3, globalState: { [SHOWN_CORRIDOR_STATE]: shown } } as never, { type: 1, properties: { id: hubId } } as never) as { values: unknown[] };
  return places.values.filter((v): v is string => typeof v === "string");
}
// Anchors that set the name east of its point ("left": the point at the name's left) or west of it.
const eastOfPoint = (a: string) => a.endsWith("left");
const westOfPoint = (a: string) => a.endsWith("right");

describe("where a hub's name is set around its point", () => {
  test("at the corridor's western end, only to the east of its point, to the right first", () => {
    const anchors = anchorsOf("poti", "titr");
    expect(anchors[0]).toBe("left");
    expect(anchors.every(eastOfPoint)).toBe(true);
  });

  test("at the corridor's eastern end, only to the west of its point, to the left first", () => {
    for (const id of ["almaty", "khorgos"]) {
      const anchors = anchorsOf(id, "titr");
      expect(anchors[0], id).toBe("right");
      expect(anchors.every(westOfPoint), id).toBe(true);
    }
  });

  test("by the corridor shown: Aktau is at KTI's western end, and in the Middle Corridor's western third", () => {
    expect(anchorsOf("aktau", "kti").every(eastOfPoint)).toBe(true);
    expect(anchorsOf("bereket", "kti").every(westOfPoint)).toBe(true);
  });

  test("with no corridor shown, or one the hub is not on, anywhere around its point, to the right first", () => {
    for (const [id, shown] of [["poti", ""], ["khorgos", ""], ["poti", "kti"], ["bereket", "titr"]] as const) {
      expect(anchorsOf(id, shown), `${id} with "${shown}" shown`).toEqual(["left", "top", "bottom", "right"]);
    }
  });
});
