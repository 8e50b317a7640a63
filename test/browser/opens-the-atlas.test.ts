// A visitor opens the atlas from a static host under a sub-path and sees a real map.
import { describe, expect, test } from "vitest";
import { useTestSite } from "./support/site";
import { openAtlas as open } from "./support/open-atlas";
import { waitForMapReady } from "./support/page-watch";
import { colourDistance, dominantColourAt, cameraFromHash } from "./support/pixels";
import { THEME } from "../../src/map/theme";
import { CASPIAN_CENTRE, CENTRAL_KAZAKH_STEPPE } from "../fixtures/places";

const env = useTestSite();
const openAtlas = (path = "", viewport = { width: 1280, height: 720 }) => open(env.browser, env.site, path, viewport);

describe("opening the atlas", () => {
  test("shows a drawn map of the region with its title, zoom buttons and attribution, using only the site itself", async () => {
    const { page, watch, context } = await openAtlas();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Corridor Atlas");
    expect(await page.getByRole("button", { name: "Zoom in" }).isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Zoom out" }).isVisible()).toBe(true);
    expect(await page.locator(".maplibregl-ctrl-attrib").textContent()).toContain("Natural Earth");
    expect(await page.getByText("Loading the map…").count()).toBe(0);

    // Centred on Kazakhstan and the Caspian (framing.test.ts checks every corridor's ends are in view).
    const camera = cameraFromHash(await page.evaluate(() => location.hash));
    expect(camera.lng).toBeGreaterThan(55);
    expect(camera.lng).toBeLessThan(75);

    // A blank or unstyled map fails here: the sea and the land each have their own colour.
    // (Almaty itself now carries its hub symbol; the unit test checks it is land in the archive.)
    expect(colourDistance(await dominantColourAt(page, CASPIAN_CENTRE), THEME.sea)).toBeLessThan(6);
    expect(colourDistance(await dominantColourAt(page, CENTRAL_KAZAKH_STEPPE), THEME.land)).toBeLessThan(6);

    // The page downloaded its own language's words and no other's.
    const scripts = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname.split("/").pop()!));
    expect(scripts.filter((file) => file.startsWith("words-")).map((file) => file.split("-")[1])).toEqual(["en"]);
    expect(watch.outsideRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    await context.close();
  });

  test("the page's largest paint is its static first screen, on screen before the app takes it over", async () => {
    // Chrome drops a paint whose nodes are moved before it is presented: taking over too early made
    // the lead's paint wait for the script (Lighthouse's mobile LCP went from 1.4 s to 3.5 s).
    const context = await env.browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.addInitScript(`
      window.__paints = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__paints.push({ at: e.startTime, what: e.element ? e.element.className : "" }); })
        .observe({ type: "largest-contentful-paint", buffered: true });
      document.addEventListener("DOMContentLoaded", () => {
        const app = document.getElementById("app");
        const seen = new MutationObserver(() => { window.__takenOverAt = performance.now(); seen.disconnect(); });
        seen.observe(app, { childList: true });
      });
    `);
    await page.goto(env.site.url);
    await waitForMapReady(page);
    const { paints, takenOverAt } = await page.evaluate(() => ({ paints: (window as never as { __paints: { at: number; what: string }[] }).__paints, takenOverAt: (window as never as { __takenOverAt: number }).__takenOverAt }));
    expect(paints.at(-1)?.what).toBe("panel__lead");
    expect(takenOverAt).toBeGreaterThan(0);
    expect(paints.at(-1)!.at).toBeLessThan(takenOverAt);
    await context.close();
  });

  test("the zoom buttons zoom the map", async () => {
    const { page, context } = await openAtlas();
    const before = cameraFromHash(await page.evaluate(() => location.hash)).zoom;
    await page.getByRole("button", { name: "Zoom in" }).click();
    await page.waitForFunction((z) => Number(new URLSearchParams(location.hash.slice(1)).get("map")?.split("/")[0]) > z + 0.5, before);
    await context.close();
  });

  test("zoomed in to level 8 on the Caspian shore, land and sea are both still drawn", async () => {
    // Aktau's coast (GeoNames: Aktau 51.2, 43.65): half the screen is sea, half land.
    const { page, context, watch } = await openAtlas("#map=8/43.65/51.2");
    expect(colourDistance(await dominantColourAt(page, [50.9, 43.65]), THEME.sea)).toBeLessThan(6);
    expect(colourDistance(await dominantColourAt(page, [51.5, 43.75]), THEME.land)).toBeLessThan(6);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  test("an unknown address gets the host's 404 page, which is still the working atlas", async () => {
    const { page, response, watch, context } = await openAtlas("no/such/page/");
    expect(response?.status()).toBe(404);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Corridor Atlas");
    expect(watch.outsideRequests).toEqual([]);
    await context.close();
  });

  test("on a phone the map spans the width above the sheet, without horizontal scroll", async () => {
    const { page, context } = await openAtlas("", { width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBe(0);
    const box = await page.locator(".maplibregl-canvas").boundingBox();
    expect(box?.width).toBe(390);
    expect(box?.height).toBeGreaterThan(844 / 2);
    await context.close();
  });
});
