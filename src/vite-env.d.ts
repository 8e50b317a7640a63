/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The public address the site is built for (SITE_URL), ending in "/". */
  readonly VITE_SITE_URL: string;
  /** "geojson" builds the benchmark's GeoJSON-basemap variant; anything else means PMTiles. */
  readonly VITE_BASEMAP_FORMAT?: string;
}
