// OpenStreetMap track and stations, in one shape whatever extract they came from: the raw copies in
// ../shared/osm (read only by vendor-osm.ts) or the clipped copy vendored in data/sources/osm.
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
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
  georgia: "OpenStreetMap via Argbjorn/georgian_railway_2025@4d2e52c (overpass export 2026-01-27)",
  uzbekistan: "OpenStreetMap via Temurbek-stack/Railway_Project_Uzbekistan@213bb77 (Geofabrik railway layer, clipped to Uzbekistan)",
  grondstoffen: "OpenStreetMap via larswalters/grondstoffen-atlas (rail routes over Geofabrik extracts, built 2026-09-28 and 2026-10-09, simplified to 10 m)",
} as const;

/**
 * Extracts of whole routes rather than of the network: used only where no other extract has track
 * near every place of a section (they are simplified, and hold no way ids). Kazakhstan's main
 * lines come only from such routes.
 */
export const ROUTE_EXTRACTS: ReadonlySet<ExtractName> = new Set(["grondstoffen"]);

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

/** In Georgia's export some ways stop a few metres short of the way they join (up to 40 m on the BTK line). */
const NEAR_MISS_DEG = 0.0005;

/**
 * Short connectors from each way end to the nearest vertex of another way within `toleranceDeg`,
 * so the router sees the junction the mapper meant. Nothing is moved; each connector is a way of
 * its own (`railway: "connector"`, no OSM id) and at most ~40 m long. Deterministic: ways in order.
 */
function nearMissConnectors(ways: readonly TrackWay[], toleranceDeg: number): TrackWay[] {
  const cell = (c: Position) => `${Math.floor(c[0]! / toleranceDeg)},${Math.floor(c[1]! / toleranceDeg)}`;
  const grid = new Map<string, { c: Position; way: TrackWay }[]>();
  for (const way of ways) for (const c of way.coordinates) grid.set(cell(c), [...(grid.get(cell(c)) ?? []), { c, way }]);
  const connectors: TrackWay[] = [];
  for (const way of ways) {
    for (const end of [way.coordinates[0]!, way.coordinates[way.coordinates.length - 1]!]) {
      const [cx, cy] = cell(end).split(",").map(Number) as [number, number];
      let best: Position | undefined;
      let bestDeg = toleranceDeg;
      for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) {
        for (const { c, way: other } of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
          const deg = Math.hypot(c[0]! - end[0]!, c[1]! - end[1]!);
          if (other !== way && deg < bestDeg) [best, bestDeg] = [c, deg];
        }
      }
      // A way end already on another way (deg 0) needs no connector.
      if (best && bestDeg > 0) connectors.push({ osm: 0, railway: "connector", extract: way.extract, coordinates: [end, best] });
    }
  }
  return connectors;
}

interface OverpassFile { features: Feature<LineString, { "@id": string; railway: string }>[] }
/** One route of larswalters/grondstoffen-atlas (v2/data/stroomroute-*.json): legs by mode, points [lon, lat]. */
interface RouteFile { punt_formaat: string; benen: { modaliteit: string; stippel?: boolean; naam: string; punten: Position[] }[] }
interface GeofabrikFile { features: Feature<LineString, { osm_id: string | null; fclass: string }>[] }

/** The order track is kept in, whatever extracts it came from: by OSM id, then extract (stable for ways without an id). */
export const byWay = (a: TrackWay, b: TrackWay): number => a.osm - b.osm || a.extract.localeCompare(b.extract);

/** Extracts that are not in ../shared/osm, each a file named when vendoring (data/sources/osm/README.md). */
export interface ExtraExtracts {
  /** Georgia's railways, an overpass-turbo export (GeoJSON). */
  georgia?: string;
  /** Uzbekistan's railways, Geofabrik's layer as GeoJSON (shp2json of the repository's shapefile). */
  uzbekistan?: string;
  /** A folder of grondstoffen-atlas route files (stroomroute-*.json): Kazakhstan's main lines. */
  grondstoffen?: string;
}

