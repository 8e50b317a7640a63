// Which edges of the map a point lies near, under a camera: a name set beside a hub there would run
// off the map ("ort of Poti"), so it is set towards the map's middle instead (map/hub-name-places).
// Pure: the map passes the camera it is about to show and the canvas's size.
import type { Position } from "geojson";
import { WORLD_PX_AT_ZOOM_0, mercatorY } from "./region";

/**
 * A camera's centre and zoom, and the size of the canvas it shows, in CSS pixels; `inset`, what
 * lies over each side of it (the legend, the zoom buttons, the tour's caption: framing's padding).
 */
export interface ScreenCamera {
  lng: number; lat: number; zoom: number; widthPx: number; heightPx: number;
  inset?: { top?: number; right?: number; bottom?: number; left?: number };
}

/** Where [lng, lat] lands on the canvas, in CSS pixels from its top left (Web Mercator). */
export function screenPoint([lng, lat]: Position, camera: ScreenCamera): { x: number; y: number } {
  const world = WORLD_PX_AT_ZOOM_0 * 2 ** camera.zoom;
  const x = (l: number) => ((l + 180) / 360) * world;
  const y = (a: number) => ((1 - mercatorY(a) / Math.PI) / 2) * world;
  return { x: x(lng!) - x(camera.lng) + camera.widthPx / 2, y: y(lat!) - y(camera.lat) + camera.heightPx / 2 };
}

/**
 * The edges a name set beside a point must keep clear of: "n" or "s" first, then "w", "e" or both
 * ("nw", "e", "we", …); "" for none. For a point inside the map, the edges it is near; for one just
 * off it, the edge across the map, so its name is set away from the map ("e" for a point just west
 * of it).
 */
export const NEAR_EDGES = ["n", "s", "w", "e", "we", "nw", "ne", "sw", "se", "nwe", "swe"] as const;
export type NearEdges = (typeof NEAR_EDGES)[number] | "";

/**
 * How far from an edge a name may run off it: beside its point, its width (nine ems of bold
 * 13–17 px type, wrapped, and its offset); above or below it, two lines of it.
 */
export const NAME_REACH_PX = { side: 160, end: 48 };

/**
 * Along one axis: the edge a coordinate `at` is near, on a canvas `size` long whose ends are
 * covered `insets` deep; for a point just off the canvas (within reach), the far edge, so its name
 * is set away from the canvas and is not seen cut (its point is not seen either); undefined for a
 * point further off, whose name cannot reach the canvas.
 */
function nearAlong(at: number, size: number, reach: number, insets: [number, number], [low, high]: [string, string], bothWays = false): string | undefined {
  if (at < -reach || at > size + reach) return undefined;
  if (at < 0) return high;
  if (at > size) return low;
  const [fromLow, fromHigh] = [at - insets[0], size - insets[1] - at];
  if (fromLow >= reach && fromHigh >= reach) return "";
  // On a narrow map both sides may be within reach (a phone's hub page): a name set beside the
  // point runs off one or the other ("Сухой порт «Хоргос" cut at the right), so it is set over or
  // under it. Above and below, where a name reaches two lines, the nearer end is kept clear of.
  return bothWays && fromLow < reach && fromHigh < reach ? low + high : fromLow <= fromHigh ? low : high;
}

/**
 * The edges of the map's free part (the canvas less its inset) that `point` lies within a name's
 * reach of under `camera`, as a name set beside it should keep clear of. Never throws.
 */
export function nearEdges(point: Position, camera: ScreenCamera): NearEdges {
  const { x, y } = screenPoint(point, camera);
  const { top = 0, right = 0, bottom = 0, left = 0 } = camera.inset ?? {};
  const vertical = nearAlong(y, camera.heightPx, NAME_REACH_PX.end, [top, bottom], ["n", "s"]);
  const horizontal = nearAlong(x, camera.widthPx, NAME_REACH_PX.side, [left, right], ["w", "e"], true);
  return vertical === undefined || horizontal === undefined ? "" : `${vertical}${horizontal}` as NearEdges;
}
