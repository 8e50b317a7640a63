// OpenStreetMap track and stations, in one shape whatever extract they came from: the raw copies in
// ../shared/osm (read only by vendor-osm.ts) or the clipped copy vendored in data/sources/osm.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Feature, FeatureCollection, LineString, Point, Position } from "geojson";

/** One OSM way of railway track, coordinates [lng, lat]. */
export type ExtractName = keyof typeof EXTRACTS;
export interface TrackWay { osm: number; railway: string; extract: ExtractName; coordinates: Position[] }
/** One OSM railway station node. */
export interface OsmStation { osm: number; name: string; extract: ExtractName; lng: number; lat: number }
export interface OsmExtract { track: TrackWay[]; stations: OsmStation[] }

/** Where the vendored extract lives, and its provenance, as every traced section records it. */
export const VENDORED_DIR = "data/sources/osm";
export const EXTRACTS = {
  njfinney: "OpenStreetMap via njfinney/Asia_Railway_Calculator@d44c7e5 (extracted 2026-04-01)",
  xinjiang: "OpenStreetMap via kingtmc314/east-asia-railway-map@05f3995 (extracted 2026-07-05)",
} as const;

// Only running track: disused, abandoned, proposed and construction ways would let the router
// take a line that carries no trains.
const RUNNING_TRACK = new Set(["rail"]);
// Metro and tram stops share the "station" tag in the extracts; a line's chain must skip them.
const NOT_A_RAILWAY_STATION = /metro|метро|مترو|subway|tram/i;

const stationName = (name: string, local: string | undefined) => (local && local !== name ? `${name} (${local})` : name);

interface RawWay { id: number; type: string; geometry: [number, number][] }
interface RawStation { id: number; lat: number; lon: number; name: string; nameLocal?: string; type: string }
interface XinjiangFile {
  lines: Feature<LineString, { osm_id: number; railway: string }>[];
  stations: Feature<Point, { osm_id: number; name: string; "name:en"?: string }>[];
}

/** Reads the raw extracts of ../shared/osm (see its README), deduplicated by OSM id, in id order. */
export function readSharedExtract(dir: string): OsmExtract {
  const ways = new Map<number, TrackWay>();
  const stations = new Map<number, OsmStation>();
  for (const country of ["turkmenistan", "azerbaijan", "afghanistan"]) {
    const raw = JSON.parse(readFileSync(join(dir, "njfinney/railways", `${country}.json`), "utf8")) as RawWay[];
    for (const way of raw) {
      if (!RUNNING_TRACK.has(way.type) || ways.has(way.id)) continue;
      // The extract is [lat, lon]; everything here is [lng, lat].
      ways.set(way.id, { osm: way.id, railway: way.type, extract: "njfinney", coordinates: way.geometry.map(([lat, lon]) => [lon, lat]) });
    }
  }
  for (const country of ["kazakhstan", "russia", "iran", "turkmenistan", "azerbaijan", "afghanistan", "uzbekistan", "turkey", "pakistan"]) {
    const raw = JSON.parse(readFileSync(join(dir, "njfinney/stations", `${country}.json`), "utf8")) as RawStation[];
    for (const s of raw) {
      if (stations.has(s.id) || !["station", "halt", "yard"].includes(s.type)) continue;
      stations.set(s.id, { osm: s.id, name: stationName(s.name, s.nameLocal), extract: "njfinney", lng: s.lon, lat: s.lat });
    }
  }
  const xinjiang = JSON.parse(readFileSync(join(dir, "xinjiang/china-xinjiang.json"), "utf8")) as XinjiangFile;
  for (const line of xinjiang.lines) {
    const { osm_id: id, railway } = line.properties;
    if (RUNNING_TRACK.has(railway) && !ways.has(id)) ways.set(id, { osm: id, railway, extract: "xinjiang", coordinates: line.geometry.coordinates });
  }
  for (const point of xinjiang.stations) {
    const { osm_id: id, name } = point.properties;
    const [lng, lat] = point.geometry.coordinates as [number, number];
    if (!stations.has(id)) stations.set(id, { osm: id, name: stationName(point.properties["name:en"] ?? name, name), extract: "xinjiang", lng, lat });
  }
  return {
    track: [...ways.values()].sort((a, b) => a.osm - b.osm),
    stations: [...stations.values()].filter((s) => !NOT_A_RAILWAY_STATION.test(s.name)).sort((a, b) => a.osm - b.osm),
  };
}

export type TrackFile = FeatureCollection<LineString, Omit<TrackWay, "coordinates">>;
export type StationFile = FeatureCollection<Point, Omit<OsmStation, "lng" | "lat">>;

export function trackToGeoJson(track: TrackWay[]): TrackFile {
  return {
    type: "FeatureCollection",
    features: track.map((w) => ({ type: "Feature", properties: { osm: w.osm, railway: w.railway, extract: w.extract }, geometry: { type: "LineString", coordinates: w.coordinates } })),
  };
}

export function stationsToGeoJson(stations: OsmStation[]): StationFile {
  return {
    type: "FeatureCollection",
    features: stations.map((s) => ({ type: "Feature", properties: { osm: s.osm, name: s.name, extract: s.extract }, geometry: { type: "Point", coordinates: [s.lng, s.lat] } })),
  };
}

/** Reads the vendored extract (data/sources/osm); the tracing step reads nothing else from OSM. */
export function readVendoredExtract(dir = VENDORED_DIR): OsmExtract {
  const track = JSON.parse(readFileSync(join(dir, "track.geojson"), "utf8")) as TrackFile;
  const stations = JSON.parse(readFileSync(join(dir, "stations.geojson"), "utf8")) as StationFile;
  return {
    track: track.features.map((f) => ({ ...f.properties, coordinates: f.geometry.coordinates })),
    stations: stations.features.map((f) => ({ ...f.properties, lng: f.geometry.coordinates[0]!, lat: f.geometry.coordinates[1]! })),
  };
}
