// Shows one corridor or hub: it stands out, the rest recede, and the camera frames it.
import type { LngLat, Map as MapLibreMap, PaddingOptions } from "maplibre-gl";
import type { AtlasData } from "../model/corridor";
import { corridorExtent, overviewExtent } from "../model/extent";
import { CLIP_BBOX, bboxUnion, growByPixels, type BBox } from "../model/region";
import { HUB_ZOOM, type Selection } from "../model/view";
import { CORRIDOR_SOURCE_ID, HUB_SOURCE_ID, SHOWN_CORRIDOR_STATE, SHOWN_HUB_STATE } from "./corridor-layers";
import type { CorridorOpacity } from "./corridor-opacity";
import { HUB_EDGES_STATE, hubEdges } from "./hub-name-places";

/** A corridor is framed whole, but a short one is not blown up past this. */
const CORRIDOR_MAX_ZOOM = 7;

export interface SelectOptions {
  /** What lies over the map (legend, caption, controls) plus a margin: the selection is framed in the rest. */
  padding: PaddingOptions;
  /** Jump instead of flying (reduced motion). */
  instant: boolean;
  /** Move the camera to the selection; false keeps the camera (e.g. one given by the address). */
  frame: boolean;
}

export function makeSelection(map: MapLibreMap, data: AtlasData, opacity: CorridorOpacity) {
  let current: Selection | undefined;
  const setState = (selection: Selection | undefined, value: boolean) => {
    if (!selection) return;
    const source = selection.kind === "corridor" ? CORRIDOR_SOURCE_ID : HUB_SOURCE_ID;
    map.setFeatureState({ source, id: selection.id }, { selected: value });
  };

  // Every view is framed the same way, whatever came before: a box fitted into the free part of
  // the map. (easeTo's `padding` would stay on the map and add to every later fit: after a hub,
  // a corridor was framed into a sliver and zoomed out to all of Eurasia.)
  const extentOf = (selection: Selection | undefined): { bounds: BBox; maxZoom: number } | undefined => {
    if (!selection) return { bounds: overviewExtent(data), maxZoom: CORRIDOR_MAX_ZOOM };
    if (selection.kind === "corridor") {
      const corridor = data.corridors.find((c) => c.id === selection.id);
      return corridor && { bounds: corridorExtent(corridor), maxZoom: CORRIDOR_MAX_ZOOM };
    }
    const hub = data.hubs.features.find((h) => h.properties.id === selection.id);
    if (!hub) return undefined;
    const [lng, lat] = hub.geometry.coordinates as [number, number];
    return { bounds: [lng, lat, lng, lat], maxZoom: HUB_ZOOM };
  };
  // Which hubs lie near an edge of the view about to be shown, so that their names are set
  // towards the middle (hub-name-places): set with the corridor shown, before the camera moves,
  // so MapLibre lays the labels out once. (MapLibre lays them out again only on a change.)
  // The edges are those of the part of the map the framing fits into (the canvas less the zoom
  // buttons, the legend, the tour's caption, and its margins): a name run under what lies over the
  // map is as cut as one run off it.
  let insetShown: PaddingOptions = { top: 0 };
  const showEdgesOf = (center: LngLat, zoom: number, inset: PaddingOptions) => {
    insetShown = inset;
    const canvas = map.getCanvas();
    map.setGlobalStateProperty(HUB_EDGES_STATE, hubEdges(data.hubs.features, { ...center, zoom, widthPx: canvas.clientWidth, heightPx: canvas.clientHeight, inset }));
  };

  // Once the camera is at rest (a flight landed or was cut short, the reader panned or zoomed, the
  // window changed size), from where it is: a name kept off an edge the view no longer has near
  // would be cut at the other one. Only from the first selection on: a selection is made once
  // the style has loaded, and MapLibre refuses a global state before (a camera from the address
  // comes to rest sooner). (MapLibre adds a listener once however often it is given.)
  const followMove = () => showEdgesOf(map.getCenter(), map.getZoom(), insetShown);

  let framings = 0;
  const frame = (selection: Selection | undefined, { padding, instant }: SelectOptions) => {
    const extent = extentOf(selection);
    if (!extent) return;
    const [w, s, e, n] = extent.bounds;
    const camera = map.cameraForBounds([w, s, e, n], { padding, maxZoom: extent.maxZoom });
    const zoom = camera?.zoom ?? map.getZoom();
    // cameraForBounds gives its centre as a LngLat.
    showEdgesOf((camera?.center as LngLat | undefined) ?? map.getCenter(), zoom, padding);
    // The map may look past the basemap's edge as far as what lies over it covers at the framed
    // zoom: on a tall phone the tour's caption covers the lower half, and a maxBounds of the
    // basemap alone held a long corridor back from the free half, under the caption. (Zoomed in
    // further, the same degrees are more pixels: the reader may pan a little further out.)
    const fitted = growByPixels(CLIP_BBOX, padding, zoom);
    // Widened at once, so the camera neither jumps before it sets off nor is held back on its
    // way; narrowed once it has come to rest, unless another framing has begun since.
    const before = map.getMaxBounds()?.toArray().flat() as BBox | undefined;
    map.setMaxBounds([...(before ? bboxUnion(before, fitted) : fitted)]);
    const framing = ++framings;
    map.once("moveend", () => {
      if (framing === framings) map.setMaxBounds([...fitted]);
    });
    map.fitBounds([w, s, e, n], { padding, maxZoom: extent.maxZoom, duration: instant ? 0 : 1200, essential: false });
  };

  return {
    /** The view shown now. */
    shown: () => current,
    select(selection: Selection | undefined, options: SelectOptions) {
      map.on("moveend", followMove);
      setState(current, false);
      setState(selection, true);
      // Corridors recede only when a corridor is picked; a hub keeps every line readable.
      opacity.setReceded(selection?.kind === "corridor");
      // Only on a change: a filter reads it, so MapLibre lays the map's labels out again.
      const shownCorridor = selection?.kind === "corridor" ? selection.id : "";
      if (shownCorridor !== (current?.kind === "corridor" ? current.id : "")) map.setGlobalStateProperty(SHOWN_CORRIDOR_STATE, shownCorridor);
      const shownHub = selection?.kind === "hub" ? selection.id : "";
      if (shownHub !== (current?.kind === "hub" ? current.id : "")) map.setGlobalStateProperty(SHOWN_HUB_STATE, shownHub);
      current = selection;
      if (options.frame) frame(selection, options);
      else showEdgesOf(map.getCenter(), map.getZoom(), options.padding);
    },
  };
}
