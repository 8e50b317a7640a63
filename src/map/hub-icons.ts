// Rasterises the hub shapes into map images at the screen's pixel ratio (no sprite file to fetch).
import type { Map as MapLibreMap } from "maplibre-gl";
import type { HubKind } from "../model/corridor";
import { HUB_OUTLINE, HUB_SHAPES, HUB_SHAPE_SIZE } from "./hub-shapes";

export const hubIconId = (kind: HubKind): string => `hub-${kind}`;

/** Adds the icon for one hub kind; unknown kinds and repeated calls are ignored. */
export function addHubIcon(map: MapLibreMap, kind: HubKind): void {
  const shape = HUB_SHAPES[kind];
  if (!shape || map.hasImage(hubIconId(kind))) return;
  const pixelRatio = Math.max(1, Math.round(window.devicePixelRatio || 1));
  const size = HUB_SHAPE_SIZE * pixelRatio;
  const canvas = document.createElement("canvas");
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext("2d");
  if (!ctx) return;
  ctx.scale(pixelRatio, pixelRatio);
  const path = new Path2D(shape.path);
  ctx.lineWidth = 3;
  ctx.strokeStyle = HUB_OUTLINE;
  ctx.lineJoin = "round";
  ctx.stroke(path);
  ctx.fillStyle = shape.fill;
  ctx.fill(path);
  map.addImage(hubIconId(kind), ctx.getImageData(0, 0, size, size), { pixelRatio });
}
