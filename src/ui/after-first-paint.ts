// Runs a callback once the page's static first screen is on screen.

/** A tab opened in the background paints nothing: start anyway after this long. */
const FALLBACK_MS = 400;

/**
 * Calls `callback` once the browser reports the page's first contentful paint as presented (its
 * first largest-contentful-paint entry), or after an animation frame where that entry type is
 * unknown. Chrome drops a paint whose nodes are detached before the frame is presented, so moving
 * them any sooner makes the page's largest paint the one after the script ran.
 */
export function afterFirstPaint(callback: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    callback();
  };
  let observer: PerformanceObserver | undefined;
  if (typeof PerformanceObserver !== "undefined" && PerformanceObserver.supportedEntryTypes?.includes("largest-contentful-paint")) {
    observer = new PerformanceObserver(once);
    observer.observe({ type: "largest-contentful-paint", buffered: true });
  } else {
    // An animation frame callback runs just before the frame is painted; a task queued from it runs after.
    requestAnimationFrame(() => setTimeout(once));
  }
  setTimeout(once, FALLBACK_MS);
}
