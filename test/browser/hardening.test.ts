// Hostile links, no WebGL and failures at run time meet a clear message, never a broken page;
// and nothing runs that the site did not ship.
import { describe, expect, test } from "vitest";
import { chromium, type Page } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/chromium";
import { TEST_BASE_PATH, useTestSite } from "./support/site";
import { openAtlas } from "./support/open-atlas";
import { watchPage } from "./support/page-watch";
import { hostileAddressSample } from "../support/hostile-addresses";
import { msToNextIdle } from "../../scripts/bench/map-idle";

const env = useTestSite();

/** Records every Content-Security-Policy violation the page reports. */
async function recordCspViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/** Markup a hostile address might have smuggled into the page. */
// What an injected payload would leave in the page.
const INJECTED = "img[src='x'], script:not([src]), [onerror], [onmouseover], iframe";
const injected = (page: Page) => page.evaluate((selector) => document.querySelectorAll(selector).length, INJECTED);

describe("a strict Content-Security-Policy", () => {
  test("every page carries it, and the map, panels and tour run under it without a single violation", async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const violations = await recordCspViolations(page);
    const watch = watchPage(page, env.site.url);
    await page.goto(`${env.site.url}corridors/titr/`);
    await page.waitForFunction(() => performance.getEntriesByName("map-ready").length > 0, null, { timeout: 90_000 });
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain("unsafe");
    await page.getByRole("list", { name: /Ports and hubs on the/ }).getByRole("button").first().click();
    await page.goto(`${env.site.url}tour/#stop=2`);
    await page.waitForFunction(() => performance.getEntriesByName("map-ready").length > 0, null, { timeout: 90_000 });
    // Step on, and wait for the map to settle at the next stop.
    await msToNextIdle(page, () => page.keyboard.press("ArrowRight"));
    // The page tells it by the map's state; production marks no benchmark-only timings.
    expect(await page.evaluate(() => performance.getEntriesByType("mark").map((m) => m.name))).toEqual(["map-ready"]);
    expect(await violations()).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });
});

describe("hostile addresses", () => {
  const addresses = hostileAddressSample();

  test(`none of ${addresses.length} addresses opens a dialog, throws, injects markup or leaves a blank page`, async () => {
    // Reduced motion: each address jumps to its view instead of flying there, so all of them take
    // half the time; what is checked (no markup, no crash, a heading) does not move.
    const { context, page, dialogs, watch } = await openAtlas(env.browser, env.site, "", undefined, { reducedMotion: "reduce" });
    for (const { path, search, hash } of addresses) {
      // Back and Forward hand the app an address exactly as a link would on load.
      await page.evaluate((url) => {
        history.pushState(null, "", url);
        dispatchEvent(new PopStateEvent("popstate"));
      }, `${TEST_BASE_PATH}${path}${search}${hash}`);
      const label = `${path}${search}${hash.slice(0, 80)}`;
      // One round trip for the three checks: each address × four calls was most of this test's time.
      const shown = await page.evaluate((selector) => ({
        injected: document.querySelectorAll(selector).length,
        crashed: document.querySelectorAll(".crash").length,
        headings: [...document.querySelectorAll("h1, h2")].filter((h) => h.getClientRects().length > 0 && getComputedStyle(h).visibility !== "hidden").length,
      }), INJECTED);
      expect(shown.injected, label).toBe(0);
      expect(shown.crashed, label).toBe(0);
      expect(shown.headings, label).toBeGreaterThan(0);
    }
    expect(dialogs).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    await context.close();
  }, 300_000);

  // Every 20th address also opened cold (the walk above hands all of them to the running app).
  const sample = addresses.filter((_, i) => i % 20 === 0).map((a) => [`${a.path}${a.search}${a.hash}`.slice(0, 60) || "(the base)", a] as const);
  test.each(sample)("opened cold, %s gets a working map or a friendly notice", async (_, { path, search, hash }) => {
    // "./" keeps a path like "javascript:alert(1)/" a path under the env.site, as a browser would.
    const { context, page, dialogs, watch } = await openAtlas(env.browser, env.site, `./${path}${search}${hash.slice(0, 2000)}`);
    expect(await injected(page)).toBe(0);
    expect(dialogs).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    await context.close();
  });
});

describe("without WebGL", () => {
  test("the page says so in place of the map, and the list, the quotes and the tour captions still work", async () => {
    const noGl = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, "--disable-webgl", "--disable-3d-apis"] });
    try {
      const page = await noGl.newPage({ viewport: { width: 1280, height: 720 } });
      const watch = watchPage(page, env.site.url);
      await page.goto(env.site.url);
      await expect.poll(() => page.getByText("This browser cannot draw the map").count(), { timeout: 30_000 }).toBe(1);
      await page.getByRole("list", { name: "Corridors", exact: true }).getByRole("button", { name: "KTI railway" }).click();
      await expect.poll(() => page.getByRole("heading", { level: 2 }).textContent()).toBe("Kazakhstan–Turkmenistan–Iran railway");
      expect(await page.locator("figure.quote blockquote").count()).toBeGreaterThan(0);
      await page.goto(`${env.site.url}tour/`);
      await expect.poll(() => page.locator(".tour-caption__progress").textContent({ timeout: 1000 }).catch(() => null), { timeout: 30_000 }).toMatch(/^1 \//);
      await page.keyboard.press("ArrowRight");
      await expect.poll(() => page.locator(".tour-caption__progress").textContent()).toMatch(/^2 \//);
      expect(watch.pageErrors).toEqual([]);
    } finally {
      await noGl.close();
    }
  });
});

describe("with WebGL 1 only", () => {
  test("the page gives the same plain notice, not a failure to reload (MapLibre 6 needs WebGL 2)", async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
    // An older GPU or driver: the browser offers WebGL 1 and no WebGL 2.
    await context.addInitScript(() => {
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        return type === "webgl2" ? null : (getContext as (...a: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof getContext;
    });
    const page = await context.newPage();
    await page.goto(env.site.url);
    await expect.poll(() => page.getByText("This browser cannot draw the map").count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByText("The map could not start").count()).toBe(0);
    await context.close();
  });
});

describe("failures at run time", () => {
  test("a basemap that fails to load becomes a calm notice with a retry", async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.route("**/*.pmtiles", (route) => route.abort());
    await page.goto(env.site.url);
    await expect.poll(() => page.getByText("Part of the map could not be loaded.").count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByRole("button", { name: "Retry" }).isVisible()).toBe(true);
    await context.close();
  });

  test("an unexpected error shows plain words, a reload button and the corridors, not a blank page", async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    // Data of the wrong shape makes the interface throw while rendering.
    await page.route("**/data/atlas.json", (route) => route.fulfill({ json: { corridors: [{ id: "titr" }], hubs: null, quotes: null, articles: null, tour: null } }));
    await page.goto(env.site.url);
    await expect.poll(() => page.getByRole("heading", { name: "Something went wrong in the atlas" }).count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByRole("button", { name: "Reload the page" }).isVisible()).toBe(true);
    expect(await page.locator(".crash > ul").getByRole("link").count()).toBe(5);
    expect(await page.getByRole("navigation", { name: "Language" }).getByRole("link").count()).toBe(3);
    expect(await page.locator("body").textContent()).not.toMatch(/at \w+ \(|TypeError/);
    await context.close();
  });
});
