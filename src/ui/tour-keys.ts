// The tour's keys, for both of its windows: clicker and keyboard presses become tour actions.
import { tourActionForKey, type TourAction } from "../tour/tour";

/**
 * Listens on the window (in the capture phase, so the tour's keys win over MapLibre's and the
 * page's) and calls `onAction` for every tour key; returns the function that stops listening.
 * Enter and Space on a focused button or link stay theirs, as a mouse click would; Escape in a
 * map popup closes the popup, not the tour. Every other key steps the tour even from inside a
 * popup (the step puts the popup away): the clicker keeps working after a click on the map.
 */
export function makeTourKeys(target: Window, onAction: (action: TourAction) => void): () => void {
  const onKey = (event: KeyboardEvent) => {
    const focused = event.target instanceof Element ? event.target : null;
    if (focused?.closest(".maplibregl-popup") && event.key === "Escape") return;
    if (focused?.closest("button, a[href], input, select, textarea") && (event.key === "Enter" || event.key === " ")) return;
    const action = tourActionForKey(event);
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    onAction(action);
  };
  // Options as an object, not `true`: Node's EventTarget (the unit tests') matches only that on removal.
  target.addEventListener("keydown", onKey, { capture: true });
  return () => target.removeEventListener("keydown", onKey, { capture: true });
}

/** F in either window: full screen for this window, or back. */
export function toggleFullscreen(doc: Document): void {
  if (doc.fullscreenElement) void doc.exitFullscreen();
  else void doc.documentElement.requestFullscreen?.().catch(() => undefined);
}
