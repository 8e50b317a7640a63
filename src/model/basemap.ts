// The contract between the basemap build (scripts/basemap) and the map style (src/map):
// the source-layer names inside the PMTiles archive and where the archive is served.

/** Source-layer names in the basemap archive, in drawing order. */
export const BASEMAP_LAYERS = {
  land: "land",
  water: "water",
  river: "river",
  boundary: "boundary",
  countryLabel: "country_label",
  place: "place",
} as const;

export type BasemapLayerName = (typeof BASEMAP_LAYERS)[keyof typeof BASEMAP_LAYERS];

/** Path of the archive under the site's base, written by `npm run basemap`. */
export const BASEMAP_ARCHIVE_PATH = "basemap/basemap.pmtiles";

/** Where the per-layer GeoJSON files go when the basemap is built as GeoJSON (benchmark only). */
export const basemapGeoJsonPath = (layer: string): string => `basemap/${layer}.geojson`;

/** Tiles are cut from z0 to this zoom; MapLibre overzooms them beyond. */
export const BASEMAP_MAX_ZOOM = 6;

/** Place ranks in the `place` layer: lower is more important and shows earlier. */
export const PLACE_RANK = { capital: 1, majorCity: 2, city: 3 } as const;

/**
 * The tile property holding a label's name in one language: "name" (English, as the sources
 * have it), or "name_ru" / "name_kk", written at build time from the translations.
 */
export const labelNameProperty = (locale: string): string => (locale === "en" ? "name" : `name_${locale}`);

export const BASEMAP_ATTRIBUTION = "Natural Earth · GeoNames";
