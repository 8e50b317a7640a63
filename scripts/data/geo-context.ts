// Land, water and countries for the data validator, answered from the same Natural Earth
// geometry the basemap draws. geojson-vt cuts it into zoom-10 tiles on demand, so each
// point test only looks at a tile's worth of coastline (a few hundred metres of precision).
import GeoJSONVT from "geojson-vt";
import type { FeatureCollection } from "geojson";
import type { GeoContext } from "../../src/model/geo-checks.ts";
import type { BasemapLayers } from "../basemap/layers.ts";
import { loadCountries10m } from "../basemap/sources.ts";
import { ringsContain, tileAt } from "../basemap/tile-math.ts";

const Z = 10;
const EXTENT = 4096;

// ISO 3166-1 numeric (Natural Earth's ids) to alpha-2, for the countries the corridors can cross.
const ALPHA2: Record<string, string> = {
  "004": "AF", "031": "AZ", "051": "AM", "112": "BY", "156": "CN", "268": "GE", "356": "IN", "364": "IR",
  "368": "IQ", "398": "KZ", "417": "KG", "496": "MN", "586": "PK", "643": "RU", "762": "TJ", "792": "TR",
  "795": "TM", "804": "UA", "860": "UZ",
};

// Natural Earth draws the Baikonur lease as its own unit, without an ISO id; it is Kazakh territory.
const ALPHA2_BY_NAME: Record<string, string> = { Baikonur: "KZ" };

type VtTile = ReturnType<GeoJSONVT["getTile"]>;

/** Tags of the first polygon in the tile that contains the point. */
function polygonAt(tile: VtTile, px: number, py: number): Record<string, unknown> | undefined {
  for (const feature of tile?.features ?? []) {
    if (feature.type !== 3) continue;
    const rings = (feature.geometry as [number, number][][]).map((ring) => ring.map(([x, y]) => ({ x, y })));
    if (ringsContain(rings, px, py)) return feature.tags ?? {};
  }
  return undefined;
}

function index(data: FeatureCollection): GeoJSONVT {
  return new GeoJSONVT(data, { maxZoom: Z, indexMaxZoom: 4, extent: EXTENT, buffer: 0, tolerance: 0.5 });
}

export function makeGeoContext(layers: Pick<BasemapLayers, "land" | "water">): GeoContext {
  const land = index(layers.land);
  const lakes = index(layers.water);
  const countries = index({
    type: "FeatureCollection",
    features: loadCountries10m().map((c) => ({ ...c, properties: { code: ALPHA2[String(c.id)] ?? ALPHA2_BY_NAME[c.properties.name] ?? `${c.properties.name} (no code)` } })),
  });
  const at = (vt: GeoJSONVT, lng: number, lat: number) => {
    const t = tileAt([lng, lat], Z, EXTENT);
    return polygonAt(vt.getTile(Z, t.x, t.y), t.px, t.py);
  };
  return {
    isWater: (lng, lat) => !at(land, lng, lat) || at(lakes, lng, lat) !== undefined,
    countryAt: (lng, lat) => at(countries, lng, lat)?.code as string | undefined,
  };
}
