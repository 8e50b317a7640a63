// Registers the service worker (production builds only) and tells when the site works offline.
// It precaches the whole site (every page of three languages, the basemap, fonts: ≈3.5 MB), so it
// starts only once the first map has settled and the browser is idle: on a first visit the offline
// cache must not compete with the map the visitor came for.
export function registerOffline(mapSettled: Promise<void>, onReady: () => void): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  const base = import.meta.env.BASE_URL;
  const register = () => {
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {
      // Offline support is a bonus: a site that cannot register still works online.
    });
  };
  // Safari has no requestIdleCallback; a task after the settled map is the next best moment.
  const whenIdle = (run: () => void) => ("requestIdleCallback" in window ? requestIdleCallback(run, { timeout: 3000 }) : setTimeout(run, 0));
  void mapSettled.then(() => whenIdle(register));
  // Resolves once a worker is active, i.e. everything is precached.
  void navigator.serviceWorker.ready.then(() => onReady());
}
