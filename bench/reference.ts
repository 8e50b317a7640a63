// The benchmark's yardstick: the plainest page that could show this map. The same maplibre-gl,
// Natural Earth 50m land and the atlas's own corridor lines as plain GeoJSON; no UI, no labels.
import { Map as MapLibreMap, setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import "maplibre-gl/dist/maplibre-gl.css";
import { INITIAL_BOUNDS } from "../src/model/region";
import { THEME } from "../src/map/theme";

setWorkerUrl(new URL(workerUrl, location.href).href);
const data = (file: string) => new URL(file, location.href).href;
const map = new MapLibreMap({
  container: "map",
  bounds: [...INITIAL_BOUNDS],
  fitBoundsOptions: { padding: 16 },
  style: {
    version: 8,
    sources: {
      land: { type: "geojson", data: data("land-50m.geojson") },
      corridors: { type: "geojson", data: data("corridors.geojson") },
    },
    layers: [
      { id: "sea", type: "background", paint: { "background-color": THEME.sea } },
      { id: "land", type: "fill", source: "land", paint: { "fill-color": THEME.land } },
      { id: "corridors", type: "line", source: "corridors", paint: { "line-color": ["get", "colour"], "line-width": 2.5 } },
    ],
  },
});
map.once("idle", () => performance.mark("map-ready"));
