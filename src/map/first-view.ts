// The first view is drawn unseen at a tiny resolution, and shown whole once every tile is in.
//
// Without a GPU (Chrome's SwiftShader: laptops and phones whose graphics are blocklisted, and
// every CI browser) a frame at full size costs 50–100 ms of main thread, most of it Chrome
// reading the canvas back for its software compositor. While the first view loads, MapLibre
// draws a frame for every source and tile that arrives: about ten half-drawn maps, and they
// block the very thread that the tiles, glyphs and icons pass through on their way to the
// worker. Drawn hidden at 1/16 of the resolution those frames cost next to nothing, and the
// first map a person sees is the complete one (see the README's Performance section).
import type { Map as MapLibreMap } from "maplibre-gl";

/** The pixel ratio to construct the map with: its first view is drawn at this, unseen. */
export const FIRST_VIEW_PIXEL_RATIO = 1 / 16;

/** On a slow network, show what has arrived by then rather than nothing at all. */
export const SHOW_ANYWAY_AFTER_MS = 4000;

/**
 * Hides a map constructed with `pixelRatio: FIRST_VIEW_PIXEL_RATIO` until it has loaded (or
 * SHOW_ANYWAY_AFTER_MS have passed), then shows it at the screen's own pixel ratio. Calls
 * `onShown` once the map, drawn whole at full resolution, first goes idle (the browser puts
 * that frame on screen right after). Returns the cleanup.
 */
export function makeFirstView(map: MapLibreMap, onShown: () => void): () => void {
  const canvas = map.getCanvas();
  const stop = new AbortController();
  const submit = submitEachFrame(canvas);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let shown = false;
  const show = () => {
    if (shown) return;
    shown = true;
    clearTimeout(timer);
    map.off("render", submit);
    followDevicePixelRatio(map, stop.signal);
    canvas.style.visibility = "";
    // 'idle' may still fire in the frame that fired 'load', before the canvas is drawn again at
    // its full size: only an idle after the next frame is the complete map.
    map.once("render", () => map.once("idle", onShown));
    map.triggerRepaint();
  };

  canvas.style.visibility = "hidden";
  map.on("render", submit);
  map.once("load", show);
  timer = setTimeout(show, SHOW_ANYWAY_AFTER_MS);
  return () => {
    clearTimeout(timer);
    map.off("load", show);
    map.off("render", submit);
    stop.abort();
  };
}

/**
 * A hidden canvas is never read back, so Chrome's GL layer (ANGLE) holds its frames' commands
 * back until something does: the first frame shown then waited for every loading frame at once,
 * each shader's first use included. A fence makes ANGLE submit a frame's commands as soon as it
 * is drawn, so software rendering draws the loading frames while the worker is still busy with
 * tiles (Lighthouse mobile TBT ~1.37 s -> ~0.95 s). Returns what to call after each frame.
 */
function submitEachFrame(canvas: HTMLCanvasElement): () => void {
  // getContext hands back the WebGL 2 context MapLibre made (it requires WebGL 2).
  const gl = canvas.getContext("webgl2");
  return () => {
    const fence = gl?.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
    if (!gl || !fence) return;
    gl.flush();
    gl.deleteSync(fence);
  };
}

/** Draws at the device's pixel ratio, and again whenever it changes (browser zoom, another screen). */
function followDevicePixelRatio(map: MapLibreMap, signal: AbortSignal): void {
  if (signal.aborted) return;
  map.setPixelRatio(window.devicePixelRatio);
  window.matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`)
    .addEventListener("change", () => followDevicePixelRatio(map, signal), { once: true, signal });
}