/**
 * The rail legs of the route files in `dir`, one way each (a leg copied into several routes once).
 * Only legs routed over OSM's rail network: not the dashed ("stippel") schematic ones.
 */
function readRouteWays(dir: string): TrackWay[] {
  const seen = new Set<string>();
  const ways: TrackWay[] = [];
  for (const file of readdirSync(dir).filter((f) => /^stroomroute-.+\.json$/.test(f)).sort()) {
    const route = JSON.parse(readFileSync(join(dir, file), "utf8")) as RouteFile;
    if (route.punt_formaat !== "lonlat") throw new Error(`${file}: points are "${route.punt_formaat}", not lonlat`);
    for (const leg of route.benen) {
      const key = JSON.stringify(leg.punten);
      if (leg.modaliteit !== "spoor" || leg.stippel || seen.has(key)) continue;
      seen.add(key);
      ways.push({ osm: 0, railway: "rail", extract: "grondstoffen", coordinates: leg.punten });
    }
  }
  return ways;
}

/**
 * Reads the raw extracts of ../shared/osm (see its README) and Georgia's track (an overpass export,
 * see data/sources/osm/README.md), deduplicated by OSM id, in id order.
 */
export function readSharedExtract(dir: string, extra: ExtraExtracts = {}): OsmExtract {
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
  // Georgia's network is kept whole, even the ways around Tbilisi the Azerbaijan box also has:
  // each extract is routed on its own, and its lines must join up within it.
  const georgiaWays: TrackWay[] = [];
  if (extra.georgia) {
    const georgia = JSON.parse(readFileSync(extra.georgia, "utf8")) as OverpassFile;
    for (const line of georgia.features) {
      const id = Number(line.properties["@id"].replace("way/", ""));
      if (RUNNING_TRACK.has(line.properties.railway)) georgiaWays.push({ osm: id, railway: line.properties.railway, extract: "georgia", coordinates: line.geometry.coordinates });
    }
    georgiaWays.push(...nearMissConnectors(georgiaWays, NEAR_MISS_DEG));
  }
  // Uzbekistan's network whole too (the Turkmenistan and Afghanistan boxes have its south). Records
  // without an OSM id are the repository author's own additions, not OSM data: left out.
  const uzbekWays: TrackWay[] = [];
  if (extra.uzbekistan) {
    const uzbek = JSON.parse(readFileSync(extra.uzbekistan, "utf8")) as GeofabrikFile;
    for (const line of uzbek.features) {
      const { osm_id: id, fclass } = line.properties;
      if (id && RUNNING_TRACK.has(fclass)) uzbekWays.push({ osm: Number(id), railway: fclass, extract: "uzbekistan", coordinates: line.geometry.coordinates });
    }
  }
  const routeWays = extra.grondstoffen ? readRouteWays(extra.grondstoffen) : [];
  for (const point of xinjiang.stations) {
    const { osm_id: id, name } = point.properties;
    const [lng, lat] = point.geometry.coordinates as [number, number];
    if (!stations.has(id)) stations.set(id, { osm: id, name: stationName(point.properties["name:en"] ?? name, name), extract: "xinjiang", lng, lat });
  }
  return {
    track: [...ways.values(), ...georgiaWays, ...uzbekWays, ...routeWays].sort(byWay),
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

/** The extra extracts named in the environment: GEORGIA_OSM, UZBEKISTAN_OSM and GRONDSTOFFEN_ROUTES (see data/sources/osm/README.md). */
export function extraExtracts(): ExtraExtracts {
  const at = (name: string) => (process.env[name] ? resolve(process.env[name]!) : undefined);
  return { georgia: at("GEORGIA_OSM"), uzbekistan: at("UZBEKISTAN_OSM"), grondstoffen: at("GRONDSTOFFEN_ROUTES") };
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
