// What lies over the map (the year control, the legend, the map's credit and zoom buttons, the
// tour's caption) never covers another piece of it, in every language and on a phone; the
// OpenStreetMap credit stays whole on screen; a phone's tour caption leaves the map half the screen.
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import type { Locator, Page } from "playwright-core";
import { PNG } from "pngjs";
import { useTestSite } from "./support/site";
import { openAtlas } from "./support/open-atlas";
import { waitForMapIdle, waitForMapReady } from "./support/page-watch";
import { edgeLightness } from "./support/pixels";
import { CORRIDOR_IDS, type TourStop } from "../../src/model/corridor";
import { corridorExtent, projectExtent, readShown, waitForFraming } from "./support/framing";
import { CONTENT } from "../../src/i18n/content-by-locale";
import { MESSAGES } from "../../src/i18n/messages";
import { captionControlRows } from "./support/caption";

const env = useTestSite();
const PHONE = { width: 390, height: 844 };
const PHONE_OPTIONS = { isMobile: true, hasTouch: true, reducedMotion: "reduce" as const };
const stops = JSON.parse(readFileSync("data/tour.json", "utf8")).stops as TourStop[];

interface Placed { name: string; left: number; top: number; right: number; bottom: number }

/** The shown boxes of these elements (a hidden one measures 0×0 and is left out). */
const placed = (page: Page, selectors: string[]): Promise<Placed[]> =>
  page.evaluate((names) => names.flatMap((name) => [...document.querySelectorAll(name)].map((element) => {
    const { left, top, right, bottom } = element.getBoundingClientRect();
    return { name, left, top, right, bottom };
  })).filter((box) => box.right > box.left && box.bottom > box.top), selectors);

/** "a × b" for every pair of boxes that share more than a pixel. */
function overlaps(boxes: Placed[]): string[] {
  const faults: string[] = [];
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
    const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
    const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    if (width > 1 && height > 1) faults.push(`${a.name} × ${b.name} (${Math.round(width)}×${Math.round(height)} px)`);
  }));
  return faults;
}

// A hub's name under its point: the label's offset and two lines of 11–12 px type, as drawn at these zooms.
const NAME_ROOM_PX = 30;
// Beside a point: the margin and the room kept for a name set to its side, on a wide screen.
const NAME_BESIDE_ROOM_PX = 80;

const MAP_OVERLAYS = [".year-control", ".legend", ".maplibregl-ctrl-attrib", ".maplibregl-ctrl-bottom-right .maplibregl-ctrl"];

