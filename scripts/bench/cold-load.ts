// One visit as a visitor has it, in a fresh browser context (an empty HTTP cache, which still works
// within the visit): a first visit with the service worker allowed, a repeat visit once the first
// one's worker has cached the site, or a first visit with service workers blocked. Returns the
// app's map-ready time, when that map was on screen, and the bytes that crossed the network.
import type { Browser } from "playwright-core";
import type { Locale } from "../../src/i18n/locales.ts";
import type { OfflineReply, OfflineRequest } from "../../src/ui/offline-messages.ts";

export interface ColdLoad {
  /** The page's own `map-ready` mark: the map's first idle (MapLibre fires it before the frame is composited). */
  mapReadyMs: number;
  /** Two animation frames later: by then the frame that idle ended has been composited. */
  mapOnScreenMs: number;
  bytes: number;
  /** The page was served by a service worker (a repeat visit of the atlas should be). */
  controlled: boolean;
}

// Marks `map-on-screen` two animation frames after `map-ready`, on any page that marks map-ready;
// the frames are asked for as the mark is made, not when an observer hears of it a task later.
const MARK_ON_SCREEN = `
  const mark = performance.mark.bind(performance);
  performance.mark = (name, options) => {
    if (name === "map-ready") requestAnimationFrame(() => requestAnimationFrame(() => mark("map-on-screen")));
    return mark(name, options);
  };
`;

export const VISITS = ["first", "repeat", "no-sw"] as const;
export type Visit = (typeof VISITS)[number];

/** `hasWorker`: the page registers a service worker (the atlas does, the reference page does not). */
export async function coldLoad(browser: Browser, url: string, visit: Visit = "first", hasWorker = false): Promise<ColdLoad> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: visit === "no-sw" ? "block" : "allow" });
  await context.addInitScript(MARK_ON_SCREEN);
  if (visit === "repeat") {
    // The first visit, left until its worker has cached the site (a page without one just loads).
    const first = await context.newPage();
    await first.goto(url);
    await first.waitForFunction(() => performance.getEntriesByName("map-ready").length > 0, null, { timeout: 120_000 });
    // A returning visitor comes back to a site already cached: the worker activated (only then does
    // it control a new page) and this page's language cached. Waiting for an `active` worker alone
    // opened the repeat page while the worker was still activating and filling the language: that
    // page was not controlled, and it shared the network and the cores with the filling.
    if (hasWorker) await first.evaluate(cacheThisLanguage);
    await first.close();
  }
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  let bytes = 0;
  cdp.on("Network.loadingFinished", (event) => (bytes += event.encodedDataLength));
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName("map-on-screen").length > 0, null, { timeout: 120_000 });
  const [mapReadyMs, mapOnScreenMs] = await page.evaluate(() => ["map-ready", "map-on-screen"].map((name) => performance.getEntriesByName(name)[0]!.startTime));
  const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  await page.waitForTimeout(300); // late requests (label fonts) still count toward the first view
  await context.close();
  return { mapReadyMs: mapReadyMs!, mapOnScreenMs: mapOnScreenMs!, bytes, controlled };
}

/**
 * Runs in the page: waits until the site's worker is activated, then asks it for the page's
 * language as the app does (src/ui/offline.ts, the same message) and resolves once it is cached.
 */
async function cacheThisLanguage(): Promise<void> {
  const registration = await navigator.serviceWorker.ready;
  const worker = registration.active!;
  if (worker.state !== "activated") await new Promise((resolve) => worker.addEventListener("statechange", resolve));
  const reply = await new Promise<OfflineReply>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<OfflineReply>) => resolve(event.data);
    const request: OfflineRequest = { type: "cache-language", locale: document.documentElement.lang as Locale };
    worker.postMessage(request, [channel.port2]);
  });
  if (reply.type !== "language-cached") throw new Error(`the worker could not cache the page's language: ${reply.type}`);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
