// Watches a page the way a careful reviewer would: every request that leaves the site's origin,
// every console error and every uncaught exception.
import type { Page } from "playwright-core";

export interface PageWatch {
  outsideRequests: string[];
  consoleErrors: string[];
  pageErrors: string[];
}

export function watchPage(page: Page, siteUrl: string): PageWatch {
  const origin = new URL(siteUrl).origin;
  const watch: PageWatch = { outsideRequests: [], consoleErrors: [], pageErrors: [] };
  page.on("request", (req) => {
    const url = req.url();
    if (url.startsWith("data:") || url.startsWith("blob:")) return;
    if (new URL(url).origin !== origin) watch.outsideRequests.push(url);
  });
  page.on("console", (msg) => {
    if (msg.type() === "error") watch.consoleErrors.push(msg.text());
  });
  page.on("pageerror", (err) => watch.pageErrors.push(err.message));
  return watch;
}

/** Resolves once the app has marked `map-ready` (the map's first idle, drawn whole at full resolution). */
export async function waitForMapReady(page: Page): Promise<void> {
  // SwiftShader settles slowly; wait for the app's own mark, never a fixed delay.
  await page.waitForFunction(() => performance.getEntriesByName("map-ready").length > 0, null, { timeout: 90_000 });
}

/** Resolves once the map is at rest with every tile drawn (`data-idle`, written on each idle). */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector(".map-canvas")?.getAttribute("data-idle") === "true", null, { timeout: 30_000 });
}
