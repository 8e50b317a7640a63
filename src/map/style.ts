// The map style as a pure function: basemap layers, then whatever overlays later features add
// (corridors, hubs), then the labels on top. Nothing here touches the DOM or the network.
import type { FontFacesSpecification, LayerSpecification, SourceSpecification, StyleSpecification } from "maplibre-gl";
import { BASEMAP_ATTRIBUTION, BASEMAP_MAX_ZOOM } from "../model/basemap";
import { BASEMAP_SOURCE_ID, basemapGroundLayers, basemapLabelLayers, type PlacesNamed } from "./basemap-layers";

/** Layers and sources a feature adds between the ground and the labels. */
export interface StyleOverlay {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
  /** Layers drawn above the basemap's labels, and so placed before them where labels collide. */
  topLabels?: LayerSpecification[];
  /** Global state the overlay's expressions read (`global-state`), with its defaults. */
  state?: StyleSpecification["state"];
  /**
   * Names the overlay sets on the map at some zooms (a hub named after its city: "Almaty"):
   * there the basemap leaves those places' names to it rather than name them twice.
   */
  names?: readonly PlacesNamed[];
}

/**
 * Where the basemap comes from: the PMTiles archive (what the site ships), or one GeoJSON file
 * per layer (kept only so the benchmark can compare the two on the same map).
 */
export type BasemapSource =
  | { format: "pmtiles"; url: string }
  | { format: "geojson"; urlForLayer: (layer: string) => string };

export interface StyleInput {
  /** Absolute URL(s): the worker fetches them. PMTiles URLs use the `pmtiles://` scheme. */
  basemap: BasemapSource;
  /** Font files by `text-font` name; URLs must be absolute (the worker resolves them). */
  fontFaces: FontFacesSpecification;
  overlays?: StyleOverlay[];
  /** The language of country and place labels (a Locale); English when not given. */
  labelLocale?: string;
}

/** The same basemap layers, each reading its own GeoJSON source instead of a vector source-layer. */
function asGeoJsonBasemap(layers: LayerSpecification[], urlForLayer: (layer: string) => string) {
  const sources: Record<string, SourceSpecification> = {};
  const rewritten = layers.map((layer) => {
    if (!("source-layer" in layer) || layer.source !== BASEMAP_SOURCE_ID || !layer["source-layer"]) return layer;
    const { "source-layer": sourceLayer, ...rest } = layer;
    const source = `${BASEMAP_SOURCE_ID}-${sourceLayer}`;
    sources[source] = { type: "geojson", data: urlForLayer(sourceLayer), attribution: BASEMAP_ATTRIBUTION };
    return { ...rest, source } as LayerSpecification;
  });
  return { sources, layers: rewritten };
}

export function buildStyle({ basemap, fontFaces, overlays = [], labelLocale = "en" }: StyleInput): StyleSpecification {
  const named = overlays.flatMap((o) => o.names ?? []);
  const layers = [
    ...basemapGroundLayers(), ...overlays.flatMap((o) => o.layers), ...basemapLabelLayers(labelLocale, named), ...overlays.flatMap((o) => o.topLabels ?? []),
  ];
  const base = basemap.format === "pmtiles"
    ? {
      sources: { [BASEMAP_SOURCE_ID]: { type: "vector", url: basemap.url, maxzoom: BASEMAP_MAX_ZOOM, attribution: BASEMAP_ATTRIBUTION } as SourceSpecification },
      layers,
    }
    : asGeoJsonBasemap(layers, basemap.urlForLayer);
  return {
    version: 8,
    name: "Corridor Atlas",
    "font-faces": fontFaces,
    sources: { ...base.sources, ...Object.assign({}, ...overlays.map((o) => o.sources)) },
    ...(overlays.some((o) => o.state) ? { state: Object.assign({}, ...overlays.map((o) => o.state)) } : {}),
    layers: base.layers,
  };
}
