// The only place that creates the MapLibre map. Everything else talks to the small handle it returns.
import { AttributionControl, Map as MapLibreMap, NavigationControl, addProtocol, setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import "maplibre-gl/dist/maplibre-gl.css";
import { Protocol } from "pmtiles";
import { BASEMAP_ARCHIVE_PATH } from "../model/basemap";
import { CLIP_BBOX, INITIAL_BOUNDS } from "../model/region";
import { labelFontFaces } from "./fonts";
import { buildStyle } from "./style";

export interface AtlasMapHandle {
  destroy(): void;
}

export type MountResult =
  | { ok: true; map: AtlasMapHandle }
  | { ok: false; reason: "no-webgl" | "failed"; detail: string };

export interface MountOptions {
  /** The site's base path, e.g. "/corridor-atlas/". */
  basePath: string;
  /** Called once, when the map first goes idle with everything drawn. */
  onReady?: () => void;
  /** Called for errors after start-up (a tile that failed to load, a lost context). */
  onError?: (detail: string) => void;
}

let pmtilesProtocolAdded = false;

function addPmtilesProtocolOnce(): void {
  if (pmtilesProtocolAdded) return;
  addProtocol("pmtiles", new Protocol().tile);
  pmtilesProtocolAdded = true;
}

function hasWebGl(): boolean {
  const canvas = document.createElement("canvas");
  return Boolean(canvas.getContext("webgl2") ?? canvas.getContext("webgl"));
}

export function mountAtlasMap(container: HTMLElement, options: MountOptions): MountResult {
  if (!hasWebGl()) return { ok: false, reason: "no-webgl", detail: "WebGL is not available" };
  // The worker fetches tiles and fonts itself, so every URL it sees must be absolute.
  const siteUrl = new URL(options.basePath, window.location.href);
  setWorkerUrl(new URL(workerUrl, window.location.href).href);
  addPmtilesProtocolOnce();

  let map: MapLibreMap;
  try {
    map = new MapLibreMap({
      container,
      style: buildStyle({
        basemapUrl: `pmtiles://${new URL(BASEMAP_ARCHIVE_PATH, siteUrl).href}`,
        fontFaces: labelFontFaces(window.location.href),
      }),
      bounds: [...INITIAL_BOUNDS],
      fitBoundsOptions: { padding: 16 },
      maxBounds: [...CLIP_BBOX],
      renderWorldCopies: false,
      hash: true,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
    });
  } catch (error) {
    return { ok: false, reason: "failed", detail: error instanceof Error ? error.message : String(error) };
  }
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), "bottom-right");
  map.addControl(new AttributionControl({ compact: false }), "bottom-left");

  map.once("idle", () => {
    performance.mark("map-ready");
    options.onReady?.();
  });
  map.on("error", (event) => options.onError?.(event.error?.message ?? "map error"));

  return { ok: true, map: { destroy: () => map.remove() } };
}
