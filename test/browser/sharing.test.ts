// A sharer sends a link to one corridor; the person who opens it sees exactly that view.
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { TEST_BASE_PATH, useTestSite } from "./support/site";
import { openAtlas } from "./support/open-atlas";
import { cameraFromHash } from "./support/pixels";
import { waitForMapReady } from "./support/page-watch";
import type { CorridorMeta } from "../../src/model/corridor";

const corridors = JSON.parse(readFileSync("data/corridors/corridors.json", "utf8")).corridors as CorridorMeta[];
const named = (id: string) => corridors.find((c) => c.id === id)!.name;
const SITE_URL = `https://atlas.example${TEST_BASE_PATH}`;

const env = useTestSite();

describe("shared links", () => {
  test("corridors/kti/ opened cold shows its panel, framed, with focus on its heading", async () => {
    const { context, page, watch, response } = await openAtlas(env.browser, env.site, "corridors/kti/");
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(named("kti"));
    expect(await page.title()).toBe(`${named("kti")} — Corridor Atlas`);
    // Framed on the line: the camera's centre lies between Beineu and Gorgan.
    await expect.poll(async () => {
      const camera = cameraFromHash(await page.evaluate(() => location.hash));
      return camera.lng > 50 && camera.lng < 57 && camera.lat > 36 && camera.lat < 46 && camera.zoom > 4.5;
    }, { timeout: 15_000 }).toBe(true);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.outsideRequests).toEqual([]);
    await context.close();
  });

  test("a shared corridor fetches its own view's tiles, not the overview's on the way", async () => {
    // The basemap tiles each page asks for, by byte range. The archive's header is every page's,
    // and a tile it stores once for many places (open land, a few dozen bytes) may be too.
    const OWN_TILE_BYTES = 200;
    const tileRanges = async (path: string) => {
      const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      const ranges = new Set<string>();
      page.on("request", (request) => {
        const range = request.headers().range;
        const [from, to] = (range?.match(/^bytes=(\d+)-(\d+)$/) ?? []).slice(1).map(Number);
        if (request.url().endsWith(".pmtiles") && from! > 0 && to! - from! >= OWN_TILE_BYTES) ranges.add(range!);
      });
      await page.goto(new URL(path, env.site.url).href);
      await waitForMapReady(page);
      await context.close();
      return ranges;
    };
    const overview = await tileRanges("");
    const kti = await tileRanges("corridors/kti/");
    expect(overview.size).toBeGreaterThan(0);
    expect(kti.size).toBeGreaterThan(0);
    expect([...kti].filter((range) => overview.has(range))).toEqual([]);
  });

  test("Share copies the canonical address and says so", async () => {
    const { context, page } = await openAtlas(env.browser, env.site, "corridors/kti/");
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(env.site.url).origin });
    await page.getByRole("button", { name: "Share" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Link copied" }).count()).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE_URL}corridors/kti/`);
    // After the person moves the map, the link keeps their camera.
    await page.getByRole("button", { name: "Zoom in" }).click();
    await page.waitForFunction(() => performance.getEntriesByName("map-ready").length > 0);
    await expect.poll(async () => {
      await page.getByRole("button", { name: "Share" }).click();
      return page.evaluate(() => navigator.clipboard.readText());
    }, { timeout: 10_000 }).toMatch(new RegExp(`^${SITE_URL}corridors/kti/#map=[\\d.]+/[\\d.-]+/[\\d.-]+$`));
    await context.close();
  });

  test("picking pushes addresses that Back and Forward walk; camera moves do not", async () => {
    const { context, page } = await openAtlas(env.browser, env.site);
    const start = await page.evaluate(() => history.length);
    await page.getByRole("list", { name: "Corridors", exact: true }).getByRole("button", { name: "Middle Corridor" }).click();
    await expect.poll(() => page.evaluate(() => location.pathname)).toBe(`${TEST_BASE_PATH}corridors/titr/`);
    await page.getByRole("list", { name: /Ports and hubs on the/ }).getByRole("button", { name: /Port of Aktau/ }).click();
    await expect.poll(() => page.evaluate(() => location.pathname)).toBe(`${TEST_BASE_PATH}hubs/aktau/`);
    // Count the address writes from here on: MapLibre writes the camera on a throttle, so wait
    // until it has written the zoomed-out camera before checking that none of it was a push.
    await page.evaluate(() => {
      const w = window as unknown as { writes: { push: number; replace: number } };
      w.writes = { push: 0, replace: 0 };
      const [push, replace] = [history.pushState.bind(history), history.replaceState.bind(history)];
      history.pushState = (...args) => { w.writes.push++; return push(...args); };
      history.replaceState = (...args) => { w.writes.replace++; return replace(...args); };
    });
    for (let i = 0; i < 3; i++) await page.getByRole("button", { name: "Zoom out" }).click();
    const writes = () => page.evaluate(() => (window as unknown as { writes: { push: number; replace: number } }).writes);
    await expect.poll(async () => (await writes()).replace, { timeout: 15_000 }).toBeGreaterThan(0);
    expect((await writes()).push).toBe(0);
    expect(await page.evaluate(() => history.length)).toBe(start + 2);

    await page.goBack();
    await expect.poll(() => page.getByRole("heading", { level: 2 }).textContent()).toBe(named("titr"));
    expect(await page.evaluate(() => location.pathname)).toBe(`${TEST_BASE_PATH}corridors/titr/`);
    await page.goBack();
    await expect.poll(() => page.getByRole("heading", { level: 2 }).textContent()).toBe("Corridors and hubs");
    await page.goForward();
    await expect.poll(() => page.getByRole("heading", { level: 2 }).textContent()).toBe(named("titr"));
    await context.close();
  });

  test("closing the panel returns to the overview address", async () => {
    const { context, page } = await openAtlas(env.browser, env.site, "corridors/casa/");
    await page.getByRole("button", { name: /All corridors and hubs/ }).click();
    await expect.poll(() => page.evaluate(() => location.pathname)).toBe(TEST_BASE_PATH);
    expect(await page.getByRole("heading", { level: 2 }).textContent()).toBe("Corridors and hubs");
    await context.close();
  });

  test("an unknown id gets the host's 404 page, which says so plainly over a working map and offers the list", async () => {
    const { context, page, response, watch } = await openAtlas(env.browser, env.site, "corridors/silk-road/");
    expect(response?.status()).toBe(404);
    expect(await page.getByRole("alert").textContent()).toContain("There is no corridor called “silk-road”.");
    expect(await page.getByRole("list", { name: "Corridors", exact: true }).getByRole("button").count()).toBe(corridors.length);
    expect(watch.pageErrors).toEqual([]);
    await context.close();
  });

  test("a link to a passage that is not in the atlas says so, opens the page it names, and drops the passage from the address", async () => {
    const { context, page, watch } = await openAtlas(env.browser, env.site, "corridors/kti/#quote=no-such-passage&year=2014");
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("There is no passage called “no-such-passage”.");
    expect(await page.getByRole("heading", { level: 2 }).textContent()).toContain("Kazakhstan");
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.hash.slice(1)).has("quote"))).toBe(false);
    expect(await page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get("year"))).toBe("2014");
    expect(watch.pageErrors).toEqual([]);
    await context.close();
  });

  test("?embed shows the map and the panel without the site's chrome", async () => {
    const { context, page } = await openAtlas(env.browser, env.site, "corridors/titr/?embed");
    expect(await page.locator(".masthead__tagline").isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Share" }).isVisible()).toBe(false);
    await expect.poll(() => page.getByRole("heading", { level: 2 }).textContent()).toBe(named("titr"));
    await context.close();
  });

  test("?embed in a frame narrower than a laptop's (the code's 100% × 520 px in an article's column) is mostly map; its list opens on request", async () => {
    const frame = { width: 700, height: 520 };
    const { context, page } = await openAtlas(env.browser, env.site, "corridors/casa/?embed", frame);
    const map = (await page.locator(".map-canvas").boundingBox())!;
    // It had 286 px of the 520, under a sheet with the corridor's text.
    expect(map.height).toBeGreaterThanOrEqual(frame.height * 0.75);
    expect(await page.getByRole("heading", { level: 2 }).isVisible()).toBe(false);
    await page.getByRole("button", { name: "Expand the list" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 2 }).isVisible()).toBe(true);
    expect(await page.getByRole("heading", { level: 2 }).textContent()).toBe(named("casa"));
    await context.close();
  });
});
