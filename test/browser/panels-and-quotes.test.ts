// A reader picks a corridor or a hub, by pointer or by keyboard, and reads what the articles say.
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { TEST_BASE_PATH, useTestSite } from "./support/site";
import { openAtlas } from "./support/open-atlas";
import type { ArticleMeta, Quote } from "../../src/model/article";
import type { CorridorCollection, CorridorMeta, HubCollection, Overview } from "../../src/model/corridor";
import { expectVisibleQuotesVerbatim } from "./support/quotes";
import { MESSAGES } from "../../src/i18n/messages";
import { shownSources, sourcesShownFor } from "./support/text-sources";

const corridors = JSON.parse(readFileSync("data/corridors/corridors.json", "utf8")).corridors as CorridorMeta[];
const quotes = JSON.parse(readFileSync("data/quotes.json", "utf8")).quotes as Quote[];
const articles = JSON.parse(readFileSync("data/articles/index.json", "utf8")).articles as ArticleMeta[];
const sectionsOf = JSON.parse(readFileSync("data/sections/corridors.json", "utf8")) as Record<string, string[]>;

const hubs = (JSON.parse(readFileSync("data/hubs.geojson", "utf8")) as HubCollection).features.map((h) => h.properties);
const aktau = hubs.find((h) => h.id === "aktau")!;
const overview = JSON.parse(readFileSync("data/overview.json", "utf8")) as Overview;

const env = useTestSite();
// Picks jump rather than fly where what is checked is the panel (framing.test.ts follows the camera).
const JUMPS = { reducedMotion: "reduce" as const };

