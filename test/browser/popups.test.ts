// A reader clicks a line or a hub on the map and reads, in a popup beside it, what it is, how it
// was drawn and a passage that names it; Escape or the close button puts it away.
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import type { Fact } from "../../src/model/fact";
import { useTestSite } from "./support/site";
import { openAtlas } from "./support/open-atlas";
import { edgeLightness, pagePointOf, pointInsideLineOf } from "./support/pixels";
import { waitForMapIdle, waitForMapReady, watchPage } from "./support/page-watch";
import type { ArticleMeta, Quote } from "../../src/model/article";
import type { CorridorCollection, CorridorMeta, HubCollection } from "../../src/model/corridor";
import { CONTENT } from "../../src/i18n/content-by-locale";
import { SAID_BY } from "../../src/model/citation";

const meta = JSON.parse(readFileSync("data/corridors/corridors.json", "utf8")).corridors as CorridorMeta[];
const quotes = JSON.parse(readFileSync("data/quotes.json", "utf8")).quotes as Quote[];
const articles = JSON.parse(readFileSync("data/articles/index.json", "utf8")).articles as ArticleMeta[];
const hubs = JSON.parse(readFileSync("data/hubs.geojson", "utf8")) as HubCollection;
const kti = JSON.parse(readFileSync("data/corridors/kti.geojson", "utf8")) as CorridorCollection;
const corridor = (id: string) => meta.find((m) => m.id === id)!;

// Zhanaozen – Bereket: KTI shares it only with the North–South corridor, whose line runs beside it.
const facts = (JSON.parse(readFileSync("data/facts.json", "utf8")) as { facts: Fact[] }).facts;
const SECTION = kti.features.find((f) => f.properties.id === "zhanaozen-bereket")!;
const SECTION_MIDDLE = SECTION.geometry.coordinates[Math.floor(SECTION.geometry.coordinates.length / 2)] as [number, number];
const AKTAU = hubs.features.find((h) => h.properties.id === "aktau")!;

// What a popup may be made of: anything else (an <img>, a <script>) came from markup, not text.
// "A" only for the page that states an opening or target year: readPopup lists every link's address.
const POPUP_TAGS = new Set(["SECTION", "BUTTON", "H3", "DL", "DIV", "DT", "DD", "P", "FIGURE", "BLOCKQUOTE", "FIGCAPTION", "CITE", "A"]);

const env = useTestSite();

/** Clicks a pixel drawn in the corridor's colour (inside the line, not on its edge), the nearest to `near`. */
async function clickLineOf(page: Page, corridorId: string, near: [number, number]) {
  const best = await pointInsideLineOf(page, near, corridor(corridorId).colour);
  expect(best, `a pixel of ${corridorId}'s line near ${near}`).toBeDefined();
  await page.mouse.click(best!.x, best!.y);
}

/** The popup's parts as a reader sees them, and every tag in it. */
const readPopup = (page: Page) => page.locator(".feature-popup").evaluate((popup) => ({
  text: popup.textContent ?? "",
  title: popup.querySelector(".feature-popup__title")?.textContent ?? "",
  quote: popup.querySelector("blockquote")?.textContent ?? "",
  quoteLang: popup.querySelector("blockquote")?.getAttribute("lang"),
  quoteChildren: popup.querySelector("blockquote")?.childElementCount,
  source: popup.querySelector("cite")?.textContent ?? "",
  tags: [...popup.querySelectorAll("*")].map((e) => e.tagName).concat(popup.tagName),
  links: [...popup.querySelectorAll("a")].map((a) => ({ text: a.textContent, href: a.getAttribute("href") })),
}));

const focusIsIn = (page: Page, selector: string) =>
  page.waitForFunction((s) => document.activeElement?.closest(s) !== null, selector, { timeout: 10_000 });

