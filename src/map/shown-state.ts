// What the map shows, read back from MapLibre's own feature state and written on its container
// (`data-selected="corridor:kti"`, `data-highlighted="kti"`): what a test can check without
// trusting the code that asked for it. If a selection or highlight never reached the map, the
// attributes say so.
import type { Map as MapLibreMap } from "maplibre-gl";
import type { AtlasData } from "../model/corridor";
import { CORRIDOR_SOURCE_ID, HUB_SOURCE_ID } from "./corridor-layers";

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