describe("corridor and hub panels", () => {
  test("the overview comes first and quotes the passages about transit as a whole", async () => {
    const { context, page, watch } = await openAtlas(env.browser, env.site);
    expect(await page.getByRole("heading", { level: 2 }).first().textContent()).toBe("Corridors and hubs");
    expect(await expectVisibleQuotesVerbatim(page)).toBe(quotes.filter((q) => q.about.includes("overview")).length);
    // The lead explains the map; it does not pass the drawn corridors off as the official five,
    // which are kept apart, with every page that speaks of them.
    const lead = await page.locator(".panel__lead").first().textContent();
    expect(lead).toBe(MESSAGES.en.overviewLead);
    expect(lead).not.toMatch(/five railway corridors (cross|pass)/i);
    expect(await page.locator(".official-corridors__text").textContent()).toBe(overview.officialCorridors);
    expect(await shownSources(page, ".official-corridors")).toEqual(sourcesShownFor(overview.officialCorridorsSources));
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  test("a corridor's page opened cold puts focus on its heading without a focus ring; keys then show where focus is", async () => {
    const { context, page } = await openAtlas(env.browser, env.site, "corridors/kti/", undefined, JUMPS);
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains("panel__heading"))).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe("none");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe("none");
    await context.close();
  });

  test("on a small phone, a Russian corridor page opened cold shows its list from the top, its Share button clear of the panel's head", async () => {
    const { context, page } = await openAtlas(env.browser, env.site, "ru/corridors/titr/", { width: 360, height: 640 }, { ...JUMPS, isMobile: true, hasTouch: true });
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains("panel__heading"))).toBe(true);
    // The heading sits below the sheet's fold there: focused so that it scrolled into view, the
    // list opened 38 px down, with its first buttons half under the head.
    expect(await page.locator(".panel__body").evaluate((body) => body.scrollTop)).toBe(0);
    const [share, body] = [await page.getByRole("button", { name: MESSAGES.ru.share }).boundingBox(), await page.locator(".panel__body").boundingBox()];
    expect(share!.y).toBeGreaterThanOrEqual(body!.y);
    await context.close();
  });

  test.each(["", "ru/", "kk/"])("on a 360×640 phone, at /%scorridors/titr/, the panel's head sets the site's name and its languages on a line each, leaving the list the sheet", async (lang) => {
    const { context, page } = await openAtlas(env.browser, env.site, `${lang}corridors/titr/`, { width: 360, height: 640 }, { ...JUMPS, isMobile: true, hasTouch: true });
    // Beside the Russian "Развернуть список" both ran to two lines: the head took 123 of 288 px.
    const lines = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector(".masthead__title")!);
      const tops = [...document.querySelectorAll(".languages__link")].map((link) => Math.round(link.getBoundingClientRect().top));
      return { title: range.getClientRects().length, languageRows: new Set(tops).size };
    });
    expect(lines).toEqual({ title: 1, languageRows: 1 });
    await context.close();
  });

  test("under a finger, a passage's link and its citation button, a section's opening-year link, and the tour's buttons on a phone or a tablet, are each at least 40 px each way", async () => {
    const small: string[] = [];
    // A phone, and a tablet (wider than the phone layout, where the tour's buttons are 36 px tall under a mouse).
    for (const [path, selector, width, height, unfold] of [
      ["corridors/titr/", ".quote__link, .quote__cite", 390, 844, undefined], ["tour/", ".tour-caption__controls button", 390, 844, undefined],
      ["tour/", ".tour-caption__controls button", 1024, 768, undefined],
      // The year links in "Sections drawn" were 32×24 px.
      ["corridors/titr/", ".sections-drawn__table a", 390, 844, ".sections-drawn summary"],
    ] as const) {
      const { context, page } = await openAtlas(env.browser, env.site, path, { width, height }, { ...JUMPS, isMobile: width < 720, hasTouch: true });
      if (unfold) await page.locator(unfold).click();
      const boxes = await page.locator(selector).evaluateAll((elements) => elements.filter((e) => e.getClientRects().length > 0).map((e) => {
        const { width, height } = e.getBoundingClientRect();
        return { name: e.getAttribute("aria-label") ?? e.textContent ?? "", width, height };
      }));
      expect(boxes.length, `${selector} shown at ${path}`).toBeGreaterThan(0);
      small.push(...boxes.filter((b) => b.width < 40 || b.height < 40).map((b) => `${path} at ${width}×${height} "${b.name}": ${Math.round(b.width)}×${Math.round(b.height)}`));
      await context.close();
    }
    expect(small).toEqual([]);
  });

  test.each([["", "titr"], ["", "kti"], ["", "north-south"], ["ru/", "titr"], ["kk/", "kti"]] as const)("at /%scorridors/%s/, the head of the panel gives the name the legend gives it", async (path, id) => {
    // The legend said "Middle Corridor", the panel only "Trans-Caspian International Transport Route".
    const { context, page } = await openAtlas(env.browser, env.site, `${path}corridors/${id}/`, undefined, JUMPS);
    const locale = (path.slice(0, 2) || "en") as keyof typeof MESSAGES;
    const legendName = (await page.locator(".legend__item").nth(corridors.findIndex((c) => c.id === id)).locator(".legend__name").textContent())!;
    expect(legendName.length).toBeGreaterThan(0);
    const head = await page.locator(".panel__heading, .panel__subtitle").allTextContents();
    expect(head.join(" ")).toContain(legendName);
    // Said once: as the heading's own words, or beside it.
    expect(head.join(" ").split(legendName).length - 1, head.join(" | ")).toBe(1);
    if (!head[0]!.includes(legendName)) expect(head[1]).toBe(MESSAGES[locale].alsoKnownAs(legendName));
    await context.close();
  });

  test.each(corridors.map((c) => [c.shortName, c] as const))("picking the %s by name opens its panel with its facts and verbatim quotes", async (_, corridor) => {
    const { context, page, watch } = await openAtlas(env.browser, env.site, "", undefined, JUMPS);
    await page.getByRole("list", { name: "Corridors", exact: true }).getByRole("button", { name: corridor.shortName }).click();
    const heading = page.getByRole("heading", { level: 2 });
    await expect.poll(() => heading.textContent()).toBe(corridor.name);
    expect(await page.evaluate(() => document.activeElement?.classList.contains("panel__heading"))).toBe(true);
    expect(await page.locator(".panel__lead").first().textContent()).toBe(corridor.description);
    // Every claim of the description leads, in one click, to where it was published.
    expect(corridor.descriptionSources?.length).toBeGreaterThan(0);
    expect(await shownSources(page)).toEqual(sourcesShownFor(corridor.descriptionSources));
    expect(await page.locator(".facts").textContent()).toMatch(/Length drawn[\d,]+ km/);
    // The total and its split by mode read as separate figures, never run together ("7,207 kmRail").
    const gap = await page.locator(".facts dd").first().evaluate((dd) => {
      const [total, part] = [dd.querySelector(".facts__total"), dd.querySelector(".facts__part")].map((e) => e!.getBoundingClientRect());
      return part!.top >= total!.bottom ? Infinity : part!.left - total!.right;
    });
    expect(gap).toBeGreaterThanOrEqual(4);
    // The countries read in alphabetical order of their names (the data keeps ISO codes' order).
    const countries = (await page.locator(".facts dt:text-is('Countries') + dd").textContent())!.split(", ");
    expect(countries.length).toBeGreaterThan(1);
    expect(countries).toEqual([...countries].sort((a, b) => a.localeCompare(b, "en")));
    const expected = quotes.filter((q) => q.about.includes(corridor.id)).length;
    expect(expected).toBeGreaterThan(0);
    expect(await expectVisibleQuotesVerbatim(page)).toBe(expected);
    expect(await page.locator(".visually-hidden[aria-live]").textContent()).toBe(`Showing ${corridor.name}`);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  test("a corridor's sections add up to its length drawn, each with the year it opened and the page that states it", async () => {
    const { context, page } = await openAtlas(env.browser, env.site, "corridors/kti/", undefined, JUMPS);
    const sections = (JSON.parse(readFileSync("data/corridors/kti.geojson", "utf8")) as CorridorCollection).features.map((f) => f.properties);
    const disclosure = page.locator(".sections-drawn");
    await disclosure.getByText(`Sections drawn (${sections.length})`).click();
    const rows = await disclosure.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => ({
      name: tr.querySelector("th")!.textContent, km: Number(tr.querySelector("td")!.textContent!.replace(/[^\d]/g, "")),
      opened: tr.querySelector("td:last-child")!.firstChild!.textContent, link: tr.querySelector("a")?.getAttribute("href") ?? null,
      source: tr.querySelector(".sections-drawn__source")?.textContent ?? null,
    })));
    expect(rows.map((r) => r.name)).toEqual(sections.map((s) => s.name));
    // What the panel calls the length drawn is these sections' sum (each rounded to a km).
    const total = Number((await page.locator(".facts__total").textContent())!.replace(/[^\d]/g, ""));
    expect(Math.abs(rows.reduce((sum, r) => sum + r.km, 0) - total)).toBeLessThanOrEqual(rows.length);
    // Beineu – Aktau (1964) is drawn with the KTI: the table says so, and where the year comes from.
    for (const [row, section] of rows.map((r, i) => [r, sections[i]!] as const)) {
      expect(row.opened, section.id).toBe(section.opened !== undefined ? String(section.opened) : "not stated");
      expect(row.link, section.id).toBe(section.openedSource?.url ?? null);
      // Whose page it is, named beside the year: a mirror of Wikipedia is seen as one before a click.
      expect(row.source, section.id).toBe(section.openedSource?.name ?? null);
    }
    await context.close();
  });

  test("a hub's panel names its corridors and quotes what the articles say of them", async () => {
    const { context, page } = await openAtlas(env.browser, env.site, "", undefined, JUMPS);
    await page.getByRole("list", { name: "Ports and hubs", exact: true }).getByRole("button", { name: /Port of Aktau/ }).click();
    await expect.poll(() => page.getByRole("heading", { level: 2 }).textContent()).toBe("Port of Aktau");
    // What the port is, in our words, with where each claim was published.
    expect(await page.locator(".hub__about").textContent()).toBe(aktau.description);
    expect(await shownSources(page)).toEqual(sourcesShownFor(aktau.descriptionSources));
    expect(await page.getByRole("list", { name: /Corridors through/ }).textContent()).toContain("Middle Corridor");
    expect(await expectVisibleQuotesVerbatim(page)).toBeGreaterThan(0);
    await context.close();
  });

  test("with the keyboard alone: Tab to the list, arrows through every corridor, Enter opens, Escape returns", async () => {
    const { context, page } = await openAtlas(env.browser, env.site, "", undefined, JUMPS);
    let tabs = 0;
    while (!(await page.evaluate(() => document.activeElement?.closest('[aria-label="Corridors"]') !== null)) && tabs < 30) {
      await page.keyboard.press("Tab");
      tabs++;
    }
    expect(tabs).toBeLessThan(30);
    for (const [i, corridor] of corridors.entries()) {
      if (i > 0) await page.keyboard.press("ArrowDown");
      expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(corridor.shortName);
      await page.keyboard.press("Enter");
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(corridor.name);
      await page.keyboard.press("Escape");
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? "")).toContain(corridor.shortName);
    }
    // A visible focus ring on the focused entry.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe("none");
    await context.close();
  });

  test("a link to a quote opens the panel it belongs to and shows the quote", async () => {
    const quote = quotes.find((q) => q.about.includes("kti"))!;
    const { context, page } = await openAtlas(env.browser, env.site, `#quote=${quote.id}`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`quote=${quote.id}`);
    expect(await page.locator(`[id="quote=${quote.id}"] blockquote`).isVisible()).toBe(true);
    // A screen reader hears where the passage is from, not its id.
    const article = articles.find((a) => a.id === quote.article)!;
    const link = page.locator(`[id="quote=${quote.id}"] .quote__link`);
    const outlet = article.outlet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    expect(await link.getAttribute("aria-label")).toMatch(new RegExp(`^Link to this passage from ${outlet}, [^()]*\\d{4}$`));
    await context.close();
  });

  test("a corridor's CSV links, under the site's sub-path, download its sections and every published figure with its source", async () => {
    const { context, page } = await openAtlas(env.browser, env.site, "corridors/kti/");
    const link = page.locator(".downloads").getByRole("link", { name: /^CSV \d+ KB$/ });
    expect(await link.getAttribute("href")).toBe(`${TEST_BASE_PATH}data/download/kti.csv`);
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe("corridor-atlas-kti.csv");
    const rows = parse(readFileSync(await download.path()), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.map((row) => row.id)).toEqual(sectionsOf.kti);
    expect(rows.map((row) => row.licence)).toEqual(rows.map(() => expect.stringContaining("ODbL")));

    const factsLink = page.locator(".published-facts").getByRole("link", { name: /^CSV \d+ KB$/ });
    const [factsDownload] = await Promise.all([page.waitForEvent("download"), factsLink.click()]);
    expect(factsDownload.suggestedFilename()).toBe("corridor-atlas-facts.csv");
    const figures = parse(readFileSync(await factsDownload.path()), { columns: true, bom: true }) as Record<string, string>[];
    // The figures the panel lists are all in it, each with its source's address.
    const shown = await page.locator(".published-facts__fact").count();
    const kti = figures.filter((row) => row.about === "kti");
    expect(kti).toHaveLength(shown);
    expect(kti.every((row) => row.source_url?.startsWith("https://"))).toBe(true);
    await context.close();
  });

  test("on a Russian page, the data section says its files are in English, as they are; an English page needs no such word", async () => {
    const { context, page } = await openAtlas(env.browser, env.site, "ru/corridors/kti/");
    await expect.poll(() => page.locator(".downloads").textContent()).toContain(MESSAGES.ru.downloads.filesLanguage);
    const link = page.locator(".downloads").getByRole("link", { name: /^CSV \d+ КБ$/ });
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const rows = parse(readFileSync(await download.path()), { columns: true, bom: true }) as Record<string, string>[];
    const kti = JSON.parse(readFileSync("data/corridors/kti.geojson", "utf8")) as CorridorCollection;
    const english = new Map(kti.features.map((f) => [f.properties.id, f.properties.name]));
    expect(rows.map((row) => row.name)).toEqual(rows.map((row) => english.get(row.id!)));
    await context.close();
    const { context: englishContext, page: englishPage } = await openAtlas(env.browser, env.site, "corridors/kti/");
    expect(await englishPage.locator(".downloads .panel__muted").count()).toBe(2); // its lead and the licence
    await englishContext.close();
  });

  test("the Middle Corridor's panel and legend give the lengths its CSV gives: each section's to the kilometre, and their sum", async () => {
    // The panel measured the line as served (simplified to 60 m): 8,909 km against the CSV's 8,921.
    const { context, page } = await openAtlas(env.browser, env.site, "corridors/titr/");
    const link = page.locator(".downloads").getByRole("link", { name: /^CSV \d+ KB$/ });
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const rows = parse(readFileSync(await download.path()), { columns: true, bom: true }) as Record<string, string>[];
    const km = (text: string | null) => Number(text!.replace(/[^\d]/g, ""));
    const shownRows = await page.locator(".sections-drawn__km").allTextContents();
    expect(shownRows.map(km)).toEqual(rows.map((row) => Math.round(Number(row.drawn_km))));
    const total = Math.round(rows.reduce((sum, row) => sum + Number(row.drawn_km), 0));
    expect(km((await page.locator(".facts").textContent())!.match(/Length drawn([\d,]+) km/)![1]!)).toBe(total);
    const legendRow = page.locator(".legend__item").filter({ hasText: "Middle Corridor" }).locator(".legend__km");
    expect(km(await legendRow.textContent())).toBe(total);
    await context.close();
  });

  test("markup inside a quote is shown as text, never run", async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (d) => { dialogs.push(d.message()); void d.dismiss(); });
    const evil = "<img src=x onerror=alert(1)>";
    await page.route("**/data/atlas.json", async (route) => {
      const response = await route.fetch();
      const data = await response.json();
      data.quotes.unshift({ id: "evil", article: data.articles[0].id, about: ["overview"], text: `Transit ${evil} grows.` });
      await route.fulfill({ response, json: data });
    });
    await page.goto(env.site.url);
    await page.waitForFunction(() => performance.getEntriesByName("map-ready").length > 0, null, { timeout: 90_000 });
    expect(await page.locator('[id="quote=evil"] blockquote').textContent()).toBe(`Transit ${evil} grows.`);
    expect(await page.locator('[id="quote=evil"] img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await context.close();
  });

  test("on a phone, map and sheet share the screen, nothing scrolls sideways, and targets are finger-sized", async () => {
    const { context, page } = await openAtlas(env.browser, env.site, "", { width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    const map = (await page.locator(".maplibregl-canvas").boundingBox())!;
    const sheet = (await page.locator(".panel").boundingBox())!;
    expect(map.height).toBeGreaterThan(300);
    expect(sheet.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
    for (const button of await page.locator(".pick-list__item, .panel__toggle").all()) {
      expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    }
    await page.getByRole("button", { name: "Expand the list" }).click();
    await expect.poll(async () => (await page.locator(".panel").boundingBox())!.height).toBeGreaterThan(sheet.height + 100);
    await context.close();
  });
});
