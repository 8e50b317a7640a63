/** Where the validated data bundle is served, under the site's base (written by scripts/validate-data.ts). */
export const ATLAS_DATA_PATH = "data/atlas.json";
