// Every view frames what it is about, on a projector, a laptop and a phone, however it was
// reached: a cold link, a pick from the list, a tour step either way, Back and Forward, a phone's
// pulled-up list, the legend opening, the window changing size. Each check projects the shown
// thing with the camera in the address and compares it with the boxes on screen.
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { useTestSite } from "./support/site";
import { openAtlas } from "./support/open-atlas";
import { corridorExtent, hubExtent, overviewExtent, readShown, waitForFraming, type Extent } from "./support/framing";
import type { CorridorMeta, HubCollection, TourStop } from "../../src/model/corridor";
import { shownSources, sourcesShownFor } from "./support/text-sources";

const env = useTestSite();
const stops = JSON.parse(readFileSync("data/tour.json", "utf8")).stops as TourStop[];
const corridorIds = ["titr", "kti", "north-south", "east-west", "casa"];
const hubs = (JSON.parse(readFileSync("data/hubs.geojson", "utf8")) as HubCollection).features.map((h) => h.properties);
const hubIds = hubs.map((h) => h.id);
const corridorMetas = JSON.parse(readFileSync("data/corridors/corridors.json", "utf8")).corridors as CorridorMeta[];
const sourcesOf = (kind: "corridor" | "hub", id: string) =>
  (kind === "hub" ? hubs.find((h) => h.id === id)! : corridorMetas.find((c) => c.id === id)!).descriptionSources;
// Picks jump rather than fly, so the many views below settle quickly; the tour flies.
const INSTANT = { reducedMotion: "reduce" as const };

const extentOfStop = (stop: TourStop): Extent =>
  stop.show.kind === "corridor" ? corridorExtent(stop.show.id) : stop.show.kind === "hub" ? hubExtent(stop.show.id) : overviewExtent();

const cameraNow = async (page: Page) => (await readShown(page))?.camera;

async function expectFramed(page: Page, extent: Extent, what: string) {
  expect(await waitForFraming(page, extent), what).toEqual([]);
}

