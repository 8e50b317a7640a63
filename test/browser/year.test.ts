// The network through time: a reader moves the year and sees the lines of that year, the year
// stays in the address through a reload and Back, and a tour stop can set it.
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { useTestSite } from "./support/site";
import { openAtlas } from "./support/open-atlas";
import { colourDistance, coloursNear } from "./support/pixels";
import type { CorridorCollection, CorridorMeta } from "../../src/model/corridor";
import type { TourStop } from "../../src/model/corridor";

const meta = JSON.parse(readFileSync("data/corridors/corridors.json", "utf8")).corridors as CorridorMeta[];
const kti = JSON.parse(readFileSync("data/corridors/kti.geojson", "utf8")) as CorridorCollection;
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

  test("a year before the first line is the first line's year; a year to come is today", async () => {
    const first = Math.min(...meta.flatMap((m) => (JSON.parse(readFileSync(`data/corridors/${m.id}.geojson`, "utf8")) as CorridorCollection)
      .features.flatMap((f) => (f.properties.opened === undefined ? [] : [f.properties.opened]))));
    const { page, context } = await openAtlas(env.browser, env.site, "#year=1066");
    await expect.poll(() => yearInAddress(page)).not.toBe("1066");
    expect(Number(await yearInAddress(page))).toBe(first);
    await page.evaluate(() => (location.hash = "year=2999"));
    await expect.poll(() => shownYear(page), { timeout: 30_000 }).toBe("today");
    expect(await yearInAddress(page)).toBeNull();
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
});
