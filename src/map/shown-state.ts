// What the map shows, read back from MapLibre's own feature state and written on its container
// (`data-selected="corridor:kti"`, `data-highlighted="kti"`) and the hubs whose names it drew
// (`data-named-hubs`), those whose names run past the map's edge or under its buttons
// (`data-hub-names-cut`) or over another hub's symbol (`data-hub-names-over-hubs`): what a test
// can check without trusting the code that asked for it. If a selection or highlight never reached
// the map, or a name was never placed, the attributes say so.
import type { Point } from "geojson";
import type { Map as MapLibreMap } from "maplibre-gl";
import type { AtlasData } from "../model/corridor";
import { CORRIDOR_SOURCE_ID, HUB_LABEL_LAYER_IDS, HUB_LAYER_IDS, HUB_SOURCE_ID } from "./corridor-layers";

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

type Box = [[number, number], [number, number]];
const hubIdsIn = (map: MapLibreMap, box?: Box) =>
  (box ? map.queryRenderedFeatures(box, { layers: HUB_LABEL_LAYER_IDS }) : map.queryRenderedFeatures({ layers: HUB_LABEL_LAYER_IDS }))
    .map((f) => String(f.properties.id));
const idList = (ids: string[]) => [...new Set(ids)].sort().join(" ");

/**
 * The hubs whose names the map has placed on screen (MapLibre leaves out a label that would
 * collide), and those whose name reaches past an edge of the canvas (MapLibre places a label
 * that hangs up to 100 px off the map) or under one of its controls (the zoom buttons, the
 * credit): a cut name ("ort of Poti") is what a reader sees.
 */
export function writeNamedHubs(map: MapLibreMap, container: HTMLElement): void {
  container.dataset.namedHubs = idList(hubIdsIn(map));
  const canvas = map.getCanvas().getBoundingClientRect();
  const past = 4; // beyond a label's box's own padding (text-padding, 2 px)
  const edges: Box[] = [
    [[-past - 1, 0], [-past, canvas.height]], [[canvas.width + past, 0], [canvas.width + past + 1, canvas.height]],
    [[0, -past - 1], [canvas.width, -past]], [[0, canvas.height + past], [canvas.width, canvas.height + past + 1]],
  ];
  // A hidden control (the zoom buttons in the tour) measures 0×0 at the corner: left out.
  const shownControls = [...map.getContainer().querySelectorAll(".maplibregl-ctrl")].filter((control) => control.getClientRects().length > 0);
  const controls = shownControls.map((control): Box => {
    const r = control.getBoundingClientRect();
    return [[r.left - canvas.left, r.top - canvas.top], [r.right - canvas.left, r.bottom - canvas.top]];
  });
  container.dataset.hubNamesCut = idList([...edges, ...controls].flatMap((box) => hubIdsIn(map, box)));
  // `aktau>kuryk`: Aktau's name covers the middle of Kuryk's symbol, where it reads as Kuryk's.
  container.dataset.hubNamesOverHubs = idList(map.queryRenderedFeatures({ layers: HUB_LAYER_IDS }).flatMap((hub) => {
    const { x, y } = map.project((hub.geometry as Point).coordinates as [number, number]);
    return hubIdsIn(map, [[x - 2, y - 2], [x + 2, y + 2]]).filter((named) => named !== hub.properties.id).map((named) => `${named}>${hub.properties.id}`);
  }));
}
