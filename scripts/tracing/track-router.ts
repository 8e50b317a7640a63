// Routes along OSM track between two places, with geojson-path-finder over the track network.
import { PathFinder } from "./path-finder.ts";
import { lineString } from "@turf/helpers";
import { simplify } from "@turf/simplify";
import type { Feature, FeatureCollection, LineString, Point, Position } from "geojson";
import { distanceKm } from "../../src/model/geo-checks.ts";
import { ROUTE_EXTRACTS, type ExtractName, type TrackWay } from "./osm-extract.ts";

/** A station node is mapped beside its track; farther than this, the place is not on the line. */
export const MAX_SNAP_KM = 2;

export interface Snap { vertex: Position; km: number; extract: ExtractName }

export interface TrackRouter {
  /** The nearest track vertex within MAX_SNAP_KM (of one extract, if named), or undefined. */
  snap(at: Position, extract?: ExtractName): Snap | undefined;
  /** The track between two snapped places, or undefined when the network does not join them. */
  route(from: Snap, to: Snap): Position[] | undefined;
}

/**
 * How near two vertices must be to count as one junction, per extract. The Xinjiang extract is
 * simplified (median leg 0.5 km), so ways that meet in OSM can miss each other by tens of metres;
 * Georgia's has gaps of up to 30 m on the Baku – Tbilisi – Kars line where ways were split. The
 * grondstoffen routes are rounded to 4 decimals (11 m), and routes over the same track need not
 * share vertices.
 */
const JOIN_TOLERANCE_DEG: Record<ExtractName, number> = { njfinney: 1e-5, xinjiang: 1e-3, georgia: 5e-4, uzbekistan: 1e-5, grondstoffen: 2e-4 };

/**
 * A route extract is simplified: on a straight its vertices lie kilometres apart, farther from a
 * station than MAX_SNAP_KM. Points are added along each leg for the snap and the routing, at most
 * this far apart, and taken out of the line drawn again (except where a place snapped to one).
 */
const ROUTE_POINT_KM = 0.5;

/** Closer than this (about 1 cm) to the straight line through its neighbours, a point adds no bend. */
const UNBENT_DEG = 1e-7;

/** `coordinates` with points added on each leg so that none is longer than `km`. */
function densify(coordinates: readonly Position[], km: number): Position[] {
  const out: Position[] = [coordinates[0]!];
  for (let i = 1; i < coordinates.length; i++) {
    const [a, b] = [coordinates[i - 1]!, coordinates[i]!];
    const steps = Math.ceil(distanceKm(a, b) / km);
    for (let s = 1; s < steps; s++) out.push([a[0]! + ((b[0]! - a[0]!) * s) / steps, a[1]! + ((b[1]! - a[1]!) * s) / steps]);
    out.push(b);
  }
  return out;
}

const CELL_DEG = 0.05;
const cellKey = (lng: number, lat: number) => `${Math.floor(lng / CELL_DEG)},${Math.floor(lat / CELL_DEG)}`;
const point = (coordinates: Position): Feature<Point> => ({ type: "Feature", properties: {}, geometry: { type: "Point", coordinates } });

function makeFinder(ways: readonly TrackWay[], tolerance: number) {
  const network: FeatureCollection<LineString> = {
    type: "FeatureCollection",
    features: ways.map((w) => ({ type: "Feature", properties: { osm: w.osm }, geometry: { type: "LineString", coordinates: w.coordinates } })),
  };
  return new PathFinder(network, { tolerance });
}

/** Builds the router once per network (one per extract: they do not share junctions); routing many sections over it is then cheap. */
export function makeTrackRouter(givenWays: readonly TrackWay[]): TrackRouter {
  const ways = givenWays.map((w) => (ROUTE_EXTRACTS.has(w.extract) ? { ...w, coordinates: densify(w.coordinates, ROUTE_POINT_KM) } : w));
  const finders = new Map((Object.keys(JOIN_TOLERANCE_DEG) as ExtractName[]).map((name) => {
    const own = ways.filter((w) => w.extract === name);
    return [name, own.length ? makeFinder(own, JOIN_TOLERANCE_DEG[name]) : undefined] as const;
  }));
  const grid = new Map<string, { c: Position; extract: ExtractName }[]>();
  for (const way of ways) {
    for (const c of way.coordinates) {
      const key = cellKey(c[0]!, c[1]!);
      const cell = grid.get(key);
      if (cell) cell.push({ c, extract: way.extract });
      else grid.set(key, [{ c, extract: way.extract }]);
    }
  }
  return {
    snap(at, only) {
      const [lng, lat] = at as [number, number];
      // 0.05° is 5.5 km of latitude: the 3×3 block around the point covers MAX_SNAP_KM.
      let best: Snap | undefined;
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          for (const { c, extract } of grid.get(cellKey(lng + dx * CELL_DEG, lat + dy * CELL_DEG)) ?? []) {
            const km = distanceKm(at, c);
            if (km <= MAX_SNAP_KM && (!only || extract === only) && (!best || km < best.km)) best = { vertex: c, km, extract };
          }
        }
      }
      return best;
    },
    route(from, to) {
      if (from.extract !== to.extract) return undefined;
      const path = finders.get(from.extract)?.findPath(point(from.vertex), point(to.vertex))?.path;
      if (!path || !ROUTE_EXTRACTS.has(from.extract) || path.length < 3) return path;
      // The points densify added lie on straight legs: a 1 cm simplification takes out exactly
      // those (and any of the route's own points in a straight row), whichever node stood for a joint.
      return simplify(lineString(path), { tolerance: UNBENT_DEG, highQuality: true }).geometry.coordinates;
    },
  };
}