describe("nothing over the map covers another", () => {
  test.each(["", "ru/", "kk/"])("on a 390×844 phone, at /%s, the year control, the legend, the credit and the zoom buttons sit side by side", async (path) => {
    const { context, page } = await openAtlas(env.browser, env.site, path, PHONE, PHONE_OPTIONS);
    const boxes = await placed(page, MAP_OVERLAYS);
    expect(boxes.map((box) => box.name).sort()).toEqual([...MAP_OVERLAYS].sort());
    expect(overlaps(boxes)).toEqual([]);
    // The OpenStreetMap credit is whole on screen: not cut at an edge.
    const credit = boxes.find((box) => box.name === ".maplibregl-ctrl-attrib")!;
    expect(credit.left).toBeGreaterThanOrEqual(0);
    expect(credit.right).toBeLessThanOrEqual(PHONE.width);
    expect(await page.locator(".maplibregl-ctrl-attrib").textContent()).toContain("OpenStreetMap contributors");
    await context.close();
  });

  test.each([["a phone held sideways", { width: 844, height: 390 }], ["a 390×844 phone", PHONE]])("on %s, a tap anywhere on the folded legend opens it, and each language link answers a finger's tap around its word", async (_what, viewport) => {
    const { context, page } = await openAtlas(env.browser, env.site, "kk/", viewport, PHONE_OPTIONS);
    const legend = page.locator(".legend");
    const box = (await legend.boundingBox())!;
    // Two pixels inside the folded box's edges: its padding used to be a dead ring around the title.
    const [middleX, middleY] = [box.x + box.width / 2, box.y + box.height / 2];
    for (const [x, y] of [[middleX, box.y + 2], [middleX, box.y + box.height - 2], [box.x + 2, middleY], [box.x + box.width - 2, middleY]] as const) {
      await page.touchscreen.tap(x, y);
      await expect.poll(() => legend.evaluate((l) => (l as HTMLDetailsElement).open)).toBe(true);
      await page.locator(".legend__title").tap();
      await expect.poll(() => legend.evaluate((l) => (l as HTMLDetailsElement).open)).toBe(false);
    }
    // Words about 25 px tall: a tap 6 px above or below one still reaches its link.
    for (const link of await page.locator(".panel .languages__link").all()) {
      const { x, y, width, height } = (await link.boundingBox())!;
      for (const at of [y - 6, y + height + 6]) {
        const reached = await page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.closest("a")?.getAttribute("hreflang"), [x + width / 2, at]);
        expect(reached).toBe(await link.getAttribute("hreflang"));
      }
    }
    await context.close();
  });

  test.each(["", "kk/"])("on a 390×844 phone, at /%s, the legend once opened is what a tap on its title reaches, and the title folds it, as are the zoom buttons", async (path) => {
    const { context, page } = await openAtlas(env.browser, env.site, path, PHONE, PHONE_OPTIONS);
    /** The class of what a tap at the centre of `selector` reaches. */
    const reached = async (selector: string) => {
      const box = (await page.locator(selector).first().boundingBox())!;
      return page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest("summary, button")?.className, [box.x + box.width / 2, box.y + box.height / 2]);
    };
    await page.locator(".legend__title").tap();
    await expect.poll(() => page.locator(".legend").evaluate((legend) => (legend as HTMLDetailsElement).open)).toBe(true);
    expect(await reached(".legend__title")).toBe("legend__title");
    await page.locator(".legend__title").tap();
    await expect.poll(() => page.locator(".legend").evaluate((legend) => (legend as HTMLDetailsElement).open)).toBe(false);
    // The zoom buttons are finger-sized too, whatever MapLibre's own sheet says.
    for (const button of await page.locator(".maplibregl-ctrl-zoom-in, .maplibregl-ctrl-zoom-out").all()) {
      const box = (await button.boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    }
    expect(await reached(".maplibregl-ctrl-zoom-in")).toContain("maplibregl-ctrl-zoom-in");
    await context.close();
  });

  const SMALL_PHONE = { width: 360, height: 640 };
  test.each([["", PHONE], ["ru/", PHONE], ["", SMALL_PHONE], ["ru/", SMALL_PHONE], ["kk/", SMALL_PHONE]] as const)("on a phone, at /%s, %o, the legend once opened shows every row whole, without scrolling, and leaves the credit in view", async (path, viewport) => {
    const { context, page } = await openAtlas(env.browser, env.site, path, viewport, PHONE_OPTIONS);
    await page.locator(".legend__title").tap();
    await expect.poll(() => page.locator(".legend").getAttribute("open")).not.toBeNull();
    // At 390×844 it scrolled from "Dry port" on, and at 360×640 from "Sea port", with nothing to say there was more.
    const { scrollHeight, clientHeight, rows, shown } = await page.locator(".legend").evaluate((legend) => {
      const box = legend.getBoundingClientRect();
      const items = [...legend.querySelectorAll(".legend__item")];
      return {
        scrollHeight: legend.scrollHeight, clientHeight: legend.clientHeight, rows: items.length,
        shown: items.filter((item) => { const r = item.getBoundingClientRect(); return r.top >= box.top && r.bottom <= box.bottom; }).length,
      };
    });
    expect(scrollHeight).toBeLessThanOrEqual(clientHeight);
    expect(shown).toBe(rows);
    expect(overlaps(await placed(page, [".legend", ".maplibregl-ctrl-attrib"]))).toEqual([]);
    await context.close();
  });

  test("on a phone held sideways, where the open legend must scroll, a shadow at its foot says there is more, and one at its head once scrolled to the end", async () => {
    const { context, page } = await openAtlas(env.browser, env.site, "ru/", { width: 640, height: 360 }, PHONE_OPTIONS);
    const legend = page.locator(".legend");
    await page.locator(".legend__title").tap();
    await expect.poll(() => legend.evaluate((l) => l.scrollHeight - l.clientHeight)).toBeGreaterThan(40);
    const atStart = await edgeLightness(page, legend);
    await legend.evaluate((l) => { l.scrollTop = l.scrollHeight; });
    const atEnd = await edgeLightness(page, legend);
    // The box is the same colour at both ends once nothing is hidden that way; a shadow darkens it.
    expect(atStart.foot, "the foot, with rows below it").toBeLessThan(atEnd.foot - 12);
    expect(atEnd.head, "the head, with rows above it").toBeLessThan(atStart.head - 12);
    await context.close();
  });

  // Below about 388 px the credit takes two lines.
  test.each([PHONE, { width: 360, height: 640 }])("on a phone of %o, every tour stop's caption leaves the map at least half the screen and the credit in view", async (viewport) => {
    const { context, page } = await openAtlas(env.browser, env.site, "tour/", viewport, PHONE_OPTIONS);
    for (const [index, stop] of stops.entries()) {
      if (index > 0) await page.keyboard.press("ArrowRight");
      await expect.poll(() => page.locator(".tour-caption__title").textContent()).toBe(stop.title);
      const boxes = await placed(page, [".tour-caption", ...MAP_OVERLAYS]);
      const caption = boxes.find((box) => box.name === ".tour-caption")!;
      expect(caption.bottom - caption.top, `stop ${index + 1}`).toBeLessThanOrEqual(viewport.height / 2 + 1);
      expect(caption.top, `stop ${index + 1}`).toBeGreaterThanOrEqual(0);
      expect(overlaps(boxes), `stop ${index + 1}`).toEqual([]);
      expect(boxes.some((box) => box.name === ".maplibregl-ctrl-attrib"), `stop ${index + 1}`).toBe(true);
    }
    await context.close();
  });

  test.each([
    ["ru/", { width: 360, height: 640 }],
    ["kk/", { width: 844, height: 390 }],
  ])("on a %s phone of %o, at every tour stop the map is drawn everywhere on screen, the caption's controls hiding none of it", async (path, viewport) => {
    // The caption's controls were held at its foot with position: sticky, and Chromium then left
    // a box of the map undrawn at the top of the screen, as large as the controls, over the corridor.
    // The map is opaque wherever it is drawn: whatever shows the colour behind it is a hole in it.
    const { context, page } = await openAtlas(env.browser, env.site, `${path}tour/`, viewport, PHONE_OPTIONS);
    await waitForMapReady(page);
    await page.locator(".map-canvas").evaluate((map: HTMLElement) => { map.style.background = "rgb(255, 0, 255)"; });
    for (const [index] of stops.entries()) {
      if (index > 0) await page.keyboard.press("ArrowRight");
      await expect.poll(() => page.locator(".tour-caption__progress").textContent()).toMatch(new RegExp(`^${index + 1}\\D`));
      await waitForMapIdle(page);
      const png = PNG.sync.read(await page.screenshot());
      let holes = 0;
      for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! > 240 && png.data[i + 1]! < 15 && png.data[i + 2]! > 240) holes++;
      expect(holes, `pixels where the map is not drawn at stop ${index + 1}`).toBe(0);
    }
    await context.close();
  });

  test("on a 360×640 phone, where a tour stop's words must scroll above the caption's controls, a light edge at their foot says there is more, and one at their head once scrolled to the end", async () => {
    const { context, page } = await openAtlas(env.browser, env.site, "ru/tour/#stop=2", { width: 360, height: 640 }, PHONE_OPTIONS);
    const words = page.locator(".tour-caption__body");
    await expect.poll(() => words.evaluate((w) => w.scrollHeight - w.clientHeight)).toBeGreaterThan(40);
    const atStart = await edgeLightness(page, words, { inset: 4 });
    await words.evaluate((w) => { w.scrollTop = w.scrollHeight; });
    const atEnd = await edgeLightness(page, words, { inset: 4 });
    // On the caption's dark ground the edge is lighter where words are hidden that way.
    expect(atStart.foot, "the foot, with words below it").toBeGreaterThan(atEnd.foot + 12);
    expect(atEnd.head, "the head, with words above it").toBeGreaterThan(atStart.head + 12);
    await context.close();
  });

  test.each([
    ["ru/", { width: 360, height: 640 }],
    ["kk/", { width: 360, height: 640 }],
    ["kk/", { width: 844, height: 390 }],
  ])("on a %s phone of %o, at every tour stop Previous and Next are in view, every other control can be reached, and the controls take two rows", async (path, viewport) => {
    const { context, page } = await openAtlas(env.browser, env.site, `${path}tour/`, viewport, PHONE_OPTIONS);
    const locale = path.slice(0, 2) as "ru" | "kk";
    // In view, and what a tap at its middle reaches is the control itself, not what covers it.
    const reachable = (control: Locator) => control.evaluate((element) => {
      const { left, top, right, bottom } = element.getBoundingClientRect();
      const inView = top >= 0 && left >= 0 && bottom <= innerHeight && right <= innerWidth;
      const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
      return inView && (hit === element || element.contains(hit));
    });
    const controls = page.locator(".tour-caption__meta, .tour-caption__controls").locator("button, a");
    for (const [index, stop] of stops.entries()) {
      if (index > 0) await page.keyboard.press("ArrowRight");
      await expect.poll(() => page.locator(".tour-caption__title").textContent()).toBe(CONTENT[locale].tour[stop.id]!.title);
      for (const name of [MESSAGES[locale].previous, MESSAGES[locale].next]) {
        expect(await reachable(controls.getByText(name, { exact: true })), `${name} at stop ${index + 1}`).toBe(true);
      }
      // Four rows at 360×640 left the stop's words about 80 px; each row is the words' loss.
      expect(await captionControlRows(page), `stop ${index + 1}`).toBeLessThanOrEqual(2);
      // So is a second line of the head: the languages beside the count, unless a year is there too.
      if (!stop.year) {
        const [count, languages] = await Promise.all([page.locator(".tour-caption__progress").boundingBox(), page.locator(".languages--tour").boundingBox()]);
        expect(Math.abs(languages!.y + languages!.height / 2 - (count!.y + count!.height / 2)), `the head's line at stop ${index + 1}`).toBeLessThan(4);
      }
      for (const control of await controls.all()) {
        if (!(await control.isVisible())) continue;
        await control.scrollIntoViewIfNeeded();
        expect(await reachable(control), `${await control.textContent()} at stop ${index + 1}`).toBe(true);
      }
    }
    await context.close();
  });

  test("on a 1440×900 laptop, the tour's caption covers neither the map's credit nor its controls", async () => {
    const { context, page } = await openAtlas(env.browser, env.site, "tour/#stop=3", { width: 1440, height: 900 }, { reducedMotion: "reduce" });
    await expect.poll(() => page.locator(".tour-caption__title").textContent()).toBe(stops[2]!.title);
    const boxes = await placed(page, [".tour-caption", ...MAP_OVERLAYS]);
    expect(boxes.some((box) => box.name === ".maplibregl-ctrl-attrib")).toBe(true);
    expect(overlaps(boxes)).toEqual([]);
    await context.close();
  });

  test.each([
    ["tour/#stop=3", "1280×720 projector", { width: 1280, height: 720 }],
    ["tour/#stop=3", "1920×1080 projector", { width: 1920, height: 1080 }],
    ["", "1280×720 laptop", { width: 1280, height: 720 }],
  ])("at /%s on a %s, the notice that part of the map could not load is clear of everything over the map", async (path, _screen, viewport) => {
    const context = await env.browser.newContext({ viewport, reducedMotion: "reduce" });
    const page = await context.newPage();
    await page.route("**/*.pmtiles", (route) => route.abort());
    await page.goto(`${env.site.url}${path}`);
    await expect.poll(() => page.locator(".map-trouble").isVisible(), { timeout: 30_000 }).toBe(true);
    const boxes = await placed(page, [".map-trouble", ".tour-caption", ...MAP_OVERLAYS]);
    expect(overlaps(boxes)).toEqual([]);
    // Its Retry button is what a click there reaches.
    const retry = await page.getByRole("button", { name: "Retry" }).boundingBox();
    const onTop = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.textContent, [retry!.x + retry!.width / 2, retry!.y + retry!.height / 2]);
    expect(onTop).toBe("Retry");
    await context.close();
  });

  test("on a 1920×1080 projector, the Middle Corridor's stop leaves room beside its ends for their names", async () => {
    const stop = stops.findIndex((s) => s.show.kind === "corridor" && s.show.id === "titr") + 1;
    const { context, page } = await openAtlas(env.browser, env.site, `tour/#stop=${stop}`, { width: 1920, height: 1080 }, { reducedMotion: "reduce" });
    expect(await waitForFraming(page, corridorExtent("titr"))).toEqual([]);
    const shown = (await readShown(page))!;
    const box = projectExtent(shown, corridorExtent("titr"));
    // "Ürümqi" beside the eastern end, a Georgian port's name beside the western: up to ~80 px each.
    expect(box.left - shown.canvas.left).toBeGreaterThanOrEqual(NAME_BESIDE_ROOM_PX);
    expect(shown.canvas.right - box.right).toBeGreaterThanOrEqual(NAME_BESIDE_ROOM_PX);
    await context.close();
  });

  test.each([...CORRIDOR_IDS])("on a 1440×900 laptop, corridors/%s/ leaves room for a name under its southernmost point, clear of the map's credit", async (id) => {
    const { context, page } = await openAtlas(env.browser, env.site, `corridors/${id}/`, { width: 1440, height: 900 }, { reducedMotion: "reduce" });
    expect(await waitForFraming(page, corridorExtent(id))).toEqual([]);
    const shown = (await readShown(page))!;
    const credit = (await placed(page, [".maplibregl-ctrl-attrib"]))[0]!;
    // A hub's name is set under its point: the line's foot plus that room stays above the credit.
    expect(projectExtent(shown, corridorExtent(id)).bottom + NAME_ROOM_PX).toBeLessThanOrEqual(credit.top);
    await context.close();
  });
});
