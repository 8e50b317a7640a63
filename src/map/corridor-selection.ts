// Shows one corridor or hub: it stands out, the rest recede, and the camera frames it.
import type { ExpressionSpecification, Map as MapLibreMap, PaddingOptions } from "maplibre-gl";
import { bbox } from "@turf/bbox";
import type { AtlasData } from "../model/corridor";
import { INITIAL_BOUNDS } from "../model/region";
import type { Selection } from "../state/selection";
import { CORRIDOR_LINE_LAYER_IDS, CORRIDOR_SOURCE_ID, HUB_SOURCE_ID } from "./corridor-layers";

const HUB_ZOOM = 7;

const selected: ExpressionSpecification = ["boolean", ["feature-state", "selected"], false];

export interface SelectOptions {
  /** Room the panel takes over the map, so the selection is framed where it can be seen. */
  padding: PaddingOptions;
  /** Jump instead of flying (reduced motion). */
  instant: boolean;
  /** Move the camera to the selection; false keeps the camera (e.g. one given by the address). */
  frame: boolean;
}

export function makeSelection(map: MapLibreMap, data: AtlasData) {
  let current: Selection | undefined;
  const setState = (selection: Selection | undefined, value: boolean) => {
    if (!selection) return;
    const source = selection.kind === "corridor" ? CORRIDOR_SOURCE_ID : HUB_SOURCE_ID;
    map.setFeatureState({ source, id: selection.id }, { selected: value });
  };
  // Only on a change: every setPaintProperty starts a 300 ms paint transition, and a map in
  // transition is not idle, so a needless call at load delayed the first idle (map-ready).
  let receded = false;
  const recede = (on: boolean) => {
    if (on === receded) return;
    receded = on;
    for (const layer of CORRIDOR_LINE_LAYER_IDS) {
      map.setPaintProperty(layer, "line-opacity", on ? ["case", selected, 1, 0.22] : 1);
    }
  };

  const frame = (selection: Selection, { padding, instant }: SelectOptions) => {
    const move = { padding, duration: instant ? 0 : 1200, essential: false };
    if (selection.kind === "corridor") {
      const corridor = data.corridors.find((c) => c.id === selection.id);
      if (!corridor) return;
      const [w, s, e, n] = bbox(corridor.segments);
      map.fitBounds([w, s, e, n], { ...move, maxZoom: 7 });
    } else {
      const hub = data.hubs.features.find((h) => h.properties.id === selection.id);
      if (!hub) return;
      const [lng, lat] = hub.geometry.coordinates;
      map.easeTo({ ...move, center: [lng!, lat!], zoom: Math.max(map.getZoom(), HUB_ZOOM) });
    }
  };

  return {
    select(selection: Selection | undefined, options: SelectOptions) {
      setState(current, false);
      setState(selection, true);
      // Corridors recede only when a corridor is picked; a hub keeps every line readable.
      recede(selection?.kind === "corridor");
      current = selection;
      if (!options.frame) return;
      if (selection) frame(selection, options);
      else map.fitBounds([...INITIAL_BOUNDS], { padding: options.padding, duration: options.instant ? 0 : 1200 });
    },
  };
}
