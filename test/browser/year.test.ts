// The network through time: a reader moves the year and sees the lines of that year, the year
// stays in the address through a reload and Back, and a tour stop can set it.
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { useTestSite } from "./support/site";
import { openAtlas } from "./support/open-atlas";
import { TEST_BASE_PATH } from "./support/site";
import { waitForMapReady } from "./support/page-watch";
import { colourDistance, coloursNear } from "./support/pixels";
import type { CorridorCollection, CorridorMeta } from "../../src/model/corridor";
import type { HubCollection, TourStop } from "../../src/model/corridor";
import type { Fact } from "../../src/model/fact";
import { hubOpened } from "../../src/model/year";
import { HUB_SHAPES } from "../../src/map/hub-shapes";
import { MESSAGES } from "../../src/i18n/messages";

const meta = JSON.parse(readFileSync("data/corridors/corridors.json", "utf8")).corridors as CorridorMeta[];
const kti = JSON.parse(readFileSync("data/corridors/kti.geojson", "utf8")) as CorridorCollection;
const hubs = JSON.parse(readFileSync("data/hubs.geojson", "utf8")) as HubCollection;
const stops = JSON.parse(readFileSync("data/tour.json", "utf8")).stops as TourStop[];
const KTI_GREEN = meta.find((m) => m.id === "kti")!.colour;
// Zhanaozen – Bereket, and the year it opened, as the data gives it.
const SECTION = kti.features.find((f) => f.properties.id === "zhanaozen-bereket")!;
const OPENED = SECTION.properties.opened!;
const MIDDLE = SECTION.geometry.coordinates[Math.floor(SECTION.geometry.coordinates.length / 2)] as [number, number];

const env = useTestSite();

/** The year the map says it shows, once the camera is at rest. */
const shownYear = (page: Page) => page.evaluate(() => {
  const canvas = document.querySelector(".map-canvas");
  return canvas?.getAttribute("data-moving") === "false" ? canvas.getAttribute("data-year") : undefined;
});
const yearInAddress = (page: Page) => page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get("year"));
/** Whether the KTI line is drawn within a few pixels of the middle of Zhanaozen – Bereket. */
const ktiDrawnThere = async (page: Page) => [...await coloursNear(page, MIDDLE, 8)].some((c) => colourDistance(c, KTI_GREEN) <= 24);

