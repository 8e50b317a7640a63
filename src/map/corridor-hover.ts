// Highlights one corridor at a time, from the pointer over its line or from the legend.
import type { Map as MapLibreMap, MapLayerMouseEvent } from "maplibre-gl";
import type { CorridorId } from "../model/corridor";
import { CORRIDOR_LINE_LAYER_IDS, CORRIDOR_SOURCE_ID } from "./corridor-layers";

export interface CorridorHover {
  /** Highlights `id`, or nothing when undefined. */
  set(id: CorridorId | undefined): void;
  destroy(): void;
}

export function makeCorridorHover(map: MapLibreMap, onChange: (id: CorridorId | undefined) => void): CorridorHover {
  let current: CorridorId | undefined;
  const set = (id: CorridorId | undefined) => {
    if (id === current) return;
    if (current) map.setFeatureState({ source: CORRIDOR_SOURCE_ID, id: current }, { hover: false });
    if (id) map.setFeatureState({ source: CORRIDOR_SOURCE_ID, id }, { hover: true });
    current = id;
    map.getCanvas().style.cursor = id ? "pointer" : "";
    onChange(id);
  };
  const onMove = (event: MapLayerMouseEvent) => set(event.features?.[0]?.properties?.corridor as CorridorId | undefined);
  const onLeave = () => set(undefined);
  for (const layer of CORRIDOR_LINE_LAYER_IDS) {
    map.on("mousemove", layer, onMove);
    map.on("mouseleave", layer, onLeave);
  }
  return {
    set,
    destroy: () => {
      for (const layer of CORRIDOR_LINE_LAYER_IDS) {
        map.off("mousemove", layer, onMove);
        map.off("mouseleave", layer, onLeave);
      }
    },
  };
}
