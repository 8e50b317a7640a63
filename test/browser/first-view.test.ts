// The first view appears whole: no half-drawn map while its tiles are on their way, then the
// complete map at the screen's own resolution (see src/map/first-view.ts).
import { describe, expect, test } from "vitest";
import type { Page, Route } from "playwright-core";
import { useTestSite } from "./support/site";
import { waitForMapReady, watchPage } from "./support/page-watch";
import { colourDistance, dominantColourAt } from "./support/pixels";
import { THEME } from "../../src/map/theme";
import { CASPIAN_CENTRE, CENTRAL_KAZAKH_STEPPE } from "../fixtures/places";
import { SHOW_ANYWAY_AFTER_MS } from "../../src/map/first-view";

const env = useTestSite();

/** Lets the basemap archive's header through and holds back every tile until `release` is called. */
async function holdBasemapTiles(page: Page) {
  const held: Route[] = [];
  let released = false;
  await page.route("**/*.pmtiles", (route) => {
    const isHeader = route.request().headers().range?.startsWith("bytes=0-");
    if (isHeader || released) return route.continue();
    held.push(route);
  });
  return {
    held,
    release: async () => {
      released = true;
      for (const route of held.splice(0)) await route.continue();
    },
  };
}

/**
 * Records, in the page, when the map's canvas appeared, when it was first visible, and the size of
 * the drawing buffer the last draw call went to when the app marked map-ready.
 */
const RECORD_FIRST_VIEW = () => {
  const w = window as unknown as Record<string, number | undefined>;
  new MutationObserver(() => {
    const canvas = document.querySelector<HTMLCanvasElement>(".maplibregl-canvas");
    if (!canvas) return;
    w.__canvasAt ??= performance.now();
    if (w.__shownAt === undefined && canvas.style.visibility !== "hidden") w.__shownAt = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["style"] });
  for (const method of ["drawElements", "drawArrays"] as const) {
    const draw = WebGL2RenderingContext.prototype[method] as (...args: unknown[]) => void;
    WebGL2RenderingContext.prototype[method] = function (this: WebGL2RenderingContext, ...args: unknown[]) {
      w.__lastDrawWidth = this.drawingBufferWidth;
      return draw.apply(this, args);
    } as never;
  }
  const mark = performance.mark.bind(performance);
  performance.mark = ((name: string, options?: PerformanceMarkOptions) => {
    if (name === "map-ready") w.__drawWidthAtReady = w.__lastDrawWidth;
    return mark(name, options);
  }) as typeof performance.mark;
};
const recorded = (page: Page) => page.evaluate(() => {
  const w = window as unknown as Record<string, number | undefined>;
  return { canvasAt: w.__canvasAt, shownAt: w.__shownAt, drawWidthAtReady: w.__drawWidthAtReady, now: performance.now() };
});

const canvas = (page: Page) => page.locator(".maplibregl-canvas");
const drawingBuffer = (page: Page) => canvas(page).evaluate((c: HTMLCanvasElement) => ({ width: c.width, cssWidth: c.clientWidth }));

describe("the first view", () => {
  test("is not shown half-drawn while its tiles are on their way, then shows whole and sharp", async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    const watch = watchPage(page, env.site.url);
    await page.addInitScript(RECORD_FIRST_VIEW);
    const tiles = await holdBasemapTiles(page);
    await page.goto(env.site.url);

    // The map is asking for its tiles: the corridors are in, the land is not. A person sees the
    // sea-coloured map area and the loading note, not corridors floating on an empty sea.
    await expect.poll(() => tiles.held.length, { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await canvas(page).count()).toBe(1);
    expect(await page.getByText("Loading the map…").isVisible()).toBe(true);

    const releasedAt = (await recorded(page)).now;
    await tiles.release();
    await waitForMapReady(page);
    expect(await canvas(page).isVisible()).toBe(true);
    // Shown only once its tiles were in (or, on a machine slow enough, by the fallback timer).
    const seen = await recorded(page);
    expect(seen.shownAt).toBeGreaterThan(Math.min(releasedAt, seen.canvasAt! + SHOW_ANYWAY_AFTER_MS - 100));
    expect(await page.getByText("Loading the map…").count()).toBe(0);
    // Drawn at the screen's own pixel ratio, not the tiny one it loaded at, and map-ready is
    // marked only once the map has drawn at that size.
    const buffer = await drawingBuffer(page);
    expect(buffer.width).toBe(buffer.cssWidth * 2);
    expect(seen.drawWidthAtReady).toBe(buffer.width);
    expect(colourDistance(await dominantColourAt(page, CASPIAN_CENTRE), THEME.sea)).toBeLessThan(6);
    expect(colourDistance(await dominantColourAt(page, CENTRAL_KAZAKH_STEPPE), THEME.land)).toBeLessThan(6);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    await context.close();
  });

  test("follows the screen's pixel ratio when it changes (browser zoom, another monitor)", async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(env.site.url);
    await waitForMapReady(page);
    const before = await drawingBuffer(page);
    expect(before.width).toBe(before.cssWidth);

    // What zooming the browser to 200% does: half the CSS pixels, each of them two device pixels.
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setDeviceMetricsOverride", { width: 640, height: 360, deviceScaleFactor: 2, mobile: false });
    await expect.poll(async () => { const b = await drawingBuffer(page); return b.width / b.cssWidth; }).toBe(2);
    await context.close();
  });

  test("on a network that never delivers the basemap, shows what it has after a few seconds", async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.addInitScript(RECORD_FIRST_VIEW);
    const tiles = await holdBasemapTiles(page);
    await page.goto(env.site.url);
    await expect.poll(() => tiles.held.length, { timeout: 30_000 }).toBeGreaterThan(0);

    await expect.poll(() => canvas(page).isVisible(), { timeout: SHOW_ANYWAY_AFTER_MS + 10_000 }).toBe(true);
    const seen = await recorded(page);
    expect(seen.shownAt! - seen.canvasAt!).toBeGreaterThan(SHOW_ANYWAY_AFTER_MS - 100);
    const buffer = await drawingBuffer(page);
    expect(buffer.width).toBe(buffer.cssWidth);
    // Still loading, and it says so.
    expect(await page.getByText("Loading the map…").isVisible()).toBe(true);
    await tiles.release();
    await waitForMapReady(page);
    await context.close();
  });
});