describe("the network through time", () => {
  test(`a line opened in ${OPENED} is not drawn in ${OPENED - 1}, and stepping the slider one year on draws it`, async () => {
    const { page, context, watch } = await openAtlas(env.browser, env.site, `corridors/kti/#year=${OPENED - 1}`);
    await expect.poll(() => shownYear(page), { timeout: 30_000 }).toBe(String(OPENED - 1));
    await expect.poll(() => ktiDrawnThere(page), { timeout: 30_000 }).toBe(false);

    const slider = page.getByRole("slider", { name: "Year" });
    await expect.poll(() => slider.getAttribute("aria-valuetext")).toBe(String(OPENED - 1));
    await slider.focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => yearInAddress(page)).toBe(String(OPENED));
    await expect.poll(() => ktiDrawnThere(page), { timeout: 30_000 }).toBe(true);
    expect(await page.locator(".year-control__note").isVisible()).toBe(true);

    // A reload keeps the year; so does Back from the overview the close button opened.
    await page.reload();
    await expect.poll(() => shownYear(page), { timeout: 60_000 }).toBe(String(OPENED));
    await page.getByRole("button", { name: /All corridors and hubs/ }).first().click();
    await expect.poll(() => page.evaluate(() => location.pathname)).toMatch(/\/corridor-atlas\/$/);
    expect(await yearInAddress(page)).toBe(String(OPENED));
    await page.goBack();
    await expect.poll(() => page.evaluate(() => location.pathname)).toMatch(/corridors\/kti\/$/);
    expect(await yearInAddress(page)).toBe(String(OPENED));

    // "Today" leaves the past: every line as the data describes it now, and no year in the address.
    await page.getByRole("button", { name: "Today", exact: true }).click();
    await expect.poll(() => shownYear(page), { timeout: 30_000 }).toBe("today");
    expect(await yearInAddress(page)).toBeNull();
    expect(await slider.getAttribute("aria-valuetext")).toBe("Today");
    expect(watch.pageErrors).toEqual([]);
    await context.close();
  });

  test("an address's year is clamped to the range; a hub appears in its opening year, and a coming year shows what is announced for it", async () => {
    const corridors = meta.map((m) => ({ colour: m.colour, features: (JSON.parse(readFileSync(`data/corridors/${m.id}.geojson`, "utf8")) as CorridorCollection).features }));
    const sections = corridors.flatMap((c) => c.features);
    const first = Math.min(...sections.flatMap((f) => (f.properties.opened === undefined ? [] : [f.properties.opened])));
    // The hub and the line still to come that the data dates: the earliest published opening, the latest target still ahead.
    const facts = (JSON.parse(readFileSync("data/facts.json", "utf8")) as { facts: Fact[] }).facts;
    const hub = hubs.features.find((h) => hubOpened(facts, h.properties.id)! > first)!;
    const hubYear = hubOpened(facts, hub.properties.id)!;
    const hubAt = hub.geometry.coordinates as [number, number];
    const seaPortBlue = HUB_SHAPES[hub.properties.kind].fill;
    const hubDrawn = async (page: Page) => [...await coloursNear(page, hubAt, 6)].some((c) => colourDistance(c, seaPortBlue) <= 24);
    const present = new Date().getFullYear();
    const due = sections.filter((f) => f.properties.target !== undefined && f.properties.target > present)
      .sort((a, b) => b.properties.target! - a.properties.target!)[0]!;
    const last = due.properties.target!;

    const { page, context, watch } = await openAtlas(env.browser, env.site, `hubs/${hub.properties.id}/#year=1066`);
    await expect.poll(() => yearInAddress(page)).not.toBe("1066");
    expect(Number(await yearInAddress(page))).toBe(first);
    await expect.poll(() => shownYear(page), { timeout: 30_000 }).toBe(String(first));
    await expect.poll(() => hubDrawn(page), { timeout: 30_000 }).toBe(false);
    await page.evaluate((year) => (location.hash = `year=${year}`), hubYear);
    await expect.poll(() => shownYear(page), { timeout: 30_000 }).toBe(String(hubYear));
    await expect.poll(() => hubDrawn(page), { timeout: 30_000 }).toBe(true);

    // Past the last target year is the last target year, at the line due then.
    const coordinates = due.geometry.coordinates;
    const middle = coordinates[Math.floor(coordinates.length / 2)] as [number, number];
    const colour = corridors.find((c) => c.features.includes(due))!.colour;
    const dueDrawn = async () => [...await coloursNear(page, middle, 8)].some((c) => colourDistance(c, colour) <= 24);
    await page.evaluate(([lat, lng]) => (location.hash = `map=7/${lat}/${lng}&year=2999`), [middle[1], middle[0]]);
    await expect.poll(() => yearInAddress(page)).toBe(String(last));
    await expect.poll(() => shownYear(page), { timeout: 30_000 }).toBe(String(last));
    const slider = page.getByRole("slider", { name: "Year" });
    expect(await slider.getAttribute("aria-valuetext")).toBe(`${last}, as announced`);
    await expect.poll(dueDrawn, { timeout: 30_000 }).toBe(true);
    // A year before it is due, the line is faint: no longer drawn in its corridor's colour.
    await slider.focus();
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => shownYear(page), { timeout: 30_000 }).toBe(String(last - 1));
    await expect.poll(dueDrawn, { timeout: 30_000 }).toBe(false);
    expect(await page.locator(".year-control__note").textContent()).toMatch(/^As announced/);
    expect(watch.pageErrors).toEqual([]);
    await context.close();
  });

  test.each([["ru/", 360], ["kk/", 360], ["", 390]])("at /%s on a phone %i px wide, a year picked leaves the slider a pixel or more for every year, and the year and Today in view", async (path, width) => {
    const { context, page } = await openAtlas(env.browser, env.site, `${path}#year=1960`, { width, height: 740 }, { isMobile: true, hasTouch: true, reducedMotion: "reduce" });
    await expect.poll(() => shownYear(page)).toBe("1960");
    const locale = (path.slice(0, 2) || "en") as "en" | "ru" | "kk";
    const box = (selector: string) => page.locator(selector).evaluate((element) => {
      const { left, right, top, bottom } = element.getBoundingClientRect();
      return { left, right, top, bottom, years: element instanceof HTMLInputElement ? Number(element.max) - Number(element.min) : 0 };
    });
    const [range, control] = [await box(".year-control__range"), await box(".year-control")];
    // A finger moves the slider by whole pixels: at least one of them for each year.
    expect(range.right - range.left).toBeGreaterThanOrEqual(range.years);
    for (const part of [await box(".year-control__value"), await box(".year-control__today"), range]) {
      expect(part.left).toBeGreaterThanOrEqual(control.left);
      expect(part.right).toBeLessThanOrEqual(control.right);
      expect(part.bottom).toBeLessThanOrEqual(control.bottom);
    }
    expect(await page.locator(".year-control__today").textContent()).toBe(MESSAGES[locale].year.backToToday);
    await context.close();
  });

  test("a tour stop with a year shows the network in that year, and says so", async () => {
    const index = stops.findIndex((s) => s.year !== undefined);
    const stop = stops[index]!;
    const { page, context } = await openAtlas(env.browser, env.site, `tour/#stop=${index + 1}`);
    await expect.poll(() => shownYear(page), { timeout: 30_000 }).toBe(String(stop.year));
    expect(await page.locator(".tour-caption__year").textContent()).toBe(`The network in ${stop.year}`);
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => shownYear(page), { timeout: 30_000 }).toBe(stops[index + 1]!.year === undefined ? "today" : String(stops[index + 1]!.year));
    await context.close();
  });

  test("playing the years stops when the year control goes: Back into the tour leaves no timer stepping them", async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: "reduce" });
    // The page's running intervals, counted as they are set and cleared.
    await context.addInitScript(() => {
      const running = new Set<number>();
      const set = window.setInterval.bind(window);
      const clear = window.clearInterval.bind(window);
      window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
        const id = set(handler, ms, ...args);
        running.add(id);
        return id;
      }) as typeof window.setInterval;
      window.clearInterval = ((id?: number) => {
        if (id !== undefined) running.delete(id);
        clear(id);
      }) as typeof window.clearInterval;
      (window as unknown as { runningIntervals: () => number }).runningIntervals = () => running.size;
    });
    const page = await context.newPage();
    const runningIntervals = () => page.evaluate(() => (window as unknown as { runningIntervals: () => number }).runningIntervals());
    await page.goto(new URL("tour/#stop=1", env.site.url).href);
    await waitForMapReady(page);
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.evaluate(() => location.pathname)).toBe(TEST_BASE_PATH);
    const before = await runningIntervals();
    await page.getByRole("button", { name: MESSAGES.en.year.play }).click();
    await expect.poll(() => yearInAddress(page)).not.toBeNull();
    expect(await runningIntervals()).toBe(before + 1);
    await page.goBack();
    await expect.poll(() => page.locator(".tour-caption__progress").textContent()).toBe(`1 / ${stops.length}`);
    expect(await page.locator(".year-control").count()).toBe(0);
    // Left running, the timer would go on stepping the tour's year (it did: to the last one).
    expect(await runningIntervals()).toBe(before);
    expect(await yearInAddress(page)).toBe(stops[0]!.year === undefined ? null : String(stops[0]!.year));
    await context.close();
  });
});
