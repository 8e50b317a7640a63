/// <reference lib="webworker" />
// The service worker: after one visit the whole site — app, data, basemap, fonts — works
// offline. Compiled by vite-plugin-pwa with the base path baked in; scripts/precache.ts writes
// its precache list (self.__WB_MANIFEST) once every page of every language exists.
import { cleanupOutdatedCaches, createHandlerBoundToURL, matchPrecache, precacheAndRoute } from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";
import { createPartialResponse } from "workbox-range-requests";
import { LOCALES, localeBasePath, localePrefix } from "./i18n/locales";

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

// Every page the build wrote is precached and answered as itself (precacheAndRoute maps a folder
// to its index.html). Any other address gets its language's overview, which is the same app: it
// reads the address and explains, in that language.
const base = import.meta.env.BASE_URL;
for (const locale of LOCALES.filter((l) => localePrefix(l) !== "")) {
  const home = localeBasePath(locale, base);
  registerRoute(new NavigationRoute(createHandlerBoundToURL(`${home}index.html`), { allowlist: [new RegExp(`^${home.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`)] }));
}
registerRoute(new NavigationRoute(createHandlerBoundToURL(`${base}index.html`)));

// No skipWaiting: a new deployment takes over on the next visit, never mid-session, so a page
// never runs old code against new files.
