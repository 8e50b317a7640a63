// Measures what lies over the map as it is laid out now: the legend, the tour's caption, the
// map's own controls, anything marked `data-covers-map`. Framing fits the selection into the
// rest (model/free-area.ts). Measured, not guessed: captions grow with their text, the legend
// opens and closes, phones rotate.
import { framingPadding, type Padding, type ScreenRect } from "../model/free-area";

const OVERLAYS = "[data-covers-map], .maplibregl-ctrl-bottom-left, .maplibregl-ctrl-bottom-right";

const rectOf = (element: Element): ScreenRect => {
  const { left, top, right, bottom } = element.getBoundingClientRect();
  return { left, top, right, bottom };
};

/** The padding and the canvas size it was measured for: a change of either calls for a new framing. */
export interface MapRoom { padding: Padding; widthPx: number; heightPx: number }

/**
 * Below this much free height (a phone's map shrunk to a strip above its pulled-up list) the map
 * is only a peek: framing the view into it would zoom out to the whole world, so it is not framed.
 */
const PEEK_HEIGHT_PX = 100;

/** Whether a view framed into this room could be seen at all. */
export const roomToFrameIn = (room: MapRoom): boolean => room.heightPx - room.padding.top - room.padding.bottom >= PEEK_HEIGHT_PX;

const sameRoom = (a: MapRoom, b: MapRoom) =>
  a.widthPx === b.widthPx && a.heightPx === b.heightPx &&
  (["top", "right", "bottom", "left"] as const).every((side) => Math.abs(a.padding[side] - b.padding[side]) < 1);

/**
 * Watches the map's canvas and what covers it. `measure()` reads the room now (call it right
 * before framing: Solid has already laid out the new caption by then); `onChange` is told when
 * the layout changes it later. Returns the cleanup with them.
 */
export function makeMapCover(canvas: HTMLElement, onChange: (room: MapRoom) => void): { measure(): MapRoom; stop(): void } {
  const measure = (): MapRoom => {
    const box = rectOf(canvas);
    // A hidden overlay measures 0×0 and covers nothing.
    const overlays = [...document.querySelectorAll(OVERLAYS)].map(rectOf);
    return { padding: framingPadding(box, overlays), widthPx: Math.round(box.right - box.left), heightPx: Math.round(box.bottom - box.top) };
  };
  let last = measure();
  const check = () => {
    const now = measure();
    if (sameRoom(now, last)) return;
    last = now;
    onChange(now);
  };
  const sizes = new ResizeObserver(check);
  const watched = new Set<Element>();
  const watchOverlays = () => {
    for (const element of [canvas, ...document.querySelectorAll(OVERLAYS)]) {
      if (watched.has(element)) continue;
      watched.add(element);
      sizes.observe(element);
    }
    check();
  };
  // Overlays come and go (the caption with the tour, MapLibre's controls once the map is made).
  const arrivals = new MutationObserver(watchOverlays);
  arrivals.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ["hidden", "open", "class"] });
  watchOverlays();
  return {
    measure: () => (last = measure()),
    stop: () => {
      sizes.disconnect();
      arrivals.disconnect();
    },
  };
}
