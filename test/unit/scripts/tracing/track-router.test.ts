import { describe, expect, test } from "vitest";
import type { Position } from "geojson";
import { makeTrackRouter, MAX_SNAP_KM } from "../../../../scripts/tracing/track-router";
import type { TrackWay } from "../../../../scripts/tracing/osm-extract";

// A small network near Bereket (0.01° ≈ 1 km): a main line west–east with a fork north at x=55.5,
// a loop south of it, and an island of track beyond a 3 km gap.
const way = (osm: number, coordinates: Position[], extract: TrackWay["extract"] = "njfinney"): TrackWay => ({ osm, railway: "rail", extract, coordinates });
const main = way(1, [[55.40, 39.2], [55.45, 39.2], [55.50, 39.2], [55.55, 39.2], [55.60, 39.2]]);
const fork = way(2, [[55.50, 39.2], [55.50, 39.25], [55.50, 39.30]]);
const loop = way(3, [[55.45, 39.2], [55.45, 39.15], [55.55, 39.15], [55.55, 39.2]]);
const island = way(4, [[55.63, 39.2], [55.70, 39.2]]);
const router = makeTrackRouter([main, fork, loop, island]);
const snap = (at: Position) => router.snap(at)!;

describe("routing along OSM track", () => {
  test("a place beside the track snaps to its nearest vertex, one too far does not", () => {
    expect(snap([55.451, 39.201]).vertex).toEqual([55.45, 39.2]);
    expect(snap([55.451, 39.201]).km).toBeLessThan(0.2);
    expect(router.snap([55.45, 39.2 + (MAX_SNAP_KM + 0.5) / 111])).toBeUndefined();
  });

  test("at a fork it takes the branch that leads to the place", () => {
    const path = router.route(snap([55.40, 39.2]), snap([55.50, 39.30]))!;
    expect(path[0]).toEqual([55.40, 39.2]);
    expect(path.at(-1)).toEqual([55.50, 39.30]);
    expect(path).toContainEqual([55.50, 39.25]);
    expect(path).not.toContainEqual([55.60, 39.2]);
  });

  test("past a loop it keeps to the shorter way round", () => {
    const path = router.route(snap([55.40, 39.2]), snap([55.60, 39.2]))!;
    expect(path).toEqual(main.coordinates);
  });

  test("across a gap in the track there is no route, not a straight line", () => {
    expect(router.route(snap([55.40, 39.2]), snap([55.70, 39.2]))).toBeUndefined();
  });

  test("two extracts never join, even where their tracks touch", () => {
    const other = makeTrackRouter([main, way(5, [[55.60, 39.2], [55.65, 39.2]], "xinjiang")]);
    expect(other.route(other.snap([55.40, 39.2])!, other.snap([55.65, 39.2])!)).toBeUndefined();
  });

  test("a route extract's long straight still takes a station beside its middle, and the line keeps only the route's own points", () => {
    // A simplified route: 30 km of straight track between two vertices, a station 100 m off its middle.
    const route = way(0, [[55.0, 39.2], [55.35, 39.2], [55.40, 39.25]], "grondstoffen");
    const routes = makeTrackRouter([route]);
    const middle = routes.snap([55.175, 39.201])!;
    expect(middle.km).toBeLessThan(0.5);
    const path = routes.route(middle, routes.snap([55.40, 39.25])!)!;
    // From the station's point on the straight, then only the route's own vertices.
    expect(path.slice(1)).toEqual([[55.35, 39.2], [55.40, 39.25]]);
    expect(path[0]![1]).toBe(39.2);
  });
});
