// Registers the service worker (production builds only) and tells when the site works offline.
export function registerOffline(onReady: () => void): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  const base = import.meta.env.BASE_URL;
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {
    // Offline support is a bonus: a site that cannot register still works online.
  });
  // Resolves once a worker is active, i.e. everything is precached.
  void navigator.serviceWorker.ready.then(() => onReady());
}