describe("popups about what was clicked on the map", () => {
  test("clicking a KTI line opens a popup naming its section, its drawn length and a passage word for word; Escape closes it", async () => {
    const { context, page, watch } = await openAtlas(env.browser, env.site, `#map=8/${SECTION_MIDDLE[1]}/${SECTION_MIDDLE[0]}`);
    await clickLineOf(page, "kti", SECTION_MIDDLE);
    await page.waitForSelector(".feature-popup");
    const popup = await readPopup(page);
    expect(popup.title).toBe(SECTION.properties.name);
    expect(popup.text).toContain(corridor("kti").name);
    expect(popup.text).toMatch(/Length drawn\s*\d[\d,]* km/);
    expect(popup.text).toContain("Rail");
    expect(popup.text).toContain("Operating");
    expect(popup.text).toContain(String(SECTION.properties.opened));
    // The opening year links the page that states it, by that page's own name.
    const cited = SECTION.properties.openedSource!;
    expect(popup.links).toEqual([{ text: cited.name, href: cited.url }]);
    expect(popup.text).toContain("Along the track mapped in OpenStreetMap");
    // The first passage about the corridor, exactly as stored, with its outlet.
    const quote = quotes.find((q) => q.about.includes("kti"))!;
    expect(popup.quote).toBe(quote.text);
    expect(popup.quoteLang).toBe("en");
    expect(popup.quoteChildren).toBe(0);
    expect(popup.source).toContain(articles.find((a) => a.id === quote.article)!.outlet);
    expect(popup.tags.filter((tag) => !POPUP_TAGS.has(tag))).toEqual([]);
    // The panel opened as before, and focus went into the popup.
    await expect.poll(() => page.getByRole("heading", { level: 2 }).textContent()).toBe(corridor("kti").name);
    await focusIsIn(page, ".feature-popup");

    await page.keyboard.press("Escape");
    await page.waitForSelector(".feature-popup", { state: "detached" });
    await focusIsIn(page, ".maplibregl-canvas");
    // Escape closed the popup alone: the panel stays.
    expect(await page.getByRole("heading", { level: 2 }).textContent()).toBe(corridor("kti").name);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    await context.close();
  });

  test("in Russian, the popup and the corridor's sections name each section in Russian", async () => {
    const { context, page, watch } = await openAtlas(env.browser, env.site, `ru/#map=8/${SECTION_MIDDLE[1]}/${SECTION_MIDDLE[0]}`);
    await clickLineOf(page, "kti", SECTION_MIDDLE);
    await page.waitForSelector(".feature-popup");
    expect((await readPopup(page)).title).toBe(CONTENT.ru.sections[SECTION.properties.id]!.name);
    // The pick opened the corridor's panel: its table of sections, in the same words.
    await page.locator(".sections-drawn summary").click();
    const names = await page.locator(".sections-drawn__table tbody th").allTextContents();
    expect(names).toEqual(expect.arrayContaining([CONTENT.ru.sections[SECTION.properties.id]!.name]));
    const russian = new Set(Object.values(CONTENT.ru.sections).map((s) => s.name));
    expect(names.filter((name) => !russian.has(name))).toEqual([]);
    expect(names).toHaveLength(new Set(kti.features.map((f) => f.properties.id)).size);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  test("once the corridor is framed, the popup sits beside its extent, not over it", async () => {
    const { context, page } = await openAtlas(env.browser, env.site, `#map=8/${SECTION_MIDDLE[1]}/${SECTION_MIDDLE[0]}`);
    await clickLineOf(page, "kti", SECTION_MIDDLE);
    await page.waitForSelector(".feature-popup");
    // The framing flight (started by the click, before the popup opened) has come to rest, and
    // the popup has taken its side; the address holds the camera it rests at.
    await page.waitForFunction(() => document.querySelector(".map-canvas")?.getAttribute("data-moving") === "false", null, { timeout: 30_000 });
    const xs = kti.features.flatMap((f) => f.geometry.coordinates.map((c) => c[0]!));
    const ys = kti.features.flatMap((f) => f.geometry.coordinates.map((c) => c[1]!));
    const [nw, se] = [await pagePointOf(page, [Math.min(...xs), Math.max(...ys)]), await pagePointOf(page, [Math.max(...xs), Math.min(...ys)])];
    const box = (await page.locator(".feature-popup-container .maplibregl-popup-content").boundingBox())!;
    const overlap = Math.max(0, Math.min(box.x + box.width, se.x) - Math.max(box.x, nw.x)) * Math.max(0, Math.min(box.y + box.height, se.y) - Math.max(box.y, nw.y));
    expect(overlap / (box.width * box.height)).toBeLessThan(0.25);
    const map = (await page.locator(".maplibregl-canvas").boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(map.x);
    expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width);
    await context.close();
  });

  test("clicking a hub opens its popup: its kind, its corridors and a passage; the close button puts it away", async () => {
    const [lng, lat] = AKTAU.geometry.coordinates as [number, number];
    const { context, page, watch } = await openAtlas(env.browser, env.site, `#map=7/${lat}/${lng}`);
    const at = await pagePointOf(page, [lng, lat]);
    await page.mouse.click(at.x, at.y);
    await page.waitForSelector(".feature-popup");
    const popup = await readPopup(page);
    expect(popup.title).toBe("Port of Aktau");
    expect(popup.text).toContain("Sea port");
    for (const id of AKTAU.properties.corridors) expect(popup.text).toContain(corridor(id).shortName);
    // No article names Aktau itself: the passage is about a corridor through it, and says so.
    const fromCorridors = AKTAU.properties.corridors.flatMap((id) => quotes.filter((q) => q.about.includes(id)));
    expect(quotes.some((q) => q.about.includes("aktau"))).toBe(false);
    expect(popup.quote).toBe(fromCorridors[0]!.text);
    expect(popup.text).toContain("What the articles say of its corridors");
    // Its opening: the earliest its published figures give, linking the page that gives it.
    const opening = facts.filter((f) => f.about === "aktau" && f.metric === "opened").sort((a, b) => a.value - b.value)[0]!;
    expect(popup.text).toMatch(new RegExp(`Opened\\s*${opening.value}${SAID_BY}`));
    expect(popup.links).toEqual([{ text: opening.source.name, href: opening.source.url }]);
    expect(popup.tags.filter((tag) => !POPUP_TAGS.has(tag))).toEqual([]);
    await expect.poll(() => page.getByRole("heading", { level: 2 }).textContent()).toBe("Port of Aktau");

    await page.getByRole("button", { name: "Close", exact: true }).click();
    await page.waitForSelector(".feature-popup", { state: "detached" });
    await focusIsIn(page, ".maplibregl-canvas");
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  test("another view closes the popup: leaving the panel takes it away", async () => {
    const [lng, lat] = AKTAU.geometry.coordinates as [number, number];
    const { context, page } = await openAtlas(env.browser, env.site, `#map=7/${lat}/${lng}`);
    const at = await pagePointOf(page, [lng, lat]);
    await page.mouse.click(at.x, at.y);
    await page.waitForSelector(".feature-popup");
    await page.getByRole("button", { name: "← All corridors and hubs" }).click();
    await page.waitForSelector(".feature-popup", { state: "detached" });
    await expect.poll(() => page.getByRole("heading", { level: 2 }).textContent()).toBe("Corridors and hubs");
    await context.close();
  });

  test("markup in a quote shows in the popup as text, never run", async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    watchPage(page, env.site.url);
    const dialogs: string[] = [];
    page.on("dialog", (d) => { dialogs.push(d.message()); void d.dismiss(); });
    const evil = `KTI <img src=x onerror=alert(1)> grows.`;
    await page.route("**/data/atlas.json", async (route) => {
      const response = await route.fetch();
      const data = await response.json();
      data.quotes.unshift({ id: "evil", article: data.articles[0].id, about: ["kti"], text: evil });
      await route.fulfill({ response, json: data });
    });
    await page.goto(new URL(`#map=8/${SECTION_MIDDLE[1]}/${SECTION_MIDDLE[0]}`, env.site.url).href);
    await waitForMapReady(page);
    await clickLineOf(page, "kti", SECTION_MIDDLE);
    await page.waitForSelector(".feature-popup");
    const popup = await readPopup(page);
    expect(popup.quote).toBe(evil);
    expect(popup.tags).not.toContain("IMG");
    expect(dialogs).toEqual([]);
    await context.close();
  });

  test("on a 390 px phone, a line clicked near either edge gets its popup whole on screen, its tip on the place clicked, the camera kept", async () => {
    // The section's middle 110 px from the left edge, then from the right: no side of it has room
    // for a 300 px popup centred above or below it, or beside it.
    const degreesPerPx = 360 / (512 * 2 ** 7);
    for (const fromCentre of [-85, 85]) {
      const [lng, lat] = SECTION_MIDDLE;
      const { context, page } = await openAtlas(env.browser, env.site, `corridors/kti/#map=7/${lat}/${lng - fromCentre * degreesPerPx}`, { width: 390, height: 844 });
      const clicked = (await pointInsideLineOf(page, SECTION_MIDDLE, corridor("kti").colour))!;
      expect(clicked, `a pixel of KTI's line ${fromCentre} px from the centre`).toBeDefined();
      const before = await page.evaluate(() => [location.hash, history.length]);
      await page.mouse.click(clicked.x, clicked.y);
      await page.waitForSelector(".feature-popup");
      await page.waitForFunction(() => document.querySelector(".map-canvas")?.getAttribute("data-moving") === "false", null, { timeout: 30_000 });
      const where = `clicked at ${clicked.x},${clicked.y}`;
      // A click on the corridor already shown opens its popup and leaves the reader where they were.
      expect(await page.evaluate(() => [location.hash, history.length])).toEqual(before);
      const box = (await page.locator(".feature-popup-container .maplibregl-popup-content").boundingBox())!;
      const map = (await page.locator(".maplibregl-canvas").boundingBox())!;
      expect(box.x, where).toBeGreaterThanOrEqual(map.x);
      expect(box.x + box.width, where).toBeLessThanOrEqual(map.x + map.width);
      expect(box.y, where).toBeGreaterThanOrEqual(map.y);
      const tip = (await page.locator(".feature-popup-container .maplibregl-popup-tip").boundingBox())!;
      expect(Math.abs(tip.x + tip.width / 2 - clicked.x), where).toBeLessThanOrEqual(2);
      // The close button is what a tap on it reaches, and it puts the popup away.
      const close = (await page.locator(".feature-popup__close").boundingBox())!;
      const reached = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.className, [close.x + close.width / 2, close.y + close.height / 2]);
      expect(reached, where).toBe("feature-popup__close");
      await page.mouse.click(close.x + close.width / 2, close.y + close.height / 2);
      await page.waitForSelector(".feature-popup", { state: "detached" });
      await context.close();
    }
  });

  test("zoomed out, where neighbouring ports' symbols overlap, a click or a tap on a port's own point picks that port", async () => {
    // On the overview, Aktau's symbol lies under Kuryk's and Poti's under Batumi's, a few pixels
    // apart: the one drawn on top was picked, whichever was clicked.
    for (const [viewport, options] of [[{ width: 1280, height: 720 }, {}], [{ width: 390, height: 844 }, { isMobile: true, hasTouch: true }]] as const) {
      for (const id of ["aktau", "poti", "kuryk", "batumi"]) {
        const { context, page } = await openAtlas(env.browser, env.site, "", viewport, { reducedMotion: "reduce", ...options });
        await waitForMapIdle(page);
        const at = await pagePointOf(page, hubs.features.find((h) => h.properties.id === id)!.geometry.coordinates as [number, number]);
        if ("hasTouch" in options) await page.touchscreen.tap(at.x, at.y);
        else await page.mouse.click(at.x, at.y);
        await expect.poll(() => page.evaluate(() => location.pathname), { timeout: 10_000 }).toMatch(new RegExp(`/hubs/${id}/$`));
        await context.close();
      }
    }
  });

  test("on the KTI's page on a phone, a tap on its line where the North–South one runs beside it keeps the KTI", async () => {
    // The two are drawn side by side on their shared track, 2–3 px apart: a finger cannot tell them apart.
    const [lng, lat] = SECTION_MIDDLE;
    for (const dx of [-4, -2, 0, 2, 4]) {
      const { context, page } = await openAtlas(env.browser, env.site, `corridors/kti/#map=6/${lat}/${lng}`, { width: 390, height: 844 }, { reducedMotion: "reduce", isMobile: true, hasTouch: true });
      await waitForMapIdle(page);
      const at = await pagePointOf(page, SECTION_MIDDLE);
      await page.touchscreen.tap(at.x + dx, at.y);
      await page.waitForSelector(".feature-popup");
      expect(await page.evaluate(() => location.pathname), `a tap ${dx} px beside the shared track`).toMatch(/\/corridors\/kti\/$/);
      // What the map and the panel show, not only the address.
      expect(await page.locator(".map-canvas").getAttribute("data-selected"), `a tap ${dx} px beside the shared track`).toBe("corridor:kti");
      expect(await page.getByRole("heading", { level: 2 }).first().textContent()).toBe(corridor("kti").name);
      await context.close();
    }
  });

  test.each([[390, 844], [360, 640]])("on a %i×%i phone, a popup taller than the map scrolls its words under its close button, which stays in view and within reach, with a shadow at the edge where there is more", async (width, height) => {
    // The close button scrolled away with the words: once a reader scrolled to the passage, the
    // only way to close was Escape, which a phone has not.
    const [lng, lat] = SECTION_MIDDLE;
    const { context, page } = await openAtlas(env.browser, env.site, `corridors/kti/#map=7/${lat}/${lng}`, { width, height }, { reducedMotion: "reduce", isMobile: true, hasTouch: true });
    await waitForMapIdle(page);
    const at = (await pointInsideLineOf(page, SECTION_MIDDLE, corridor("kti").colour))!;
    await page.touchscreen.tap(at.x, at.y);
    await page.waitForSelector(".feature-popup");
    await page.waitForFunction(() => document.querySelector(".map-canvas")?.getAttribute("data-moving") === "false");
    const body = page.locator(".feature-popup__body");
    const overflow = await body.evaluate((words) => words.scrollHeight - words.clientHeight);
    expect(overflow, "the popup's words are taller than the popup").toBeGreaterThan(40);
    const atStart = await edgeLightness(page, body, { inset: 4, side: "left" });
    await body.evaluate((words) => { words.scrollTop = words.scrollHeight; });
    await expect.poll(() => body.evaluate((words) => words.scrollTop)).toBeGreaterThan(40);
    // A shadow at the foot says there is more below; at the end it is at the head instead.
    const atEnd = await edgeLightness(page, body, { inset: 4, side: "left" });
    expect(atStart.foot, "the foot, with words below it").toBeLessThan(atEnd.foot - 12);
    expect(atEnd.head, "the head, with words above it").toBeLessThan(atStart.head - 12);
    const close = (await page.locator(".feature-popup__close").boundingBox())!;
    const popup = (await page.locator(".feature-popup-container .maplibregl-popup-content").boundingBox())!;
    expect(close.y).toBeGreaterThanOrEqual(popup.y);
    expect(close.y + close.height).toBeLessThanOrEqual(popup.y + popup.height);
    const reached = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.className, [close.x + close.width / 2, close.y + close.height / 2]);
    expect(reached).toBe("feature-popup__close");
    await page.touchscreen.tap(close.x + close.width / 2, close.y + close.height / 2);
    await page.waitForSelector(".feature-popup", { state: "detached" });
    await context.close();
  });

  test("on a 390 px phone the popup fits across the screen", async () => {
    const [lng, lat] = AKTAU.geometry.coordinates as [number, number];
    const { context, page } = await openAtlas(env.browser, env.site, `#map=7/${lat}/${lng}`, { width: 390, height: 844 });
    const at = await pagePointOf(page, [lng, lat]);
    await page.mouse.click(at.x, at.y);
    await page.waitForSelector(".feature-popup");
    await page.waitForFunction(() => document.querySelector(".map-canvas")?.getAttribute("data-moving") === "false");
    const box = (await page.locator(".feature-popup-container .maplibregl-popup-content").boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(390 - 24);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    await context.close();
  });
});
