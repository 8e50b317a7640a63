/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** "geojson" builds the benchmark's GeoJSON-basemap variant; anything else means PMTiles. */
  readonly VITE_BASEMAP_FORMAT?: string;
}
