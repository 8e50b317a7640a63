// Registers the service worker (production builds only) and tells when the site works offline.
// Its shared files (scripts, basemap, fonts: ≈2.8 MB) are cached at install, so it starts only
// once the first map has settled and the browser is idle: on a first visit the offline cache must
// not compete with the map the visitor came for. Then it is asked for this page's language.
import type { Locale } from "../i18n/locales";
import type { OfflineReply, OfflineRequest } from "./offline-messages";

/** What the tour tells the presenter: not started (or under way unasked), asked for, ready. */
export type OfflineStatus = "waiting" | "saving" | "ready";

export interface OfflineCache {
  /** Starts now rather than when the browser is idle ("Make available offline"). */
  start(): void;
}

/** Asks the active worker to cache `locale`; resolves true once it has. */
function cacheLanguage(worker: ServiceWorker, locale: Locale): Promise<boolean> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<OfflineReply>) => resolve(event.data.type === "language-cached");
    const request: OfflineRequest = { type: "cache-language", locale };
    worker.postMessage(request, [channel.port2]);
  });
}

/** Resolves once a service worker controls this page (the worker claims it once it is ready). */
function servedByWorker(): Promise<void> {
  if (navigator.serviceWorker.controller) return Promise.resolve();
  return new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", () => resolve(), { once: true }));
}

export function registerOffline(mapSettled: Promise<void>, locale: Locale, onReady: () => void): OfflineCache {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return { start: () => undefined };
  const base = import.meta.env.BASE_URL;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {
      // Offline support is a bonus: a site that cannot register still works online.
    });
  };
  // Safari has no requestIdleCallback; a task after the settled map is the next best moment.
  const whenIdle = (run: () => void) => ("requestIdleCallback" in window ? requestIdleCallback(run, { timeout: 3000 }) : setTimeout(run, 0));
  void mapSettled.then(() => whenIdle(start));
  // Ready once a worker is active (the shared files are cached), it has this language too and it
  // serves this page: only then does the open page keep drawing its map offline. On a repeat
  // visit the worker is there at once, and checking its cache waits for the map as well.
  void Promise.all([navigator.serviceWorker.ready, mapSettled]).then(async ([registration]) => {
    if (registration.active && (await cacheLanguage(registration.active, locale))) {
      await servedByWorker();
      onReady();
    }
  });
  return { start };
}
