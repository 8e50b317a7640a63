// The basemap's layers as data: a pure list of MapLibre layer specs over the PMTiles source.
import type { ExpressionSpecification, LayerSpecification } from "maplibre-gl";
import { BASEMAP_LAYERS, PLACE_RANK, labelNameProperty } from "../model/basemap";
import { NO_LINE_OFFSET, perFeature, perFeatureByZoom } from "./shared-programs";
import { FONT, THEME } from "./theme";

export const BASEMAP_SOURCE_ID = "basemap";

const source = { source: BASEMAP_SOURCE_ID } as const;

/** Names an overlay labels itself, and the zoom its labels start at. */
export interface PlacesNamed { names: string[]; fromZoom: number }

/** Sea, land, lakes, rivers and borders: everything drawn beneath the corridors. */
export function basemapGroundLayers(): LayerSpecification[] {
  return [
    { id: "sea", type: "background", paint: { "background-color": THEME.sea } },
    { id: "land", type: "fill", ...source, "source-layer": BASEMAP_LAYERS.land, paint: { "fill-color": THEME.land } },
    {
      id: "lakes", type: "fill", ...source, "source-layer": BASEMAP_LAYERS.water,
      paint: { "fill-color": THEME.sea, "fill-outline-color": THEME.lakeOutline },
    },
    {
      id: "rivers", type: "line", ...source, "source-layer": BASEMAP_LAYERS.river,
      layout: { "line-join": "round", "line-cap": "round" },
      // Written as varying by feature so that they share the corridor lines' program (see shared-programs).
      paint: { "line-color": perFeature(THEME.river), "line-width": perFeatureByZoom([[3, 0.6], [6, 1.4], [9, 2.4]]), "line-offset": NO_LINE_OFFSET },
    },
    {
      id: "borders", type: "line", ...source, "source-layer": BASEMAP_LAYERS.boundary,
      layout: { "line-join": "round" },
      paint: {
        // As the rivers: sharing the dashed corridor lines' program.
        "line-color": perFeature(THEME.border),
        "line-width": perFeatureByZoom([[3, 0.7], [6, 1.3], [9, 2]]),
        "line-offset": NO_LINE_OFFSET,
        "line-dasharray": [3, 1.5],
      },
    },
  ];
}

const labelHalo = { "text-halo-color": THEME.halo, "text-halo-width": 1.4, "text-halo-blur": 0.3 } as const;

/** A label's name in the page's language, or the English one where a place has no translation. */
const labelName = (locale: string): ExpressionSpecification =>
  locale === "en" ? ["get", "name"] : ["coalesce", ["get", labelNameProperty(locale)], ["get", "name"]];

/**
 * A place label is left out where an overlay names the place itself: its name is among the
 * overlay's, at a zoom the overlay's labels are shown. A filter reads the zoom of the tile, a
 * whole number, so the basemap gives the name up from the first whole zoom at or after theirs.
 */
const notNamedByOverlays = (locale: string, named: readonly PlacesNamed[]): ExpressionSpecification[] =>
  named.map(({ names, fromZoom }) => ["any", ["<", ["zoom"], Math.ceil(fromZoom)], ["!", ["in", labelName(locale), ["literal", names]]]]);

/** Country and city names, in the page's language: drawn above the corridors so they stay readable. */
export function basemapLabelLayers(locale = "en", named: readonly PlacesNamed[] = []): LayerSpecification[] {
  const placeShown: ExpressionSpecification = ["<=", ["get", "rank"], ["step", ["zoom"], PLACE_RANK.capital, 4, PLACE_RANK.majorCity, 5, PLACE_RANK.city]];
  return [
    {
      id: "country-labels", type: "symbol", ...source, "source-layer": BASEMAP_LAYERS.countryLabel,
      // Small countries get their names only once there is room for them.
      filter: [">=", ["get", "area_km2"], ["step", ["zoom"], 250000, 3.5, 60000, 4.5, 15000, 5.5, 0]],
      layout: {
        "text-field": labelName(locale),
        "text-font": [FONT.bold],
        "text-size": ["interpolate", ["linear"], ["zoom"], 2, 10, 5, 14, 8, 18],
        "text-transform": "uppercase",
        "text-letter-spacing": 0.12,
        "text-max-width": 7,
        "text-padding": 6,
      },
      paint: { "text-color": THEME.countryLabel, ...labelHalo },
    },
    {
      id: "place-dots", type: "circle", ...source, "source-layer": BASEMAP_LAYERS.place,
      filter: placeShown,
      paint: {
        "circle-color": THEME.placeDot,
        "circle-radius": ["match", ["get", "rank"], PLACE_RANK.capital, 3.5, 2.5],
        "circle-stroke-color": THEME.halo,
        "circle-stroke-width": perFeature(1), // shares the hub ring's program (see shared-programs)
      },
    },
    {
      id: "place-labels", type: "symbol", ...source, "source-layer": BASEMAP_LAYERS.place,
      filter: named.length > 0 ? ["all", placeShown, ...notNamedByOverlays(locale, named)] : placeShown,
      layout: {
        "text-field": labelName(locale),
        "text-font": ["match", ["get", "rank"], PLACE_RANK.capital, ["literal", [FONT.bold]], ["literal", [FONT.regular]]],
        "text-size": ["interpolate", ["linear"], ["zoom"], 3, ["match", ["get", "rank"], PLACE_RANK.capital, 12, 11], 8, 16],
        "text-variable-anchor": ["left", "right", "top", "bottom"],
        "text-radial-offset": 0.5,
        "text-justify": "auto",
        "symbol-sort-key": ["get", "rank"],
      },
      paint: { "text-color": THEME.placeText, ...labelHalo },
    },
  ];
}
