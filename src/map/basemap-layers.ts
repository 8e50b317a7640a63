// The basemap's layers as data: a pure list of MapLibre layer specs over the PMTiles source.
import type { ExpressionSpecification, LayerSpecification } from "maplibre-gl";
import { BASEMAP_LAYERS, PLACE_RANK, labelNameProperty } from "../model/basemap";
import { NO_LINE_OFFSET, perFeature, perFeatureByZoom } from "./shared-programs";
import { FONT, THEME } from "./theme";

export const BASEMAP_SOURCE_ID = "basemap";

const source = { source: BASEMAP_SOURCE_ID } as const;

/**
 * Places an overlay names itself at some zooms: `names(label)` is true where it names the place
 * whose label, in the page's language, is `label` (in the year shown, as its own labels are).
 */
export interface PlacesNamed {
  names: (label: ExpressionSpecification) => ExpressionSpecification;
  /** The zooms at which the overlay names them: from `fromZoom` (else from the lowest) up to `untilZoom` (else the highest). */
  fromZoom?: number;
  untilZoom?: number;
}

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
 * The place labels, in bands of zoom split where an overlay's labels start or stop: each band
 * leaves out the places the overlays name themselves across it, so a place is named once at every
 * zoom. Bands, not a zoom in the filter: a filter reads the tile's whole zoom, a layer's zoom range the map's.
 */
function placeLabelBands(locale: string, named: readonly PlacesNamed[]): { id: string; minzoom?: number; maxzoom?: number; filter: ExpressionSpecification[] }[] {
  const starts = [...new Set(named.flatMap((n) => [n.fromZoom, n.untilZoom]).filter((z) => z !== undefined))].sort((a, b) => a - b);
  return [undefined, ...starts].map((from, i) => ({
    id: from === undefined ? "place-labels" : `place-labels-from-z${from}`,
    ...(from !== undefined ? { minzoom: from } : {}),
    ...(starts[i] !== undefined ? { maxzoom: starts[i] } : {}),
    filter: named
      .filter((n) => (n.fromZoom === undefined || (from !== undefined && n.fromZoom <= from)) && (n.untilZoom === undefined || from === undefined || from < n.untilZoom))
      .map((n) => ["!", n.names(labelName(locale))] as ExpressionSpecification),
  }));
}

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
    ...placeLabelBands(locale, named).map(({ id, filter, ...zooms }): LayerSpecification => ({
      id, type: "symbol", ...source, "source-layer": BASEMAP_LAYERS.place, ...zooms,
      filter: filter.length > 0 ? ["all", placeShown, ...filter] : placeShown,
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
    })),
  ];
}
