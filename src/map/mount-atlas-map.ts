// The only place that creates the MapLibre map. Everything else talks to the small handle it returns.
import { AttributionControl, GPUInitializationError, Map as MapLibreMap, NavigationControl, addProtocol, setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import "maplibre-gl/dist/maplibre-gl.css";
import { Protocol } from "pmtiles";
import type { Point } from "geojson";
import { BASEMAP_ARCHIVE_PATH, basemapGeoJsonPath } from "../model/basemap";
import type { AtlasData, CorridorId, HubKind } from "../model/corridor";
import { overviewExtent } from "../model/extent";
import { lineToPick, nearestHub } from "../model/pick";
import { CLIP_BBOX, INITIAL_BOUNDS } from "../model/region";
import type { Selection } from "../model/view";
import type { Camera } from "../model/view";
import type { ShownYear } from "../model/year";
import { CORRIDOR_LINE_LAYER_IDS, HUB_LAYER_IDS, corridorOverlay } from "./corridor-layers";
import { TODAY_STATE, YEAR_STATE } from "./year-expressions";
import { makeCorridorOpacity } from "./corridor-opacity";
import { makeCorridorHover } from "./corridor-hover";
import { makeFeaturePopup, type PopupWords } from "./feature-popup";
import { makeSelection, type SelectOptions } from "./corridor-selection";
import { writeNamedHubs, writeShownState } from "./shown-state";
import { FIRST_VIEW_PIXEL_RATIO, makeFirstView } from "./first-view";
import { labelFontFaces } from "./fonts";
import { addHubIcon } from "./hub-icons";
import { buildStyle } from "./style";

export interface AtlasMapHandle {
  /** Highlights a corridor (from the legend), or none. */
  highlight(id: CorridorId | undefined): void;
  /** Shows a corridor or hub (it stands out and is framed), or nothing. */
  select(selection: Selection | undefined, options: SelectOptions): void;
  /** Turns MapLibre's own keyboard panning on or off (off during the tour, whose keys step stops). */
  setKeyboardPanning(enabled: boolean): void;
  /** Shows the network as it stood in a past year, as announced for a coming one, or today's. */
  setYear(year: ShownYear): void;
  /** Puts the camera where an address says (Back, Forward, an edited fragment). */
  jumpTo(camera: Camera): void;
  destroy(): void;
}

export type MountResult =
  | { ok: true; map: AtlasMapHandle }
  | { ok: false; reason: "no-webgl" | "failed"; detail: string };

export interface MountOptions {
  /** The site's base path, e.g. "/corridor-atlas/". */
  basePath: string;
  /** The page's own URL, which the base path and the bundled files resolve against. */
  pageHref: string;
  /** The corridors and hubs; without them the map shows the basemap alone. */
  data?: AtlasData;
  /** The present year: setYear's years before it are past, after it to come (model/year.ts). */
  present: number;
  /** The language of the map's country and place labels (a Locale); English when not given. */
  labelLocale?: string;
  /** The words on MapLibre's own controls, in the page's language. */
  controlLabels?: { zoomIn: string; zoomOut: string; toggleAttribution: string; map: string };
  /** Called when the pointer moves onto or off a corridor. */
  onHoverCorridor?: (id: CorridorId | undefined) => void;
  /** Called when a person clicks or taps a corridor's line or a hub's symbol. */
  onPick?: (selection: Selection) => void;
  /** The words of the popup about what was clicked; without them, a click opens no popup. */
  popupWords?: PopupWords;
  /** Where the camera starts (from the address); the overview when not given. */
  camera?: Camera;
  /** Called when a person (not the app) pans or zooms the map. */
  onMovedByHand?: () => void;
  /** Called whenever the camera comes to rest, for the address to follow. */
  onCameraChange?: (camera: Camera) => void;
  /** Called once, when the map is first drawn whole at full resolution and idle (see first-view). */
  onReady?: () => void;
  /** Called for errors after start-up (a tile that failed to load, a lost context). */
  onError?: (detail: string) => void;
}

/** MapLibre's own control texts, by its keys. */
const controlLocale = (labels: NonNullable<MountOptions["controlLabels"]>): Record<string, string> => ({
  "NavigationControl.ZoomIn": labels.zoomIn,
  "NavigationControl.ZoomOut": labels.zoomOut,
  "AttributionControl.ToggleAttribution": labels.toggleAttribution,
  "Map.Title": labels.map,
});

let pmtilesProtocolAdded = false;

function addPmtilesProtocolOnce(): void {
  if (pmtilesProtocolAdded) return;
  addProtocol("pmtiles", new Protocol().tile);
  pmtilesProtocolAdded = true;
}

export function mountAtlasMap(container: HTMLElement, options: MountOptions): MountResult {
  // The worker fetches tiles and fonts itself, so every URL it sees must be absolute.
  const siteUrl = new URL(options.basePath, options.pageHref);
  setWorkerUrl(new URL(workerUrl, options.pageHref).href);
  addPmtilesProtocolOnce();

  let map: MapLibreMap;
  try {
    map = new MapLibreMap({
      container,
      style: buildStyle({
        basemap: import.meta.env.VITE_BASEMAP_FORMAT === "geojson"
          ? { format: "geojson", urlForLayer: (layer) => new URL(basemapGeoJsonPath(layer), siteUrl).href }
          : { format: "pmtiles", url: `pmtiles://${new URL(BASEMAP_ARCHIVE_PATH, siteUrl).href}` },
        fontFaces: labelFontFaces(options.pageHref),
        overlays: options.data ? [corridorOverlay(options.data, options.present)] : [],
        labelLocale: options.labelLocale,
      }),
      ...(options.controlLabels ? { locale: controlLocale(options.controlLabels) } : {}),
      ...(options.camera
        ? { center: [options.camera.lng, options.camera.lat] as [number, number], zoom: options.camera.zoom }
        : { bounds: [...(options.data ? overviewExtent(options.data) : INITIAL_BOUNDS)] as [number, number, number, number], fitBoundsOptions: { padding: 16 } }),
      maxBounds: [...CLIP_BBOX],
      renderWorldCopies: false,
      // No `hash` option: the camera rides in the fragment as `map=zoom/lat/lng`, but the app's one
      // owner of the address (src/ui/address.ts) writes it, beside the quote and the tour stop.
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      pixelRatio: FIRST_VIEW_PIXEL_RATIO,
      // The style is built by code the unit tests validate with MapLibre's own validator, on every
      // page's real data (test/unit/map/mounted-style.test.ts); validating it again in each
      // browser cost ~29 ms of the main thread before the first frame.
      validateStyle: false,
    });
  } catch (error) {
    // MapLibre 6 draws with WebGL 2 only and says so when it cannot have it: a browser with WebGL 1
    // alone gets the no-WebGL notice too. (Asking on a canvas of our own first cost a second context.)
    if (error instanceof GPUInitializationError) return { ok: false, reason: "no-webgl", detail: error.message };
    return { ok: false, reason: "failed", detail: error instanceof Error ? error.message : String(error) };
  }
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), "bottom-right");
  map.addControl(new AttributionControl({ compact: false }), "bottom-left");

  // Hub symbols are drawn on a canvas the first time a layer asks for them: no sprite to fetch.
  map.setMissingStyleImageResolver((id) => {
    if (id.startsWith("hub-")) addHubIcon(map, id.slice("hub-".length) as HubKind);
  });
  const hover = makeCorridorHover(map, (id) => {
    writeShownState(map, options.data, container);
    options.onHoverCorridor?.(id);
  });
  const opacity = options.data ? makeCorridorOpacity(map) : undefined;
  const selection = options.data && opacity ? makeSelection(map, options.data, opacity) : undefined;
  // Feature state and paint changes need the style's layers and sources, which exist once the
  // style has loaded, before any tile has (before then MapLibre throws). A selection or highlight
  // asked for earlier is applied then, so a shared corridor's first tiles are those of its own
  // view, not the overview's, and a pointer resting on the legend at start-up breaks nothing.
  // Only the last call of each kind made before then matters.
  let styleLoaded = false;
  const deferred = new Map<"select" | "highlight" | "year", () => void>();
  const onceStyleLoaded = (kind: "select" | "highlight" | "year", apply: () => void) => {
    if (styleLoaded) apply();
    else deferred.set(kind, apply);
  };
  map.once("style.load", () => {
    styleLoaded = true;
    for (const apply of deferred.values()) apply();
    deferred.clear();
  });

  const popup = options.data && options.popupWords ? makeFeaturePopup(map, options.data, options.popupWords) : undefined;
  // A mouse picks what is exactly under the pointer (the line it highlights), failing that
  // anything within a few pixels; a finger is not a pixel, so a tap looks within those pixels
  // from the start. Hubs come before lines: of overlapping symbols the nearest hub, of lines side
  // by side the corridor shown (src/model/pick.ts). The pick (panel and framing) comes first, then
  // the popup about what was clicked; a click on nothing closes it. Which pointer clicked is the
  // one that pressed last: a click is not a PointerEvent in every browser.
  let lastPointer = "mouse";
  map.getCanvasContainer().addEventListener("pointerdown", (event) => (lastPointer = event.pointerType), { capture: true, passive: true });
  map.on("click", (event) => {
    const { x, y } = event.point;
    const box: [[number, number], [number, number]] = [[x - 6, y - 6], [x + 6, y + 6]];
    const touch = lastPointer !== "mouse";
    const under = (layers: string[]) => {
      const exact = touch ? [] : map.queryRenderedFeatures(event.point, { layers });
      return exact.length ? exact : map.queryRenderedFeatures(box, { layers });
    };
    const hub = nearestHub(under(HUB_LAYER_IDS).map((f) => {
      const at = map.project((f.geometry as Point).coordinates as [number, number]);
      return { id: String(f.properties.id), distancePx: Math.hypot(at.x - x, at.y - y) };
    }));
    const shown = selection?.shown();
    const line = hub ? undefined : lineToPick(under(CORRIDOR_LINE_LAYER_IDS).map((f) => ({
      corridor: f.properties.corridor as CorridorId, segment: String(f.properties.segment), chord: f.properties.chord === true,
    })), shown?.kind === "corridor" ? shown.id : undefined);
    if (hub) {
      options.onPick?.({ kind: "hub", id: hub });
      popup?.openHub(hub);
    } else if (line) {
      options.onPick?.({ kind: "corridor", id: line.corridor });
      popup?.openSection(line, event.lngLat);
    } else popup?.close();
  });
  // Only moves that come from an input event are a person's; the app's own flights have none.
  // `data-moving` lets tests (and benchmarks) wait for the camera to come to rest.
  map.on("movestart", () => container.setAttribute("data-moving", "true"));
  map.on("moveend", (event) => {
    container.setAttribute("data-moving", "false");
    if ("originalEvent" in event && event.originalEvent) options.onMovedByHand?.();
    const { lng, lat } = map.getCenter();
    options.onCameraChange?.({ zoom: map.getZoom(), lat, lng });
  });
  container.setAttribute("data-moving", "false");
  for (const layer of HUB_LAYER_IDS) {
    map.on("mouseenter", layer, () => (map.getCanvas().style.cursor = "pointer"));
    map.on("mouseleave", layer, () => (map.getCanvas().style.cursor = ""));
  }

  let shownYear: ShownYear;
  container.dataset.year = "today";
  const stopFirstView = makeFirstView(map, () => {
    performance.mark("map-ready");
    options.onReady?.();
  });
  // `data-idle`: the camera at rest and every tile drawn, as `data-moving` tells the camera alone;
  // tests and the benchmark watch it (scripts/bench/map-idle.ts) rather than a mark per settle.
  map.on("movestart", () => container.setAttribute("data-idle", "false"));
  map.on("idle", () => {
    if (options.data) writeNamedHubs(map, container);
    container.setAttribute("data-idle", "true");
  });
  map.on("error", (event) => options.onError?.(event.error?.message ?? "map error"));
  map.getCanvas().addEventListener("webglcontextlost", () => options.onError?.("the graphics context was lost"));

  return {
    ok: true,
    map: {
      highlight: (id) => onceStyleLoaded("highlight", () => hover.set(id)),
      setYear: (year) => onceStyleLoaded("year", () => {
        // Only on a change: a new global state re-evaluates every corridor filter.
        if (!opacity || year === shownYear) return;
        shownYear = year;
        map.setGlobalStateProperty(YEAR_STATE, year ?? TODAY_STATE);
        opacity.setDated(year !== undefined);
        // For tests and the curious: the year the map shows, as the address has it.
        container.dataset.year = year === undefined ? "today" : String(year);
      }),
      setKeyboardPanning: (enabled) => (enabled ? map.keyboard.enable() : map.keyboard.disable()),
      jumpTo: ({ zoom, lat, lng }) => map.jumpTo({ zoom, center: [lng, lat] }),
      select: (next, selectOptions) => onceStyleLoaded("select", () => {
        // The container may have just changed size (a phone's sheet closing): MapLibre notices on
        // its own a frame later, but the framing must fit the new size, not the old one.
        const { clientWidth, clientHeight } = map.getContainer();
        if (clientWidth !== map.getCanvas().clientWidth || clientHeight !== map.getCanvas().clientHeight) map.resize();
        selection?.select(next, selectOptions);
        writeShownState(map, options.data, container);
        popup?.closeUnless(next);
      }),
      destroy: () => {
        stopFirstView();
        hover.destroy();
        popup?.close();
        map.remove();
      },
    },
  };
}