describe("every view frames what it is about", () => {
  test("on a 1280×720 projector, every tour stop fills the map above the caption, stepped to either way, as a cold open of it does", async () => {
    const { context, page } = await openAtlas(env.browser, env.site, "tour/", { width: 1280, height: 720 });
    const stepped: Record<number, unknown> = {};
    for (let n = 1; n <= stops.length; n++) {
      await expect.poll(() => page.locator(".tour-caption__progress").textContent()).toBe(`${n} / ${stops.length}`);
      await expectFramed(page, extentOfStop(stops[n - 1]!), `stop ${n} (${stops[n - 1]!.title}) stepped forward`);
      const caption = await page.locator(".tour-caption").boundingBox();
      expect(caption!.height, `stop ${n}'s caption leaves the map most of the screen`).toBeLessThan(720 / 3);
      stepped[n] = await cameraNow(page);
      if (n < stops.length) await page.keyboard.press("PageDown");
    }
    // Back the way it came without the flights: the camera each step ends on is the same, and
    // eleven flights more were a fifth of this file's time.
    await page.emulateMedia({ reducedMotion: "reduce" });
    for (let n = stops.length - 1; n >= 1; n--) {
      await page.keyboard.press("PageUp");
      await expect.poll(() => page.locator(".tour-caption__progress").textContent()).toBe(`${n} / ${stops.length}`);
      await expectFramed(page, extentOfStop(stops[n - 1]!), `stop ${n} (${stops[n - 1]!.title}) stepped back`);
    }
    await context.close();
    // The stops after a hub stop were framed on all of Eurasia when stepped to.
    for (const n of [6, 9]) {
      const cold = await openAtlas(env.browser, env.site, `tour/#stop=${n}`, { width: 1280, height: 720 });
      await expectFramed(cold.page, extentOfStop(stops[n - 1]!), `stop ${n} opened by its link`);
      expect(await cameraNow(cold.page), `stop ${n}: opened by its link as when stepped to`).toEqual(stepped[n]);
      await cold.context.close();
    }
  });

  test("on a 390×844 phone, every tour stop is framed above the caption, the overview and long corridors too", async () => {
    // The map may not show past the basemap's edge; on a tall phone the caption covers the lower
    // half, and stops 1 and 2 were held back by that edge, half under the caption.
    const { context, page } = await openAtlas(env.browser, env.site, "tour/", { width: 390, height: 844 }, { ...INSTANT, isMobile: true, hasTouch: true });
    for (let n = 1; n <= stops.length; n++) {
      await expect.poll(() => page.locator(".tour-caption__progress").textContent()).toBe(`${n} / ${stops.length}`);
      await expectFramed(page, extentOfStop(stops[n - 1]!), `stop ${n} (${stops[n - 1]!.title})`);
      if (n < stops.length) await page.keyboard.press("PageDown");
    }
    await context.close();
  });

  test("on a 1440×900 laptop, the overview, every corridor and every hub picked from the list are framed clear of the legend (and link their text's sources), and Back and Forward show each entry's camera", async () => {
    const { context, page } = await openAtlas(env.browser, env.site, "", { width: 1440, height: 900 }, INSTANT);
    await expectFramed(page, overviewExtent(), "the overview, opened cold");
    const entries: { what: string; camera: unknown }[] = [{ what: "the overview", camera: await cameraNow(page) }];
    const pick = async (kind: "corridor" | "hub", id: string, extent: Extent) => {
      await page.locator(`[data-pick="${kind}:${id}"]`).click();
      await expectFramed(page, extent, `${kind} ${id} picked from the list`);
      // While here (each pick costs a render): its text links where each of its claims was published.
      expect(await shownSources(page), `${kind} ${id}'s sources`).toEqual(sourcesShownFor(sourcesOf(kind, id)));
      entries.push({ what: `${kind} ${id}`, camera: await cameraNow(page) });
      await page.locator(".panel__back").click();
      await expectFramed(page, overviewExtent(), `the overview, back from ${id}`);
      entries.push({ what: `the overview after ${id}`, camera: await cameraNow(page) });
    };
    for (const id of hubIds) await pick("hub", id, hubExtent(id));
    for (const id of corridorIds) await pick("corridor", id, corridorExtent(id));
    // Back through the last corridors' entries, then Forward again: each shows the camera it had.
    const last = entries.length - 1;
    for (let i = last - 1; i >= last - 6; i--) {
      await page.goBack();
      await expect.poll(() => cameraNow(page), { message: `Back to ${entries[i]!.what}` }).toEqual(entries[i]!.camera);
    }
    for (let i = last - 5; i <= last - 4; i++) {
      await page.goForward();
      await expect.poll(() => cameraNow(page), { message: `Forward to ${entries[i]!.what}` }).toEqual(entries[i]!.camera);
    }
    await context.close();
  });

  test("hiding the tour's caption (H) gives its room to the map, and the stop is framed into the whole screen", async () => {
    // KTI runs north to south: the caption's room goes to it.
    const { context, page } = await openAtlas(env.browser, env.site, "tour/#stop=6", { width: 1280, height: 720 }, INSTANT);
    const kti = corridorExtent("kti");
    await expectFramed(page, kti, "KTI above its caption");
    const withCaption = (await readShown(page))!;
    await page.keyboard.press("h");
    await expect.poll(() => page.locator(".tour-caption").count()).toBe(0);
    await expect.poll(async () => (await readShown(page))?.camera.zoom, { message: "the map zooms in once the caption is gone" }).toBeGreaterThan(withCaption.camera.zoom);
    await expectFramed(page, kti, "KTI without its caption");
    await page.getByRole("button", { name: "Show caption" }).click();
    await expectFramed(page, kti, "KTI with its caption back");
    expect((await readShown(page))!.covers.caption).toBeDefined();
    await context.close();
  });

  test("a corridor stays framed when the legend opens and closes and the window changes size", async () => {
    const { context, page } = await openAtlas(env.browser, env.site, "corridors/titr/", { width: 1280, height: 720 }, INSTANT);
    await expectFramed(page, corridorExtent("titr"), "the Middle Corridor with the legend open");
    await page.locator(".legend__title").click();
    await expectFramed(page, corridorExtent("titr"), "the Middle Corridor, legend closed");
    await page.locator(".legend__title").click();
    await page.setViewportSize({ width: 1024, height: 640 });
    await expectFramed(page, corridorExtent("titr"), "the Middle Corridor in a smaller window");
    await context.close();
  });

  test("Back returns to a camera the reader moved the map to, as they left it", async () => {
    const { context, page } = await openAtlas(env.browser, env.site, "", { width: 1280, height: 720 }, INSTANT);
    await expectFramed(page, overviewExtent(), "the overview");
    const framed = await cameraNow(page);
    const map = (await page.locator(".maplibregl-canvas").boundingBox())!;
    await page.mouse.move(map.x + 300, map.y + 300);
    await page.mouse.down();
    await page.mouse.move(map.x + 450, map.y + 380, { steps: 8 });
    await page.mouse.up();
    await expect.poll(async () => (await readShown(page))?.camera.lng ?? framed!.lng).not.toBe(framed!.lng);
    const panned = await cameraNow(page);
    await page.locator('[data-pick="corridor:kti"]').click();
    await expectFramed(page, corridorExtent("kti"), "KTI picked");
    await page.goBack();
    await expect.poll(async () => (await readShown(page))?.camera, { timeout: 15_000 }).toEqual(panned);
    await context.close();
  });

  test.each([["", "the overview", overviewExtent], ["corridors/titr/", "the Middle Corridor", () => corridorExtent("titr")]] as const)(
    "on a phone held sideways (844×390), /%s opens with the legend folded and frames %s in the map",
    async (path, what, extent) => {
      const { context, page } = await openAtlas(env.browser, env.site, path, { width: 844, height: 390 }, { ...INSTANT, isMobile: true, hasTouch: true });
      await expectFramed(page, extent(), `${what} on a phone held sideways`);
      expect(await page.locator(".legend").evaluate((legend) => (legend as HTMLDetailsElement).open)).toBe(false);
      await context.close();
    },
  );

  test("on a 390×844 phone, the pulled-up list leaves the map a peek, picking from it lowers the sheet and shows the corridor, and Back frames the overview again", async () => {
    const { context, page } = await openAtlas(env.browser, env.site, "", { width: 390, height: 844 }, { ...INSTANT, isMobile: true, hasTouch: true });
    await expectFramed(page, overviewExtent(), "the overview on a phone");
    const overviewCamera = await cameraNow(page);
    for (const id of corridorIds) {
      await page.locator(".panel__toggle").click();
      await expect.poll(() => page.locator(".panel__toggle").getAttribute("aria-expanded")).toBe("true");
      await page.locator(`[data-pick="corridor:${id}"]`).click();
      await expectFramed(page, corridorExtent(id), `${id} picked on a phone`);
      await page.locator(".panel__back").click();
    }
    // With the list pulled up the map is a peek: it keeps its camera (framed into the strip, the
    // overview was the whole world), and shows no year control or legend over it.
    const before = await page.evaluate(() => location.hash);
    await page.locator(".panel__toggle").click();
    await expect.poll(() => page.locator(".panel__toggle").getAttribute("aria-expanded")).toBe("true");
    await expect.poll(async () => (await page.locator(".maplibregl-canvas").boundingBox())!.height).toBeLessThan(200);
    expect(await page.locator(".year-control, .legend").evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length)).toBe(0);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await page.evaluate(() => location.hash)).toBe(before);
    // Back to the overview from a pick: it is framed for the map as it is then.
    await page.locator('[data-pick="corridor:kti"]').click();
    await expectFramed(page, corridorExtent("kti"), "KTI picked on a phone, the last time");
    await page.goBack();
    await expect.poll(() => page.evaluate(() => location.pathname.endsWith("/corridors/kti/"))).toBe(false);
    await expectFramed(page, overviewExtent(), "the overview on a phone, after Back");
    expect(await cameraNow(page), "the overview after Back, as it was first framed").toEqual(overviewCamera);
    await context.close();
  });
});
