// A Russian or Kazakh speaker uses the atlas in their language: views, shares and presents it,
// and the quotes are still the published English, word for word.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { TEST_BASE_PATH, useTestSite } from "./support/site";
import { openAtlas } from "./support/open-atlas";
import { waitForMapReady } from "./support/page-watch";
import { cameraFromHash } from "./support/pixels";
import { expectVisibleQuotesVerbatim } from "./support/quotes";
import { linesStartingWithDash } from "./support/text-lines";
import { CONTENT } from "../../src/i18n/content-by-locale";
import { MESSAGES } from "../../src/i18n/messages";
import type { DeclaredCorridorMeta, TourStop } from "../../src/model/corridor";

const { en, ru, kk } = MESSAGES;
const stops = JSON.parse(readFileSync("data/tour.json", "utf8")).stops as TourStop[];
const corridorMeta = JSON.parse(readFileSync("data/corridors/corridors.json", "utf8")).corridors as DeclaredCorridorMeta[];
const SITE_URL = `https://atlas.example${TEST_BASE_PATH}`;

const env = useTestSite();

const heading = (page: Page) => page.getByRole("heading", { level: 2 }).first();
const pathOf = (page: Page) => new URL(page.url()).pathname;

describe("the atlas in Russian and Kazakh", () => {
  test("ru/ speaks Russian; picking a corridor by its Russian name opens it, with the quotes still verbatim English", async () => {
    const { context, page, watch } = await openAtlas(env.browser, env.site, "ru/");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("ru");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(ru.siteName);
    expect(await heading(page).textContent()).toBe(ru.overviewHeading);
    // The page downloaded its own language's words and no other's.
    const scripts = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname.split("/").pop()!));
    expect(scripts.filter((file) => file.startsWith("words-")).map((file) => file.split("-")[1])).toEqual(["ru"]);

    const titr = CONTENT.ru.corridors.titr;
    await page.getByRole("list", { name: ru.corridorsHeading, exact: true }).getByRole("button", { name: titr.shortName }).click();
    await expect.poll(() => heading(page).textContent()).toBe(titr.name);
    expect(pathOf(page)).toBe(`${TEST_BASE_PATH}ru/corridors/titr/`);
    expect(await page.title()).toBe(ru.pageTitle(titr.name));

    const panel = page.locator(".panel__body");
    // Our words only: the panel without the quoted passages and their citations, and without the
    // names of the pages and articles our words rest on, which are theirs.
    const text = (await panel.evaluate((body) => {
      const copy = body.cloneNode(true) as HTMLElement;
      copy.querySelectorAll("figure.quote, .about-text__source, .published-facts__source").forEach((theirs) => theirs.remove());
      return copy.textContent ?? "";
    })).replace(/[^\S\u00a0]+/g, " "); // the no-break spaces before dashes stay (they are the words')
    expect(text).toContain(titr.description);
    // What each source says under "About this text" is said in Russian too.
    const claims = corridorMeta.find((c) => c.id === "titr")!.descriptionSources!.map((s) => s.says);
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      expect(text).toContain(CONTENT.ru.claims[claim]);
      expect(text).not.toContain(claim);
    }
    expect(await panel.locator(".about-text [lang='en']").count()).toBe(0);
    expect(text).toContain(ru.lengthDrawn);
    expect(text).toContain("Казахстан");
    for (const english of [en.lengthDrawn, en.statusOfParts, en.corridorQuotesHeading, en.share, "Kazakhstan"]) expect(text).not.toContain(english);
    // The quotes are the published English, marked as such and counted in Russian words.
    expect(await expectVisibleQuotesVerbatim(page)).toBeGreaterThan(0);
    expect(await page.locator("figure.quote blockquote:not([lang='en'])").count()).toBe(0);
    expect(await panel.locator(".quote-count").first().textContent()).toMatch(/^\d+ фрагмент/);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.outsideRequests).toEqual([]);
    await context.close();
  });

  test("switching language on a corridor stays on that corridor, with the same camera", async () => {
    const { context, page } = await openAtlas(env.browser, env.site, "corridors/titr/#map=6/44/52");
    await expect.poll(() => heading(page).textContent()).toBe("Trans-Caspian International Transport Route");
    await page.getByRole("navigation", { name: en.languageLabel }).getByRole("link", { name: "Қазақша" }).click();
    await page.waitForURL((url) => url.pathname === `${TEST_BASE_PATH}kk/corridors/titr/`);
    await waitForMapReady(page);
    await expect.poll(() => heading(page).textContent()).toBe(CONTENT.kk.corridors.titr.name);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("kk");
    const camera = cameraFromHash(await page.evaluate(() => location.hash));
    expect(camera.zoom).toBeCloseTo(6, 1);
    expect(camera.lat).toBeCloseTo(44, 1);
    expect(camera.lng).toBeCloseTo(52, 1);
    // Country names come in Kazakh even where the browser has no Kazakh data of its own.
    expect(await page.locator(".facts").innerText()).toContain("Қазақстан");

    await page.getByRole("navigation", { name: kk.languageLabel }).getByRole("link", { name: "English" }).click();
    await page.waitForURL((url) => url.pathname === `${TEST_BASE_PATH}corridors/titr/`);
    await expect.poll(() => heading(page).textContent()).toBe("Trans-Caspian International Transport Route");
    await context.close();
  });

  test("the tour in Kazakh steps by key, and a language switch keeps the stop", async () => {
    const { context, page, watch } = await openAtlas(env.browser, env.site, "kk/tour/#stop=2");
    const caption = page.locator(".tour-caption__title");
    await expect.poll(() => caption.textContent()).toBe(CONTENT.kk.tour[stops[1]!.id]!.title);
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => caption.textContent()).toBe(CONTENT.kk.tour[stops[2]!.id]!.title);
    expect(await page.locator(".tour-caption__progress").textContent()).toBe(kk.progress("3", String(stops.length)));
    expect(await page.getByRole("button", { name: kk.leaveTour }).count()).toBe(1);

    await page.getByRole("link", { name: "Русский" }).click();
    await page.waitForURL((url) => url.pathname === `${TEST_BASE_PATH}ru/tour/`);
    await expect.poll(() => caption.textContent()).toBe(CONTENT.ru.tour[stops[2]!.id]!.title);
    expect(new URL(page.url()).hash).toContain("stop=3");
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  test.each(["ru", "kk"] as const)("in %s no line starts with a dash: each tour caption on a 1024×768 projector, each corridor's panel on a 390×844 phone, whose sections drawn fit the screen", async (locale) => {
    // Before, "Коридор «Север — Юг»" left "— Юг»" for the caption's next line, and section names,
    // sentences and "… — Kazinform" did the same in the panels.
    const tour = await openAtlas(env.browser, env.site, `${locale}/tour/`, { width: 1024, height: 768 }, { reducedMotion: "reduce" });
    for (const [index, stop] of stops.entries()) {
      if (index > 0) await tour.page.keyboard.press("ArrowRight");
      await expect.poll(() => tour.page.locator(".tour-caption__title").textContent()).toBe(CONTENT[locale].tour[stop.id]!.title);
      expect(await linesStartingWithDash(tour.page, ".tour-caption"), `stop ${index + 1}`).toEqual([]);
    }
    await tour.context.close();
    const phone = await openAtlas(env.browser, env.site, `${locale}/`, { width: 390, height: 844 }, { isMobile: true, hasTouch: true, reducedMotion: "reduce" });
    for (const corridor of corridorMeta) {
      await phone.page.goto(`${env.site.url}${locale}/corridors/${corridor.id}/`);
      await expect.poll(() => heading(phone.page).textContent()).toBe(CONTENT[locale].corridors[corridor.id]!.name);
      expect(await linesStartingWithDash(phone.page, ".panel__body"), corridor.id).toEqual([]);
      // "Sections drawn", opened: its narrow cells, whose runs joined by no-break spaces once
      // widened the panel past the screen (396 px of 390 on the Russian North–South's).
      await phone.page.locator(".sections-drawn summary").click();
      expect(await linesStartingWithDash(phone.page, ".sections-drawn"), `${corridor.id}'s sections`).toEqual([]);
      const panel = (await phone.page.locator(".panel").boundingBox())!;
      expect(panel.x + panel.width, `${corridor.id}'s panel with its sections open`).toBeLessThanOrEqual(390);
    }
    await phone.context.close();
  });

  test("a link to ru/corridors/titr/ pasted in a chat previews a Russian card", async () => {
    // As a link-preview crawler fetches it: the page's HTML, no JavaScript.
    const html = await (await fetch(new URL("ru/corridors/titr/", env.site.url))).text();
    const meta = (property: string) => html.match(new RegExp(`<meta property="${property}" content="([^"]*)"`))?.[1];
    const title = `${CONTENT.ru.corridors.titr.name}\u00a0— ${ru.siteName}`; // a line never starts with the dash
    expect(html).toContain('<html lang="ru">');
    expect(meta("og:title")).toBe(title);
    expect(html).toContain(`<title>${title}</title>`);
    expect(meta("og:locale")).toBe("ru_RU");
    expect(html).toContain(`<link rel="alternate" hreflang="kk" href="${SITE_URL}kk/corridors/titr/" />`);
    expect(html).toContain(`<link rel="alternate" hreflang="en" href="${SITE_URL}corridors/titr/" />`);
    expect(html).toContain(ru.tagline); // the shell painted before the script runs

    const image = meta("og:image")!;
    expect(image).toBe(`${SITE_URL}share/ru/corridor-titr.png`);
    const card = await fetch(new URL(image.slice(SITE_URL.length), env.site.url));
    expect(card.headers.get("content-type")).toBe("image/png");
    const png = Buffer.from(await card.arrayBuffer());
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    const english = Buffer.from(await (await fetch(new URL("share/corridor-titr.png", env.site.url))).arrayBuffer());
    expect(png.equals(english)).toBe(false);
  });

  test("before any script runs (or with none), a page already shows its heading, lead and languages", async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL("kk/corridors/kti/", env.site.url).href);
    expect(await heading(page).textContent()).toBe(CONTENT.kk.corridors.kti.name);
    expect(await page.locator(".panel__lead").textContent()).toBe(CONTENT.kk.corridors.kti.description);
    const languages = page.getByRole("navigation", { name: kk.languageLabel }).getByRole("link");
    expect(await languages.allTextContents()).toEqual(["English", "Русский", "Қазақша"]);
    expect(await languages.first().getAttribute("href")).toBe(`${TEST_BASE_PATH}corridors/kti/`);
    // The app's own words in Kazakh (its components, rendered by the build), and no button that
    // would do nothing without the script.
    expect(await page.locator(".map-loading").textContent()).toBe(kk.loadingMap);
    expect(await page.getByRole("button", { name: kk.backToAll }).isDisabled()).toBe(true);
    expect(await page.locator("button:not([disabled])").count()).toBe(0);
    await context.close();
  });

  test("offline, a Russian address opens its own page from the cache, in its language, and only the languages opened were downloaded", async () => {
    const { context, page } = await openAtlas(env.browser, env.site, "ru/tour/");
    await expect.poll(() => page.getByRole("status").filter({ hasText: ru.readyOffline }).count(), { timeout: 30_000 }).toBe(1);
    // The cache holds the Russian pages and the shared files, and nothing in Kazakh: a visitor
    // downloads the language they read.
    const cached = await page.evaluate(async () => {
      const paths: string[] = [];
      for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
      return paths;
    });
    expect(cached).toContain(`${TEST_BASE_PATH}ru/hubs/kuryk/index.html`);
    expect(cached).toContain(`${TEST_BASE_PATH}data/atlas.ru.json`);
    expect(cached).toContain(`${TEST_BASE_PATH}basemap/basemap.pmtiles`);
    expect(cached.filter((path) => path.startsWith(`${TEST_BASE_PATH}kk/`) || path.includes(".kk."))).toEqual([]);
    await context.setOffline(true);
    // A page never visited: its own HTML (title, first screen) comes from the cache.
    await page.goto(new URL("ru/hubs/kuryk/", env.site.url).href);
    expect(await page.title()).toBe(ru.pageTitle(CONTENT.ru.hubs.kuryk!.name));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("ru");
    await waitForMapReady(page);
    await expect.poll(() => heading(page).textContent()).toBe(CONTENT.ru.hubs.kuryk!.name);
    // An address the build never wrote gets its language's app, which explains.
    await page.goto(new URL("ru/corridors/silk-road/", env.site.url).href);
    await expect.poll(() => page.getByRole("alert").textContent(), { timeout: 30_000 }).toContain(ru.unknownCorridor("silk-road"));
    // A language never opened (the caption's "Қазақша") has no copy here: a page says so in
    // Kazakh, not the browser's error page, and its link goes back to the Russian tour.
    const tour = new URL("ru/tour/", env.site.url).href;
    await page.goto(new URL("kk/tour/", env.site.url).href, { referer: tour });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("kk");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Желісіз жұмыс үшін сақталмаған");
    await page.getByRole("link", { name: "Алдыңғы бетке оралу" }).click();
    await waitForMapReady(page);
    expect(new URL(page.url()).pathname).toBe(new URL(tour).pathname);
    expect(await page.getByRole("status").filter({ hasText: ru.readyOffline }).count()).toBe(1);
    await context.close();
  });

  test("the presenter view opened from ru/tour/ is in Russian", async () => {
    const { context, page } = await openAtlas(env.browser, env.site, "ru/tour/#stop=3");
    const [presenter] = await Promise.all([context.waitForEvent("page"), page.getByRole("button", { name: ru.presenterView }).click()]);
    await presenter.waitForLoadState();
    expect(new URL(presenter.url()).pathname).toBe(`${TEST_BASE_PATH}ru/tour/`);
    await expect.poll(() => presenter.locator(".presenter__title").textContent(), { timeout: 30_000 }).toBe(CONTENT.ru.tour[stops[2]!.id]!.title);
    expect(await presenter.locator(".presenter__notes").textContent()).toBe(CONTENT.ru.tour[stops[2]!.id]!.notes);
    await context.close();
  });

  test("an unknown corridor under kk/ is explained in Kazakh over a working page", async () => {
    const { context, page } = await openAtlas(env.browser, env.site, "kk/corridors/silk-road/");
    await expect.poll(() => page.getByRole("alert").textContent()).toContain(kk.unknownCorridor("silk-road"));
    await page.getByRole("list", { name: kk.corridorsHeading, exact: true }).getByRole("button", { name: CONTENT.kk.corridors.kti.shortName }).click();
    await page.waitForURL((url) => url.pathname === `${TEST_BASE_PATH}kk/corridors/kti/`);
    await expect.poll(() => heading(page).textContent()).toBe(CONTENT.kk.corridors.kti.name);
    await context.close();
  });
});
