// What the map shows, read back from MapLibre's own feature state and written on its container
// (`data-selected="corridor:kti"`, `data-highlighted="kti"`) and the hubs whose names it drew
// (`data-named-hubs`): what a test can check without trusting the code that asked for it. If a
// selection or highlight never reached the map, or a name was never placed, the attributes say so.
import type { Map as MapLibreMap } from "maplibre-gl";
import type { AtlasData } from "../model/corridor";
import { CORRIDOR_SOURCE_ID, HUB_LABEL_LAYER_IDS, HUB_SOURCE_ID } from "./corridor-layers";

export function writeShownState(map: MapLibreMap, data: AtlasData | undefined, container: HTMLElement): void {
  if (!data) return;
  const state = (source: string, id: string) => map.getFeatureState({ source, id });
  const corridorIds = data.corridors.map((c) => c.id);
  const hubIds = data.hubs.features.map((h) => h.properties.id);
  container.dataset.selected = [
    ...corridorIds.filter((id) => state(CORRIDOR_SOURCE_ID, id).selected).map((id) => `corridor:${id}`),
    ...hubIds.filter((id) => state(HUB_SOURCE_ID, id).selected).map((id) => `hub:${id}`),
  ].join(" ");
  container.dataset.highlighted = corridorIds.filter((id) => state(CORRIDOR_SOURCE_ID, id).hover).join(" ");
}

/** The hubs whose names the map has placed on screen (MapLibre leaves out a label that would collide). */
export function writeNamedHubs(map: MapLibreMap, container: HTMLElement): void {
  const named = map.queryRenderedFeatures({ layers: HUB_LABEL_LAYER_IDS }).map((f) => String(f.properties.id));
  container.dataset.namedHubs = [...new Set(named)].sort().join(" ");
}
