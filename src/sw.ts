/// <reference lib="webworker" />
// The service worker: after one visit the site — app, data, basemap, fonts — works offline in the
// languages the visitor opened. Compiled by vite-plugin-pwa with the base path baked in;
// scripts/precache.ts writes its list (self.__WB_MANIFEST) once every page of every language exists.
//
// The list names every file, so every file has a revisioned cache key and stale copies are
// cleaned on activation; but installing fills only the shared files. A language's pages and
// data (a third of the rest each) are cached when a page in it asks (the "cache-language"
// message, sent by src/ui/offline.ts), and a later version refills the languages already cached.
import { PrecacheController, PrecacheRoute, cleanupOutdatedCaches } from "workbox-precaching";
import { NavigationRoute, registerRoute, setCatchHandler } from "workbox-routing";
import { createPartialResponse } from "workbox-range-requests";
import { LOCALES, isLocale, localeBasePath, localeOfPath, localePrefix, type Locale } from "./i18n/locales";
import { notSavedOfflinePage } from "./i18n/not-saved-offline";
import { offlineGroupOf } from "./i18n/offline-groups";
import type { OfflineReply, OfflineRequest } from "./ui/offline-messages";

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: { url: string; revision: string | null }[] };

const base = import.meta.env.BASE_URL;
const precache = new PrecacheController();
precache.addToCacheList(self.__WB_MANIFEST);

const groupOf = (url: string) => offlineGroupOf(new URL(url).pathname, base);

/** Caches every listed file of `groups` that is not cached yet, one at a time (as Workbox does). */
async function fill(groups: ReadonlySet<Locale | "shared">): Promise<void> {
  const cache = await caches.open(precache.strategy.cacheName);
  for (const [url, cacheKey] of precache.getURLsToCacheKeys()) {
    if (!groups.has(groupOf(url)) || (await cache.match(cacheKey))) continue;
    const response = await fetch(url, { cache: "reload", credentials: "same-origin" });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    await cache.put(cacheKey, response);
  }
}

/** The languages whose pages a previous version cached (to refill them on an update). */
async function languagesCached(): Promise<Locale[]> {
  const cache = await caches.open(precache.strategy.cacheName);
  const groups = new Set((await cache.keys()).map((request) => groupOf(request.url)));
  return LOCALES.filter((locale) => groups.has(locale));
}

self.addEventListener("install", (event) => {
  event.waitUntil(languagesCached().then((cached) => fill(new Set(["shared", ...cached]))));
});
self.addEventListener("activate", (event) => {
  // Drops cached files the new list no longer names (old revisions), then serves the pages that
  // are open: on a first visit, the very page that said "Ready offline" must keep drawing its map
  // when the network goes, without a reload. (Activation waits until no page runs an older
  // version, so the pages it takes are those of its own.)
  event.waitUntil(precache.activate(event).then(() => self.clients.claim()));
});
self.addEventListener("message", (event: ExtendableMessageEvent) => {
  const request = event.data as OfflineRequest | undefined;
  if (request?.type !== "cache-language" || !isLocale(request.locale)) return;
  const reply = (message: OfflineReply) => event.ports[0]?.postMessage(message);
  // A page that asks is served from here on too (one opened with a forced reload was not).
  event.waitUntil(fill(new Set(["shared", request.locale])).then(() => self.clients.claim()).then(
    () => reply({ type: "language-cached", locale: request.locale }),
    () => reply({ type: "language-failed", locale: request.locale }),
  ));
});

// PMTiles reads the basemap with Range requests, and a whole 200 response makes it fail: answer
// them with 206 slices of the cached archive. Registered first, so it wins over the precache route.
registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.endsWith(".pmtiles"),
  async ({ request, url }) => {
    const whole = (await precache.matchPrecache(url.pathname)) ?? (await fetch(request));
    return request.headers.has("range") ? createPartialResponse(request, whole) : whole;
  },
);

// Cached files are answered from the cache (a folder as its index.html); a file of a language not
// cached yet falls through to the network.
registerRoute(new PrecacheRoute(precache));
cleanupOutdatedCaches();

// Any other address gets its language's overview, which is the same app: it reads the address and
// explains, in that language.
for (const locale of LOCALES.filter((l) => localePrefix(l) !== "")) {
  const home = localeBasePath(locale, base);
  registerRoute(new NavigationRoute(precache.createHandlerBoundToURL(`${home}index.html`), { allowlist: [new RegExp(`^${home.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`)] }));
}
registerRoute(new NavigationRoute(precache.createHandlerBoundToURL(`${base}index.html`)));

// Offline, a page in a language this device has not saved (its link on a saved page) has no copy
// to answer with: say so in that language, with the way back, rather than the browser's error page.
setCatchHandler(async ({ request }) => {
  if (request.mode !== "navigate") return Response.error();
  const { locale } = localeOfPath(new URL(request.url).pathname, base);
  return new Response(notSavedOfflinePage(locale, request.referrer, self.location.origin, base), {
    status: 503,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
});

// No skipWaiting: a new deployment takes over on the next visit, never mid-session, so a page
// never runs old code against new files.
