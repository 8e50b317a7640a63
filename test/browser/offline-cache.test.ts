// The offline cache waits for the map: a first-time visitor's map loads without the service worker
// downloading the whole site beside it, and the worker arrives right after.
import { describe, expect, test } from "vitest";
import { useTestSite } from "./support/site";
import { waitForMapReady, watchPage } from "./support/page-watch";

const env = useTestSite();

// Notes when the page asks for its service worker, on the same clock as the map-ready mark.
const WATCH_REGISTER = `
  const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
  navigator.serviceWorker.register = (...args) => {
    window.__registeredAt = performance.now();
    return register(...args);
  };
`;

describe("the offline cache on a first visit", () => {
  test("no service worker is asked for before the map is ready; one is registered right after", async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.addInitScript(WATCH_REGISTER);
    const page = await context.newPage();
    const watch = watchPage(page, env.site.url);
    await page.goto(env.site.url);
    await waitForMapReady(page);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => Boolean(r))), { timeout: 30_000 }).toBe(true);
    const [registeredAt, mapReadyAt] = await page.evaluate(() => [
      (window as unknown as { __registeredAt?: number }).__registeredAt ?? -1,
      performance.getEntriesByName("map-ready")[0]!.startTime,
    ]);
    expect(registeredAt).toBeGreaterThan(mapReadyAt);
    expect(watch.pageErrors).toEqual([]);
    await context.close();
  });
});
