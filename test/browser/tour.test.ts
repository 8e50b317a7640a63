// A presenter steps through the corridors with a clicker, on a 1280×720 projector.
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { TEST_BASE_PATH, useTestSite } from "./support/site";
import { openAtlas } from "./support/open-atlas";
import { waitForMapIdle, waitForMapReady, watchPage } from "./support/page-watch";
import { shownSources, sourcesShownFor } from "./support/text-sources";
import type { HubCollection, TourStop } from "../../src/model/corridor";
import { colourDistance, dominantColourAt, pagePointOf } from "./support/pixels";
import { THEME } from "../../src/map/theme";
import { MESSAGES } from "../../src/i18n/messages";
import { captionControlRows } from "./support/caption";

const stops = JSON.parse(readFileSync("data/tour.json", "utf8")).stops as TourStop[];
const N = stops.length;

const env = useTestSite();
// Steps jump rather than fly where what is checked is the caption, the address or the presenter's
// window: framing.test.ts follows the flights to every stop.
const JUMPS = { reducedMotion: "reduce" as const };

const progress = (page: Page) => page.locator(".tour-caption__progress").textContent();

/**
 * Where Previous and Next are, checked to be at the caption's bottom right: with a passage they sat
 * under it on the right, without one at the left, and a presenter's pointer chased them.
 */
async function stepButtonsPlace(page: Page, words: { previous: string; next: string }, n: number): Promise<string> {
  const caption = page.locator(".tour-caption");
  const [previous, next, box] = await Promise.all([
    caption.getByRole("button", { name: words.previous, exact: true }).boundingBox(),
    caption.getByRole("button", { name: words.next, exact: true }).boundingBox(),
    caption.boundingBox(),
  ]);
  const viewport = page.viewportSize()!;
  expect(box!.x + box!.width - (next!.x + next!.width), `stop ${n}`).toBeLessThanOrEqual(0.025 * viewport.width);
  expect(box!.y + box!.height - (next!.y + next!.height), `stop ${n}`).toBeLessThanOrEqual(0.02 * viewport.height);
  expect(previous!.x + previous!.width, `stop ${n}`).toBeLessThan(next!.x);
  return JSON.stringify([previous, next].map((b) => [b!.x, b!.y, b!.width, b!.height].map(Math.round)));
}
const expectStop = async (page: Page, n: number) => {
  await expect.poll(() => progress(page)).toBe(`${n} / ${N}`);
  expect(await page.locator(".tour-caption__title").textContent()).toBe(stops[n - 1]!.title);
  expect(await page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get("stop"))).toBe(String(n));
};

