/** [west, south, east, north] in degrees. */
export type BBox = readonly [number, number, number, number];

/** The whole area the corridors cross: the Caucasus to western China, Russia to the Gulf. */
export const REGION_BBOX: BBox = [20, 15, 95, 60];

/** What a visitor sees first: Kazakhstan and the Caspian. */
export const INITIAL_BOUNDS: BBox = [46, 37, 88, 56];

/** The screen the clip margin is sized for: a laptop in a browser. */
export interface Viewport { widthPx: number; heightPx: number }
export const REFERENCE_VIEWPORT: Viewport = { widthPx: 1280, heightPx: 720 };

// MapLibre's world is 512 px wide at zoom 0.
export const WORLD_PX_AT_ZOOM_0 = 512;

const toRadians = (deg: number) => (deg * Math.PI) / 180;
const toDegrees = (rad: number) => (rad * 180) / Math.PI;

/** Web Mercator y in radians; grows northward. */
export function mercatorY(latDeg: number): number {
  return Math.log(Math.tan(Math.PI / 4 + toRadians(latDeg) / 2));
}

/** Inverse of mercatorY. */
export function latitudeOfMercatorY(y: number): number {
  return toDegrees(2 * Math.atan(Math.exp(y)) - Math.PI / 2);
}

/** The zoom at which `bounds` just fits a viewport of the given size (no padding). */
export function zoomToFit(bounds: BBox, viewport: Viewport = REFERENCE_VIEWPORT): number {
  const [west, south, east, north] = bounds;
  const lonFraction = (east - west) / 360;
  const latFraction = (mercatorY(north) - mercatorY(south)) / (2 * Math.PI);
  const worldPxForWidth = viewport.widthPx / lonFraction;
  const worldPxForHeight = viewport.heightPx / latFraction;
  return Math.log2(Math.min(worldPxForWidth, worldPxForHeight) / WORLD_PX_AT_ZOOM_0);
}

/** Pixels on each side of the map: what lies over it there, or how far to look past an edge. */
export interface SidesPx { top: number; bottom: number; left: number; right: number }

/**
 * `bbox` grown on each side by that side's pixels (none where not given) at `zoom`. Latitudes stay within Web Mercator's
 * range.
 */
export function growByPixels(bbox: BBox, sides: Partial<SidesPx>, zoom: number): BBox {
  const worldPx = WORLD_PX_AT_ZOOM_0 * 2 ** zoom;
  const degrees = (px = 0) => (px / worldPx) * 360;
  const radians = (px = 0) => (px / worldPx) * 2 * Math.PI;
  const [west, south, east, north] = bbox;
  return [
    west - degrees(sides.left),
    Math.max(-85, latitudeOfMercatorY(mercatorY(south) - radians(sides.bottom))),
    east + degrees(sides.right),
    Math.min(85, latitudeOfMercatorY(mercatorY(north) + radians(sides.top))),
  ];
}

/**
 * `bbox` grown by half a viewport on every side at `zoom`: what a person sees when they pan
 * the region's edge to the middle of the screen.
 */
export function growByHalfViewport(bbox: BBox, zoom: number, viewport: Viewport = REFERENCE_VIEWPORT): BBox {
  const [halfWidth, halfHeight] = [viewport.widthPx / 2, viewport.heightPx / 2];
  return growByPixels(bbox, { top: halfHeight, bottom: halfHeight, left: halfWidth, right: halfWidth }, zoom);
}

/**
 * How far out views may zoom: half a level below the first view. Every corridor's ends framed
 * above the tour's caption, or beside an open legend in a small window, need that much room, and
 * MapLibre will not zoom out past the point where the map would show more than its maxBounds.
 */
export const LOWEST_FRAMING_ZOOM = zoomToFit(INITIAL_BOUNDS) - 0.5;

/**
 * The basemap's extent, and the map's maxBounds: the region plus half a screen at the lowest
 * framing zoom, rounded outward to whole degrees, so no cut edge can come into view.
 */
export const CLIP_BBOX: BBox = (() => {
  const [w, s, e, n] = growByHalfViewport(REGION_BBOX, LOWEST_FRAMING_ZOOM);
  return [Math.floor(w), Math.floor(s), Math.ceil(e), Math.ceil(n)] as const;
})();

/**
 * Where the basemap names countries and places: the region plus half a screen at the first view's
 * zoom. Beyond it lies land seen only zoomed out around the overview, as context, unnamed.
 */
export const LABEL_BBOX: BBox = (() => {
  const [w, s, e, n] = growByHalfViewport(REGION_BBOX, zoomToFit(INITIAL_BOUNDS));
  return [Math.floor(w), Math.floor(s), Math.ceil(e), Math.ceil(n)] as const;
})();

/** The smallest box holding both. */
export function bboxUnion(a: BBox, b: BBox): BBox {
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

/** True when `inner` lies wholly inside `outer`. */
export function bboxContains(outer: BBox, inner: BBox): boolean {
  return outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3];
}
