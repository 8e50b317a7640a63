// Where no track is at hand, a line is drawn through its stations in line order. Given the places a
// section is declared to pass, this finds every station between them, with geojson-path-finder over
// a graph of hops between nearby stations.
import { PathFinder } from "./path-finder.ts";
import type { Feature, FeatureCollection, LineString, Point, Position } from "geojson";
import { distanceKm } from "../../src/model/geo-checks.ts";
import type { OsmStation } from "./osm-extract.ts";

/** Stations farther than this from the declared places' polyline are not candidates. */
export const CORRIDOR_KM = 35;
/**
 * The longest hop between two consecutive stations that the chain takes on its own. A longer gap
 * (a desert stretch with no station mapped) must be declared as a chord, with its reason.
 */
export const MAX_HOP_KM = 50;

const at = (s: OsmStation): Position => [s.lng, s.lat];
const point = (coordinates: Position): Feature<Point> => ({ type: "Feature", properties: {}, geometry: { type: "Point", coordinates } });

/** Distance from a point to a straight leg, in km (flat-earth within a leg: legs are short). */
export function kmToLeg(p: Position, a: Position, b: Position): number {
  const kx = Math.cos(((a[1]! + b[1]!) / 2) * (Math.PI / 180));
  const [px, py, ax, ay, bx, by] = [p[0]! * kx, p[1]!, a[0]! * kx, a[1]!, b[0]! * kx, b[1]!];
  const [dx, dy] = [bx - ax, by - ay];
  const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return distanceKm([(ax + t * dx) / kx, ay + t * dy], p);
}

export type ChainResult = { stations: OsmStation[] } | { gap: [OsmStation, OsmStation] };

/**
 * A hop's cost: its length plus a share of its square. The square makes stopping at a station on
 * the way cheaper than jumping past it; the length keeps the chain from detouring to a station off
 * the line (a port spur, a yard across town) just to split a hop.
 */
const hopCost = (km: number) => km + HOP_SQUARE_WEIGHT * km * km;
export const HOP_SQUARE_WEIGHT = 0.015;

/**
 * Every station from the first declared place to the last, in line order, never taking a hop longer
 * than MAX_HOP_KM. Deterministic: same inputs, same chain.
 */
export function chainStations(all: readonly OsmStation[], places: readonly OsmStation[], maxHopKm = MAX_HOP_KM): ChainResult {
  const legs = places.slice(1).map((to, i) => [at(places[i]!), at(to)] as const);
  const candidates = all.filter((s) => places.includes(s) || legs.some(([a, b]) => kmToLeg(at(s), a, b) <= CORRIDOR_KM));
  const hops: Feature<LineString>[] = [];
  for (let i = 0; i < candidates.length; i++) {
    for (let j = i + 1; j < candidates.length; j++) {
      const [a, b] = [at(candidates[i]!), at(candidates[j]!)];
      if (distanceKm(a, b) <= maxHopKm) hops.push({ type: "Feature", properties: {}, geometry: { type: "LineString", coordinates: [a, b] } });
    }
  }
  const network: FeatureCollection<LineString> = { type: "FeatureCollection", features: hops };
  const finder = new PathFinder(network, { weight: (a, b) => hopCost(distanceKm(a, b)) });
  const byPosition = new Map(candidates.map((s) => [at(s).join(","), s]));
  const chain: OsmStation[] = [places[0]!];
  for (let i = 1; i < places.length; i++) {
    const [from, to] = [places[i - 1]!, places[i]!];
    const path = from === to ? undefined : finder.findPath(point(at(from)), point(at(to)))?.path;
    if (!path) return { gap: [from, to] };
    for (const c of path.slice(1)) {
      const station = byPosition.get(c.join(","));
      if (station && station !== chain[chain.length - 1]) chain.push(station);
    }
  }
  return { stations: chain };
}