describe("the tour", () => {
  test("opens on the first stop with a caption readable from the back row", async () => {
    const { context, page, watch } = await openAtlas(env.browser, env.site, "tour/");
    await expectStop(page, 1);
    const size = await page.locator(".tour-caption__title").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(40);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  test("every clicker key steps forward and back, Home and End jump, and the address follows without new history", async () => {
    const { context, page } = await openAtlas(env.browser, env.site, "tour/", undefined, JUMPS);
    const history = await page.evaluate(() => window.history.length);
    let at = 1;
    for (const key of ["ArrowRight", "ArrowDown", "PageDown", "Space", "n", "N", "Enter"]) {
      await page.keyboard.press(key);
      await expectStop(page, ++at);
    }
    for (const key of ["ArrowLeft", "ArrowUp", "PageUp", "p", "P", "Backspace", "Shift+Space"]) {
      await page.keyboard.press(key);
      await expectStop(page, --at);
    }
    await page.keyboard.press("End");
    await expectStop(page, N);
    await page.keyboard.press("Home");
    await expectStop(page, 1);
    expect(await page.evaluate(() => window.history.length)).toBe(history);
    await context.close();
  });

  test("walks through every stop, every corridor among them, and the buttons do the same for a mouse, found in one place on every stop", async () => {
    const { context, page } = await openAtlas(env.browser, env.site, "tour/", undefined, JUMPS);
    const places = new Set<string>();
    for (let n = 1; n <= N; n++) {
      await expectStop(page, n);
      places.add(await stepButtonsPlace(page, MESSAGES.en, n));
      if (n < N) await page.getByRole("button", { name: "Next" }).click();
    }
    expect([...places]).toHaveLength(1);
    await page.getByRole("button", { name: "Previous" }).click();
    await expectStop(page, N - 1);
    await context.close();
  });

  test("on a 1024×768 projector in Russian, whose buttons are wider, Previous and Next stay in one place on every stop, and the controls take two rows, not three", async () => {
    const { context, page } = await openAtlas(env.browser, env.site, "ru/tour/", { width: 1024, height: 768 }, JUMPS);
    const places = new Set<string>();
    for (let n = 1; n <= N; n++) {
      await expect.poll(() => progress(page)).toMatch(new RegExp(`^${n}\\D`));
      places.add(await stepButtonsPlace(page, MESSAGES.ru, n));
      // With the languages among them, they took a third row beside the shorter titles.
      expect(await captionControlRows(page), `stop ${n}`).toBeLessThanOrEqual(2);
      if (n < N) await page.keyboard.press("ArrowRight");
    }
    expect([...places]).toHaveLength(1);
    await context.close();
  });

  test("B and . black the screen and bring it back; ? lists the keys", async () => {
    const { context, page } = await openAtlas(env.browser, env.site, "tour/");
    for (const key of ["b", "."]) {
      await page.keyboard.press(key);
      expect(await page.getByTestId("black-screen").isVisible()).toBe(true);
      await page.keyboard.press(key);
      expect(await page.getByTestId("black-screen").count()).toBe(0);
    }
    await page.keyboard.press("?");
    expect(await page.getByRole("dialog", { name: "Tour keys" }).textContent()).toContain("black screen");
    await page.keyboard.press("Escape");
    expect(await page.getByRole("dialog").count()).toBe(0);
    // A clicker has no Escape: its next step closes the list as it moves on.
    await page.keyboard.press("?");
    await page.keyboard.press("PageDown");
    await expectStop(page, 2);
    expect(await page.getByRole("dialog").count()).toBe(0);
    await context.close();
  });

  test("F5 from a clicker does not reload the page", async () => {
    const { context, page } = await openAtlas(env.browser, env.site, "tour/");
    // A listener added after the tour's own, on the same target and phase (the tour stops the key's
    // propagation), hears whether F5 was swallowed: headless Chromium would not reload on a
    // synthetic F5 anyway, so the page staying is no proof.
    await page.evaluate(() => {
      const w = window as unknown as { stillHere: boolean; f5Prevented?: boolean };
      w.stillHere = true;
      window.addEventListener("keydown", (event) => { if (event.key === "F5") w.f5Prevented = event.defaultPrevented; }, true);
    });
    await page.keyboard.press("F5");
    await page.waitForFunction(() => (window as unknown as { f5Prevented?: boolean }).f5Prevented !== undefined);
    expect(await page.evaluate(() => (window as unknown as { f5Prevented?: boolean }).f5Prevented)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    await context.close();
  });

  test("a reload stays on the stop; a stop out of range or garbage goes to the nearest real one", async () => {
    const { context, page } = await openAtlas(env.browser, env.site, "tour/#stop=4");
    await expectStop(page, 4);
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName("map-ready").length > 0);
    await expectStop(page, 4);
    await page.goto(`${env.site.url}tour/#stop=999`);
    await page.reload();
    await expectStop(page, N);
    await page.goto(`${env.site.url}tour/#stop=abc`);
    await page.reload();
    await expectStop(page, 1);
    await context.close();
  });

  test("a stray Escape, as some clickers send, asks before it leaves; the next clicker key stays in the tour", async () => {
    const { context, page } = await openAtlas(env.browser, env.site, "tour/#stop=3", undefined, JUMPS);
    await waitForMapReady(page);
    const asked = page.getByRole("status").filter({ hasText: "Press Esc again to leave the tour" });
    await page.keyboard.press("Escape");
    await expect.poll(() => asked.count()).toBe(1);
    await expectStop(page, 3);
    // Asked at the top of the screen, where nothing covers it.
    const box = (await asked.boundingBox())!;
    expect(box.y).toBeLessThan(720 / 4);
    expect(await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.className, [box.x + box.width / 2, box.y + box.height / 2])).toBe("tour-leave-asked");
    // A clicker's start/stop button alternates Escape and F5: the F5 takes the question back.
    await page.keyboard.press("F5");
    await expect.poll(() => asked.count()).toBe(0);
    await page.keyboard.press("Escape");
    await expect.poll(() => asked.count()).toBe(1);
    // And the next step goes on as if nothing was asked, by key or by the caption's button.
    await page.keyboard.press("PageDown");
    await expectStop(page, 4);
    expect(await asked.count()).toBe(0);
    await page.keyboard.press("Escape");
    await expect.poll(() => asked.count()).toBe(1);
    await page.getByRole("button", { name: "Previous", exact: true }).click();
    await expectStop(page, 3);
    expect(await asked.count()).toBe(0);
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.evaluate(() => location.pathname)).toBe(TEST_BASE_PATH);
    await context.close();
  });

  test("Escape twice leaves the tour for the atlas, and the tour takes its listeners with it", async () => {
    const { context, page } = await openAtlas(env.browser, env.site, "tour/#stop=3", undefined, JUMPS);
    // The window's own listeners, as the browser's devtools list them.
    const cdp = await context.newCDPSession(page);
    const windowListeners = async () => {
      const { result } = await cdp.send("Runtime.evaluate", { expression: "window" });
      const { listeners } = await cdp.send("DOMDebugger.getEventListeners", { objectId: result.objectId! });
      const count = (type: string) => listeners.filter((l) => l.type === type).length;
      return { keydown: count("keydown"), pointermove: count("pointermove") };
    };
    const inTour = await windowListeners();
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.evaluate(() => location.pathname)).toBe(TEST_BASE_PATH);
    expect(await page.getByRole("heading", { level: 2 }).first().textContent()).toBe("Corridors and hubs");
    // The tour took its keys with it: a clicker's next and black-screen keys now do nothing here.
    await page.keyboard.press("PageDown");
    await page.keyboard.press("b");
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await page.evaluate(() => [location.pathname, new URLSearchParams(location.hash.slice(1)).has("stop")])).toEqual([TEST_BASE_PATH, false]);
    expect(await page.getByTestId("black-screen").count()).toBe(0);
    // Its keys and its wake-on-move are gone from the window, and Back into the tour binds them
    // once again, not twice.
    const inAtlas = await windowListeners();
    expect(inAtlas.keydown).toBeLessThan(inTour.keydown);
    expect(inAtlas.pointermove).toBeLessThan(inTour.pointermove);
    await page.goBack();
    await expectStop(page, 3);
    expect(await windowListeners()).toEqual(inTour);
    await context.close();
  });

  test("the presenter view names the true next stop with its preview, and a clicker aimed at it drives the talk", async () => {
    const { context, page } = await openAtlas(env.browser, env.site, "tour/", undefined, JUMPS);
    const [presenter] = await Promise.all([context.waitForEvent("page"), page.getByRole("button", { name: "Presenter view" }).click()]);
    await presenter.waitForLoadState();
    await expect.poll(() => presenter.locator(".presenter__notes").textContent()).toBe(stops[0]!.notes);
    // Every tour key pressed in the presenter window moves the main window, and the presenter
    // view follows it: this stop's title, the next one's name and its card.
    const keys = ["PageDown", "ArrowRight", "Space", "n", "PageUp", "End", "Home"];
    let at = 1;
    for (const key of keys) {
      await presenter.keyboard.press(key);
      at = key === "End" ? N : key === "Home" ? 1 : key === "PageUp" ? at - 1 : at + 1;
      await expectStop(page, at);
      await expect.poll(() => presenter.locator(".presenter__title").textContent()).toBe(stops[at - 1]!.title);
      // What the speaker is to say, with where it comes from: one link per claim of line and notes.
      const { lineSources, notesSources } = stops[at - 1]!;
      expect(await shownSources(presenter, ".presenter")).toEqual(sourcesShownFor([...(lineSources ?? []), ...(notesSources ?? [])]));
      const next = stops[at];
      expect(await presenter.locator(".presenter__next").textContent()).toContain(next ? next.title : "end");
      if (next) {
        const preview = presenter.locator(".presenter__preview");
        await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
        const card = next.show.kind === "corridor" || next.show.kind === "hub" ? `${next.show.kind}-${next.show.id}.png` : "overview.png";
        expect(new URL(await preview.getAttribute("src") ?? "", presenter.url()).pathname).toBe(`${TEST_BASE_PATH}share/${card}`);
        expect(await preview.getAttribute("alt")).toContain(next.title);
      }
    }
    // H and B there hide the main window's caption and black its screen, and bring them back.
    await presenter.keyboard.press("h");
    await expect.poll(() => page.locator(".tour-caption").count()).toBe(0);
    await presenter.keyboard.press("h");
    await expect.poll(() => page.locator(".tour-caption").count()).toBe(1);
    await presenter.keyboard.press("b");
    await expect.poll(() => page.getByTestId("black-screen").count()).toBe(1);
    await presenter.keyboard.press("b");
    await expect.poll(() => page.getByTestId("black-screen").count()).toBe(0);
    // And the other way: the main window's keys and the presenter's buttons stay in step.
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => presenter.locator(".presenter__title").textContent()).toBe(stops[1]!.title);
    await presenter.getByRole("button", { name: "Next" }).click();
    await expectStop(page, 3);
    await context.close();
  });

  test("with the stops' cards out of reach (offline, they are not cached), the presenter view steps on with titles alone and no error", async () => {
    const { context, page } = await openAtlas(env.browser, env.site, "tour/", undefined, JUMPS);
    await context.route("**/share/**", (route) => route.abort("internetdisconnected"));
    const [presenter] = await Promise.all([context.waitForEvent("page"), page.getByRole("button", { name: "Presenter view" }).click()]);
    const watch = watchPage(presenter, env.site.url);
    await expect.poll(() => presenter.locator(".presenter__title").textContent(), { timeout: 30_000 }).toBe(stops[0]!.title);
    // Quick steps: a card failing after its stop has gone by must not trip the view.
    for (let i = 0; i < 4; i++) await presenter.keyboard.press("PageDown");
    await expect.poll(() => presenter.locator(".presenter__title").textContent()).toBe(stops[4]!.title);
    expect(await presenter.locator(".presenter__next").textContent()).toContain(stops[5]!.title);
    await expect.poll(() => presenter.locator(".presenter__preview").count()).toBe(0);
    expect(watch.pageErrors).toEqual([]);
    await context.close();
  });

  test("in the presenter window as the tour opens it (900×640), Previous and Next, and the next stop's name, are in view at every stop", async () => {
    const context = await env.browser.newContext({ viewport: { width: 900, height: 640 } });
    for (let n = 1; n <= N; n++) {
      // Each stop as the window opens on it (alone, it has no tour window to step with it).
      const page = await context.newPage();
      await page.goto(`${env.site.url}tour/?presenter#stop=${n}`);
      await expect.poll(() => page.locator(".presenter__title").textContent()).toBe(stops[n - 1]!.title);
      for (const name of ["Previous", "Next"]) {
        const box = (await page.getByRole("button", { name, exact: true }).boundingBox())!;
        expect(box.y + box.height, `${name} at stop ${n}`).toBeLessThanOrEqual(640);
        expect(box.y, `${name} at stop ${n}`).toBeGreaterThanOrEqual(0);
      }
      // What comes next, at a glance: its name above the buttons' bar, not scrolled out of view.
      const next = (await page.locator(".presenter__next p").boundingBox())!;
      const bar = (await page.locator(".presenter__controls").boundingBox())!;
      expect(next.y + next.height, `next stop's name at stop ${n}`).toBeLessThanOrEqual(bar.y);
      await page.close();
    }
    await context.close();
  });

  test("a click on the map shows its popup but the tour stays on its stop, and the clicker steps on from inside the popup", async () => {
    const { context, page } = await openAtlas(env.browser, env.site, "tour/#stop=4", undefined, JUMPS);
    await expectStop(page, 4);
    const aktau = (JSON.parse(readFileSync("data/hubs.geojson", "utf8")) as HubCollection).features.find((h) => h.properties.id === "aktau")!;
    const at = await pagePointOf(page, aktau.geometry.coordinates as [number, number]);
    await page.mouse.click(at.x, at.y);
    await page.waitForSelector(".feature-popup");
    // The popup has the focus, and the tour its stop and its address.
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest(".maplibregl-popup")))).toBe(true);
    await expectStop(page, 4);
    expect(await page.evaluate(() => location.pathname)).toBe(`${TEST_BASE_PATH}tour/`);
    // The clicker's next key steps the tour, and the step puts the popup away.
    await page.keyboard.press("PageDown");
    await expectStop(page, 5);
    await page.waitForSelector(".feature-popup", { state: "detached" });
    expect(await page.evaluate(() => location.pathname)).toBe(`${TEST_BASE_PATH}tour/`);
    await context.close();
  });

  test("a presenter can make the tour available offline before the browser gets round to it, and the caption and the map stay where they were", async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
    // A browser that is never idle: the offline cache would wait for ever, unless asked.
    await context.addInitScript("window.requestIdleCallback = () => 0;");
    const page = await context.newPage();
    await page.goto(`${env.site.url}tour/`);
    await waitForMapReady(page);
    const makeOffline = page.getByRole("button", { name: "Make available offline" });
    const caption = page.locator(".tour-caption");
    const before = { caption: await caption.boundingBox(), camera: await page.evaluate(() => location.hash) };
    await makeOffline.click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Ready offline" }).count(), { timeout: 60_000 }).toBe(1);
    expect(await makeOffline.count()).toBe(0);
    // "Ready offline" is shorter than the button it replaces: the controls took a row fewer, the
    // caption shrank and the map's framing above it moved.
    await waitForMapIdle(page);
    expect({ caption: await caption.boundingBox(), camera: await page.evaluate(() => location.hash) }).toEqual(before);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => Boolean(r?.active)))).toBe(true);
    await context.close();
  });

  test("once it says \"Ready offline\", the open tour goes on with the network cut: the next stops' map comes from the cache", async () => {
    const { context, page, watch } = await openAtlas(env.browser, env.site, "tour/#stop=2", undefined, JUMPS);
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Ready offline" }).count(), { timeout: 60_000 }).toBe(1);
    await context.setOffline(true);
    // The basemap's requests from here on, and how each ended.
    const basemap = { asked: 0, answered: 0, failed: [] as string[] };
    page.on("request", (request) => { if (request.url().endsWith(".pmtiles")) basemap.asked++; });
    page.on("requestfinished", (request) => { if (request.url().endsWith(".pmtiles")) basemap.answered++; });
    page.on("requestfailed", (request) => { if (request.url().endsWith(".pmtiles")) basemap.failed.push(request.failure()?.errorText ?? "failed"); });
    // On to Khorgos and Aktau, zoomed in far beyond the first view: tiles this page never had.
    for (const n of [3, 4]) {
      await page.keyboard.press("ArrowRight");
      await expectStop(page, n);
    }
    await expect.poll(() => basemap.asked, { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(() => basemap.asked - basemap.answered - basemap.failed.length, { timeout: 30_000 }).toBe(0);
    expect(basemap.failed).toEqual([]);
    expect(await page.locator(".map-trouble").count()).toBe(0);
    expect(watch.pageErrors).toEqual([]);
    await context.close();
  });

  test("after one visit, with the network cut, tour/ still opens with its map and caption", async () => {
    const { context, page, watch } = await openAtlas(env.browser, env.site, "tour/#stop=2");
    // The interface says when everything is cached.
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Ready offline" }).count(), { timeout: 30_000 }).toBe(1);
    await context.setOffline(true);
    await page.goto(`${env.site.url}tour/#stop=5`);
    await page.waitForFunction(() => performance.getEntriesByName("map-ready").length > 0, null, { timeout: 90_000 });
    await expectStop(page, 5);
    // Another address of the site works too, from the same cached app.
    await page.goto(`${env.site.url}corridors/kti/`);
    await page.waitForFunction(() => performance.getEntriesByName("map-ready").length > 0, null, { timeout: 90_000 });
    expect(await page.getByRole("heading", { level: 2 }).textContent()).toBe("Kazakhstan–Turkmenistan–Iran railway");
    // The basemap came from the cache too: the Ustyurt plateau east of the Caspian is drawn as land.
    await expect.poll(async () => colourDistance(await dominantColourAt(page, [54.2, 42.6]), THEME.land), { timeout: 15_000 }).toBeLessThan(6);
    expect(watch.pageErrors).toEqual([]);
    await context.close();
  });
});
