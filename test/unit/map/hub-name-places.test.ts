// A hub near an edge of the view shown is named towards the map's middle, never off its edge.
import { describe, expect, test } from "vitest";
import { createPropertyExpression, latest } from "@maplibre/maplibre-gl-style-spec";
import { HUB_EDGES_STATE, hubEdges, hubNamePlaces, type HubEdges } from "../../../src/map/hub-name-places";
import type { Hub } from "../../../src/model/corridor";

const hub = (id: string, lng: number, lat: number): Hub => ({
  type: "Feature", geometry: { type: "Point", coordinates: [lng, lat] },
  properties: { id, name: id, kind: "sea-port", country: "x", corridors: ["titr"] } as unknown as Hub["properties"],
});

const property = "text-variable-anchor-offset";
const SHOWN = "shown";
/**
 * The anchors MapLibre would try for `hubId`, in order, with `edges` as the style's global state,
 * `nameAnchor` as the hub's own place on its page, and `shownHub` as the hub shown.
 */
function anchorsOf(hubId: string, edges: HubEdges, { nameAnchor, nameOver, shownHub = "" }: { nameAnchor?: string; nameOver?: boolean; shownHub?: string } = {}): string[] {
  const spec = (latest as unknown as Record<string, Record<string, unknown>>).layout_symbol![property];
  const parsed = createPropertyExpression(hubNamePlaces(["==", ["get", "id"], ["global-state", SHOWN]]) as never, property, spec as never);
  if (parsed.result !== "success") throw new Error(parsed.value.map((e) => `${e.key}: ${e.message}`).join("; "));
  const places = parsed.value.evaluate({ zoom: 3, globalState: { [HUB_EDGES_STATE]: edges, [SHOWN]: shownHub } } as never, { type: 1, properties: { id: hubId, ...(nameAnchor ? { nameAnchor } : {}), ...(nameOver !== undefined ? { nameOver } : {}) } } as never) as { values: unknown[] };
  return places.values.filter((v): v is string => typeof v === "string");
}
// Anchors that set some of the name west of its point ("right": the point at the name's right; a
// name centred under or over it reaches both ways), east of it, above it or below it (a name
// beside its point reaches half its height both ways).
const reachesWest = (a: string) => a === "right" || a.endsWith("-right") || a === "top" || a === "bottom";
const reachesEast = (a: string) => a === "left" || a.endsWith("-left") || a === "top" || a === "bottom";
const reachesUp = (a: string) => a.startsWith("bottom") || a === "left" || a === "right";
const reachesDown = (a: string) => a.startsWith("top") || a === "left" || a === "right";

describe("where a hub's name is set around its point", () => {
  test("away from the edges, to the right first, then under, over and to the left", () => {
    expect(anchorsOf("aktau", {})).toEqual(["left", "top", "bottom", "right"]);
    expect(anchorsOf("aktau", { poti: "w" })).toEqual(["left", "top", "bottom", "right"]);
  });

  test("the hub shown, away from the edges, first where its name is clear of the lines on its page, then everywhere else", () => {
    // The Port of Turkmenbashi's name lay to the right of it, over the railway leaving it eastward.
    const shown = anchorsOf("turkmenbashi", {}, { nameAnchor: "top-right", shownHub: "turkmenbashi" });
    expect(shown[0]).toBe("top-right");
    expect([...shown].sort()).toEqual(["bottom", "bottom-left", "bottom-right", "left", "right", "top", "top-left", "top-right"]);
    // Another hub, or the hub shown without a place of its own, is named as before.
    expect(anchorsOf("turkmenbashi", {}, { nameAnchor: "top-right", shownHub: "baku" })).toEqual(["left", "top", "bottom", "right"]);
    expect(anchorsOf("turkmenbashi", {}, { shownHub: "turkmenbashi" })).toEqual(["left", "top", "bottom", "right"]);
    // Near an edge the edge wins: its name must not run off the map.
    expect(anchorsOf("turkmenbashi", { turkmenbashi: "w" }, { nameAnchor: "right", shownHub: "turkmenbashi" }).some(reachesWest)).toBe(false);
  });

  test("near an edge, never towards it, and to the right first where that is clear of it", () => {
    expect(anchorsOf("poti", { poti: "w" })[0]).toBe("left");
    expect(anchorsOf("poti", { poti: "w" }).some(reachesWest)).toBe(false);
    expect(anchorsOf("khorgos", { khorgos: "e" })[0]).toBe("right");
    expect(anchorsOf("khorgos", { khorgos: "e" }).some(reachesEast)).toBe(false);
    expect(anchorsOf("dostyk", { dostyk: "n" })[0]).toBe("top");
    expect(anchorsOf("dostyk", { dostyk: "n" }).some(reachesUp)).toBe(false);
    expect(anchorsOf("chabahar", { chabahar: "s" }).some(reachesDown)).toBe(false);
    // Near both sides (a phone's narrow map): over or under the point, never beside it.
    expect(anchorsOf("khorgos", { khorgos: "we" })).toEqual(["top", "bottom"]);
    expect(anchorsOf("khorgos", { khorgos: "nwe" })).toEqual(["top"]);
    // The hub shown there is named over its point first where the build found fewer lines over it.
    expect(anchorsOf("khorgos", { khorgos: "we" }, { nameOver: true, shownHub: "khorgos" })).toEqual(["bottom", "top"]);
    expect(anchorsOf("khorgos", { khorgos: "we" }, { nameOver: true, shownHub: "aktau" })).toEqual(["top", "bottom"]);
    expect(anchorsOf("khorgos", { khorgos: "we" }, { nameOver: false, shownHub: "khorgos" })).toEqual(["top", "bottom"]);
    const corner = anchorsOf("batumi", { batumi: "sw" });
    expect(corner.length).toBeGreaterThan(0);
    expect(corner.some((a) => reachesWest(a) || reachesDown(a))).toBe(false);
  });
});

describe("which hubs lie near an edge of the view", () => {
  // A 390×844 phone's map, 464 px tall, centred on 42° N 60° E at zoom 2.2.
  const camera = { lng: 60, lat: 42, zoom: 2.2, widthPx: 390, heightPx: 464 };
  test("those within a name's width of the sides or two lines of the top and bottom, and only those", () => {
    // About 6.5 px a degree: Aktau 137 px from the west side, Tashkent 60 px inside the 160 px of the east.
    const edges = hubEdges([
      hub("poti", 41.6, 42.15), hub("aktau", 51.2, 43.6), hub("middle", 60, 42), hub("tashkent", 69.2, 41.3), hub("khorgos", 80.4, 44.2),
      hub("north", 60, 61.5), hub("far", 120, 42),
    ], camera);
    expect(edges).toEqual({ poti: "w", aktau: "w", tashkent: "e", khorgos: "e", north: "n" });
  });
});
