// The part of the map a person can actually see: the canvas less whatever lies over it (the
// legend, the tour's caption, the map's own controls). Framing fits a selection into this part,
// so its ends never sit under a panel. Pure: the UI measures the rectangles and passes them in.

/** A box on screen, in CSS pixels. */
export interface ScreenRect { left: number; top: number; right: number; bottom: number }

/** MapLibre's PaddingOptions, without importing MapLibre. */
export interface Padding { top: number; right: number; bottom: number; left: number }

const area = (r: ScreenRect) => Math.max(0, r.right - r.left) * Math.max(0, r.bottom - r.top);

function intersect(a: ScreenRect, b: ScreenRect): ScreenRect | undefined {
  const r = { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
  return r.right > r.left && r.bottom > r.top ? r : undefined;
}

/**
 * The largest part of `canvas` left once each overlay is cut away from one side: an overlay
 * along an edge (a caption at the bottom, a legend at the top right) takes away the strip it
 * spans, from whichever side leaves more room. Larger overlays are cut first. Never throws;
 * an overlay that misses the canvas changes nothing.
 */
export function freeArea(canvas: ScreenRect, overlays: readonly ScreenRect[]): ScreenRect {
  let free = { ...canvas };
  for (const overlay of [...overlays].sort((a, b) => area(b) - area(a))) {
    const over = intersect(free, overlay);
    if (!over) continue;
    const cuts: ScreenRect[] = [
      { ...free, left: over.right },
      { ...free, right: over.left },
      { ...free, top: over.bottom },
      { ...free, bottom: over.top },
    ];
    free = cuts.reduce((best, cut) => (area(cut) > area(best) ? cut : best));
  }
  return free;
}

/**
 * Room kept under the framed extent for a name: a hub's name is set below its point (its first
 * anchor, src/map/corridor-layers.ts), up to two lines of 11-14 px type. Without it a corridor's
 * end at the foot of the view had its name run under the map's credit or the tour's caption.
 */
export const NAME_BELOW_PX = 32;

/**
 * Room kept beside the framed extent, at most, for a name set to the side of its point (a port at
 * a corridor's end, a city's label): a reviewer's 1920×1080 tour cut "Ürümqi" and Anaklia's name at
 * the edges. A narrower free area keeps less, and one under 600 px none.
 */
export const NAME_BESIDE_PX = 40;

/**
 * The padding that frames content inside the free part of `canvas`: a margin from the canvas's
 * edges that shrinks on small screens, and a few pixels from an overlay's edge (so an overlay about
 * as deep as the margin, like the zoom buttons in a corner, costs next to nothing), plus room for
 * a name under the bottom of the extent and beside its sides. If overlays leave less than `minFreePx` either way (a phone
 * with the list pulled up), they are ignored on that axis: framing into a sliver would zoom
 * out to the whole world, which shows less than a view half under a panel.
 */
export function framingPadding(canvas: ScreenRect, overlays: readonly ScreenRect[], minFreePx = 120): Padding {
  const free = freeArea(canvas, overlays);
  const width = canvas.right - canvas.left;
  const height = canvas.bottom - canvas.top;
  const margin = Math.round(Math.max(12, Math.min(48, Math.min(width, height) * 0.06)));
  const gap = 8;
  const wide = free.right - free.left >= minFreePx + 2 * margin;
  const tall = free.bottom - free.top >= minFreePx + 2 * margin;
  const side = (covered: number, counts: boolean) => (counts && covered > 0 ? Math.max(margin, Math.round(covered) + gap) : margin);
  // Only where there is width to spare: none below 600 px free (a phone, a small window with the
  // legend open, whose corridor would no longer fit), growing to NAME_BESIDE_PX at 1400 px.
  const freeWidth = wide ? free.right - free.left : width;
  const beside = Math.round(Math.min(NAME_BESIDE_PX, Math.max(0, (freeWidth - 600) * 0.05)));
  return {
    left: side(free.left - canvas.left, wide) + beside,
    right: side(canvas.right - free.right, wide) + beside,
    top: side(free.top - canvas.top, tall),
    bottom: side(canvas.bottom - free.bottom, tall) + NAME_BELOW_PX,
  };
}
