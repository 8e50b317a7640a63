// The map style as a pure function: basemap layers, then whatever overlays later features add
// (corridors, hubs), then the labels on top. Nothing here touches the DOM or the network.
import type { FontFacesSpecification, LayerSpecification, SourceSpecification, StyleSpecification } from "maplibre-gl";
import { BASEMAP_ATTRIBUTION, BASEMAP_MAX_ZOOM } from "../model/basemap";
import { BASEMAP_SOURCE_ID, basemapGroundLayers, basemapLabelLayers } from "./basemap-layers";

/** Layers and sources a feature adds between the ground and the labels. */
export interface StyleOverlay {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
}

export interface StyleInput {
  /** Absolute URL of the PMTiles archive, with the `pmtiles://` scheme. */
  basemapUrl: string;
  /** Font files by `text-font` name; URLs must be absolute (the worker resolves them). */
  fontFaces: FontFacesSpecification;
  overlays?: StyleOverlay[];
}

export function buildStyle({ basemapUrl, fontFaces, overlays = [] }: StyleInput): StyleSpecification {
  return {
    version: 8,
    name: "Corridor Atlas",
    "font-faces": fontFaces,
    sources: {
      [BASEMAP_SOURCE_ID]: {
        type: "vector",
        url: basemapUrl,
        maxzoom: BASEMAP_MAX_ZOOM,
        attribution: BASEMAP_ATTRIBUTION,
      },
      ...Object.assign({}, ...overlays.map((o) => o.sources)),
    },
    layers: [...basemapGroundLayers(), ...overlays.flatMap((o) => o.layers), ...basemapLabelLayers()],
  };
}
