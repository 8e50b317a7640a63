/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The public address the site is built for (SITE_URL), ending in "/"; "" when not given. */
  readonly VITE_SITE_URL: string;
  /** "geojson" builds the benchmark's GeoJSON-basemap variant; anything else means PMTiles. */
  readonly VITE_BASEMAP_FORMAT?: string;
}

/** Noto Sans's faces in the subsets the atlas uses (scripts/noto-sans-fonts.ts): each weight's woff2 and its range. */
declare module "virtual:noto-sans-faces" {
  const faces: { weight: number; url: string; unicodeRange: string[] }[];
  export default faces;
}
