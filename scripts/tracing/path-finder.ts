// geojson-path-finder ships CommonJS as its "main" with the class under `default`; under Node's
// ESM loader (tsx) the default import is the module object, under Vite/Vitest it is the class.
import PathFinderModule from "geojson-path-finder";

type PathFinderClass = typeof PathFinderModule;
export const PathFinder: PathFinderClass =
  (PathFinderModule as unknown as { default?: PathFinderClass }).default ?? PathFinderModule;
