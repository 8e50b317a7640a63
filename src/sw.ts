/// <reference lib="webworker" />
// The service worker: after one visit the whole site — app, data, basemap, fonts — works
// offline. Built by vite-plugin-pwa (Workbox, injectManifest) with the base path baked in.
import { cleanupOutdatedCaches, createHandlerBoundToURL, matchPrecache, precacheAndRoute } from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";
import { createPartialResponse } from "workbox-range-requests";

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: { url: string; revision: string | null }[] };

// PMTiles reads the basemap with Range requests, and a whole 200 response makes it fail: answer
// them with 206 slices of the precached archive. Registered first, so it wins over precaching.
registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.endsWith(".pmtiles"),
  async ({ request, url }) => {
    const whole = (await matchPrecache(url.pathname)) ?? (await fetch(request));
    return request.headers.has("range") ? createPartialResponse(request, whole) : whole;
  },
);

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every page of the atlas is the same app, which reads its address: offline, any address gets it.
registerRoute(new NavigationRoute(createHandlerBoundToURL(`${import.meta.env.BASE_URL}index.html`)));

// No skipWaiting: a new deployment takes over on the next visit, never mid-session, so a page
// never runs old code against new files.
