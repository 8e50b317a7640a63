// What a journalist takes away from a view: the code to embed it, and a printout of it.
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { useTestSite, TEST_BASE_PATH } from "./support/site";
import { openAtlas } from "./support/open-atlas";
import { CORRIDOR_IDS, type CorridorMeta } from "../../src/model/corridor";
import type { ArticleMeta, Quote } from "../../src/model/article";
import type { Fact } from "../../src/model/fact";
import { FACTS_DOWNLOAD_PATH } from "../../src/model/download-files";

const kti = (JSON.parse(readFileSync("data/corridors/corridors.json", "utf8")).corridors as CorridorMeta[]).find((c) => c.id === "kti")!;
const PUBLIC = `https://atlas.example${TEST_BASE_PATH}`;
const facts = JSON.parse(readFileSync("data/facts.json", "utf8")).facts as Fact[];
const quotes = JSON.parse(readFileSync("data/quotes.json", "utf8")).quotes as Quote[];
const articles = JSON.parse(readFileSync("data/articles/index.json", "utf8")).articles as ArticleMeta[];
// A passage about KTI that reports a person its article names.
const SPOKEN = quotes.find((q) => q.reports && q.about.includes("kti"))!;

const env = useTestSite();

describe("taking a view away", () => {
  test("the embed code opens the same view, year and all, as its live preview shows; Escape closes only the dialog", async () => {
    const { page, context } = await openAtlas(env.browser, env.site, "corridors/kti/#year=2014");
    await page.getByRole("button", { name: "Embed", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Embed this view" });
    expect(await dialog.isVisible()).toBe(true);

    // The code is what a person pastes: read it as a browser would, not as a string.
    const code = await dialog.getByRole("textbox", { name: "Code to paste" }).inputValue();
    const [src, title] = await page.evaluate((html) => {
      const frame = new DOMParser().parseFromString(html, "text/html").querySelector("iframe");
      return [frame?.getAttribute("src"), frame?.getAttribute("title")];
    }, code);
    // The frame is named as the page is: the view, and the site once ("… — Corridor Atlas").
    expect(title).toBe(await page.title());
    expect(title!.split("Corridor Atlas").length - 1).toBe(1);
    const embedded = new URL(src!);
    expect(embedded.href.startsWith(`${PUBLIC}corridors/kti/`)).toBe(true);
    expect(embedded.searchParams.has("embed")).toBe(true);
    expect(new URLSearchParams(embedded.hash.slice(1)).get("year")).toBe("2014");

    // The preview is that address on this site: the corridor, in 2014, without the site's chrome.
    const preview = page.frameLocator(".embed__preview iframe");
    await expect.poll(() => preview.locator(".map-canvas").getAttribute("data-year"), { timeout: 60_000 }).toBe("2014");
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    const shown = await frame.evaluate(() => ({ path: location.pathname + location.search, embed: document.querySelector(".app--embed") !== null }));
    expect(shown).toEqual({ path: `${embedded.pathname}?embed`, embed: true });
    expect(await preview.locator(".panel__heading").textContent()).toContain(kti.name);

    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => location.pathname)).toMatch(/corridors\/kti\/$/);
    await context.close();
  });

  test("printed, a corridor page is a handout: the view's map image and the page's address, and no controls", async () => {
    const { page, context } = await openAtlas(env.browser, env.site, "corridors/kti/");
    await page.emulateMedia({ media: "print" });
    const image = page.locator(".print-map img");
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await image.isVisible()).toBe(true);
    expect(await page.locator(".print-address").textContent()).toBe(`${PUBLIC}corridors/kti/`);
    expect(await page.locator(".panel__heading").textContent()).toContain(kti.name);
    for (const control of [".map-view", ".share", ".legend", ".year-control", ".panel__back"]) {
      expect(await page.locator(control).first().isVisible(), control).toBe(false);
    }
    await page.emulateMedia({ media: "screen" });
    expect(await image.isVisible()).toBe(false);
    await context.close();
  });

  test("a corridor's and a hub's published figures each link their source; a passage's citation names whose words it reports, its article and atlas link", async () => {
    const { page, context } = await openAtlas(env.browser, env.site, "corridors/kti/", { width: 1280, height: 720 },
      { permissions: ["clipboard-read", "clipboard-write"] });
    for (const [path, id] of [["corridors/kti/", "kti"], ["hubs/aktau/", "aktau"]] as const) {
      if (path !== "corridors/kti/") await page.goto(new URL(path, env.site.url).href);
      const block = page.locator(".published-facts");
      await expect.poll(() => block.isVisible()).toBe(true);
      const links = await block.locator(".published-facts__source a").evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
      expect(links.length, path).toBe(facts.filter((f) => f.about === id).length);
      expect(new Set(links), path).toEqual(new Set(facts.filter((f) => f.about === id).map((f) => new URL(f.source.url).href)));
      // Under the figures, the whole facts table to take away, under the site's sub-path.
      const download = await block.locator(".published-facts__download a").getAttribute("href");
      expect(new URL(download ?? "", page.url()).pathname, path).toBe(`${TEST_BASE_PATH}${FACTS_DOWNLOAD_PATH}`);
    }
    await page.goto(new URL("corridors/kti/", env.site.url).href);
    // Sources that disagree are all shown: every KTI length, side by side.
    const lengths = facts.filter((f) => f.about === "kti" && f.metric === "length").map((f) => f.value);
    const text = await page.locator(".published-facts").textContent();
    for (const km of lengths) expect(text).toContain(`${km.toLocaleString("en")} km`);

    const figure = page.locator(`[id="quote=${SPOKEN.id}"]`);
    // The article itself is a click away, to read the passage in context.
    expect(await figure.locator("cite a").getAttribute("href")).toBe(articles.find((a) => a.id === SPOKEN.article)!.url);
    // The outlet's account of what was said, never set out as that person's own words.
    expect(await figure.locator(".quote__reports").textContent()).toBe(`Reported speech: ${SPOKEN.reports}`);
    await figure.getByRole("button", { name: "Copy citation" }).click();
    await expect.poll(() => figure.locator(".quote__said").textContent()).toBe("Citation copied.");
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    const article = articles.find((a) => a.id === SPOKEN.article)!;
    expect(citation).toContain(`“${SPOKEN.text}” (reported speech: ${SPOKEN.reports}).`);
    // The headline where the article states one; where it states none, the date follows the outlet
    // (never the article's first sentence in a headline's place).
    if (article.title === "not stated") expect(citation).toMatch(new RegExp(`${article.outlet}, [A-Z][a-z]+ \\d{1,2}, \\d{4}\\. https`));
    else expect(citation).toContain(`${article.outlet}, “${article.title}”`);
    expect(citation).toContain(article.url);
    // The atlas's own link in the citation opens the passage, on the page it was copied from.
    const atlasLink = citation.split("Via Corridor Atlas: ")[1]!;
    expect(atlasLink).toBe(`${PUBLIC}corridors/kti/#quote=${SPOKEN.id}`);
    await page.goto(new URL(atlasLink.slice(PUBLIC.length), env.site.url).href);
    await expect.poll(() => page.evaluate((id) => document.activeElement?.id === `quote=${id}`, SPOKEN.id), { timeout: 30_000 }).toBe(true);
    await context.close();
  });

  test("a passage read on several pages is cited from the one it was copied on, and its link opens there", async () => {
    // A passage about corridors beyond its first: its first corridor would be its home elsewhere.
    const corridorsOf = (q: Quote) => q.about.filter((id) => (CORRIDOR_IDS as readonly string[]).includes(id));
    const shared = quotes.find((q) => corridorsOf(q).length > 1)!;
    const page2 = corridorsOf(shared)[1]!;
    const { context, page } = await openAtlas(env.browser, env.site, `corridors/${page2}/`, { width: 1280, height: 720 },
      { permissions: ["clipboard-read", "clipboard-write"] });
    const figure = page.locator(`[id="quote=${shared.id}"]`);
    await figure.getByRole("button", { name: "Copy citation" }).click();
    await expect.poll(() => figure.locator(".quote__said").textContent()).toBe("Citation copied.");
    const atlasLink = (await page.evaluate(() => navigator.clipboard.readText())).split("Via Corridor Atlas: ")[1]!;
    expect(atlasLink).toBe(`${PUBLIC}corridors/${page2}/#quote=${shared.id}`);
    await page.goto(new URL(atlasLink.slice(PUBLIC.length), env.site.url).href);
    await expect.poll(() => page.evaluate((id) => document.activeElement?.id === `quote=${id}`, shared.id), { timeout: 30_000 }).toBe(true);
    expect(new URL(page.url()).pathname).toBe(`${TEST_BASE_PATH}corridors/${page2}/`);
    await context.close();
  });
});
