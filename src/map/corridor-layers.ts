// Corridor lines and hub symbols as data: GeoJSON sources built from the atlas data, and layer
// specs added as a style overlay between the basemap and its labels.
import type { FeatureCollection } from "geojson";
import type { ExpressionSpecification, LayerSpecification } from "maplibre-gl";
import { CORRIDOR_IDS, type AtlasData } from "../model/corridor";
import type { StyleOverlay } from "./style";
import { FONT, THEME } from "./theme";

export const CORRIDOR_SOURCE_ID = "corridors";
export const HUB_SOURCE_ID = "hubs";

/** Every segment of every corridor, tagged with its corridor, colour and side-by-side offset. */
export function corridorFeatures(data: AtlasData): FeatureCollection {
  const middle = (CORRIDOR_IDS.length - 1) / 2;
  return {
    type: "FeatureCollection",
    features: data.corridors.flatMap((corridor) =>
      corridor.segments.features.map((segment) => ({
        type: "Feature" as const,
        geometry: segment.geometry,
        properties: {
          corridor: corridor.id,
          colour: corridor.colour,
          segment: segment.properties.id,
          name: segment.properties.name,
          mode: segment.properties.mode,
          status: segment.properties.status,
          // Where corridors share a track they run side by side, like lines on a metro map.
          offset: CORRIDOR_IDS.indexOf(corridor.id) - middle,
        },
      }))),
  };
}

const hovered: ExpressionSpecification = ["boolean", ["feature-state", "hover"], false];
const width = (base: number): ExpressionSpecification =>
  ["interpolate", ["linear"], ["zoom"], 3, ["case", hovered, base * 2.2, base], 8, ["case", hovered, base * 3.6, base * 2]];
const offset: ExpressionSpecification = ["interpolate", ["linear"], ["zoom"], 3, ["*", ["get", "offset"], 2.2], 8, ["*", ["get", "offset"], 4.4]];

const line = (id: string, filter: ExpressionSpecification, dash?: number[], base = 2.2): LayerSpecification => ({
  id,
  type: "line",
  source: CORRIDOR_SOURCE_ID,
  filter,
  layout: { "line-join": "round", "line-cap": dash ? "butt" : "round" },
  paint: {
    "line-color": ["get", "colour"],
    "line-width": width(base),
    "line-offset": offset,
    ...(dash ? { "line-dasharray": dash } : {}),
  },
});

const onLand: ExpressionSpecification = ["!=", ["get", "mode"], "sea"];
const status = (s: string): ExpressionSpecification => ["all", onLand, ["==", ["get", "status"], s]];

/** Layer ids a pointer can hover to highlight a corridor. */
export const CORRIDOR_LINE_LAYER_IDS = ["corridor-operating", "corridor-building", "corridor-planned", "corridor-sea"];

export function corridorOverlay(data: AtlasData): StyleOverlay {
  return {
    sources: {
      [CORRIDOR_SOURCE_ID]: { type: "geojson", data: corridorFeatures(data), promoteId: "corridor" },
      [HUB_SOURCE_ID]: { type: "geojson", data: data.hubs as FeatureCollection },
    },
    layers: [
      {
        // A pale casing keeps every colour readable over land, sea and borders alike.
        id: "corridor-casing", type: "line", source: CORRIDOR_SOURCE_ID, filter: onLand,
        layout: { "line-join": "round", "line-cap": "round" },
        paint: { "line-color": THEME.halo, "line-width": width(4.4), "line-offset": offset, "line-opacity": 0.85 },
      },
      line("corridor-operating", status("operating")),
      line("corridor-building", status("under-construction"), [2, 1.2]),
      line("corridor-planned", status("planned"), [0.6, 1.4]),
      line("corridor-sea", ["==", ["get", "mode"], "sea"], [3, 2], 1.6),
      {
        id: "hub-icons", type: "symbol", source: HUB_SOURCE_ID,
        layout: {
          "icon-image": ["concat", "hub-", ["get", "kind"]],
          "icon-size": ["interpolate", ["linear"], ["zoom"], 3, 0.55, 7, 0.85],
          "icon-allow-overlap": true,
        },
      },
      {
        id: "hub-labels", type: "symbol", source: HUB_SOURCE_ID, minzoom: 4.5,
        layout: {
          "text-field": ["get", "name"],
          "text-font": [FONT.bold],
          "text-size": ["interpolate", ["linear"], ["zoom"], 4.5, 11, 8, 14],
          "text-variable-anchor": ["top", "bottom", "left", "right"],
          "text-radial-offset": 0.9,
          "text-max-width": 9,
        },
        paint: { "text-color": THEME.placeText, "text-halo-color": THEME.halo, "text-halo-width": 1.6 },
      },
    ],
  };
}

