import { beforeAll, describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { applyPageMeta, escapeHtml, metaTags, pageMeta, type PageMeta } from "../../../scripts/share/page-meta";
import { wrapWords } from "../../../scripts/share/card-svg";
import { applyPageShell, fontPreloads } from "../../../scripts/share/page-shell";
import { loadShellRenderer, type RenderPageShell } from "../../../scripts/share/shell-renderer";
import { localizedManifest } from "../../../scripts/share/web-manifest";
import { manifestFile } from "../../../src/i18n/locale-files";
import { translateAtlas } from "../../../src/i18n/content";
import { CONTENT } from "../../../src/i18n/content-by-locale";
import { MESSAGES } from "../../../src/i18n/messages";
import type { AtlasData } from "../../../src/model/corridor";

const meta: PageMeta = {
  locale: "en", alternates: [{ locale: "en", url: "https://h/sub/hubs/x/" }, { locale: "ru", url: "https://h/sub/ru/hubs/x/" }],
  path: "/sub/hubs/x/", title: `A "quoted" <b>name</b> & more`, description: "d'escr", canonicalUrl: "https://h/sub/hubs/x/",
  imageFile: "hub-x.png", imageUrl: "https://h/sub/share/hub-x.png", imageAlt: "alt",
};

describe("share page tags", () => {
  test("data never becomes markup in the page head", () => {
    expect(escapeHtml(`<img src=x onerror="alert(1)">&'`)).toBe("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;");
    const tags = metaTags(meta);
    expect(tags).not.toContain("<b>");
    expect(tags).toContain('content="A &quot;quoted&quot; &lt;b&gt;name&lt;/b&gt; &amp; more"');
  });

  test("the template's title, description and marker are replaced, and a changed template fails loudly", () => {
    const template = `<html lang="en"><title>Old</title><meta name="description" content="old" /><!-- share-meta -->`;
    const html = applyPageMeta(template, meta);
    expect(html).toContain("<title>A &quot;quoted&quot; &lt;b&gt;name&lt;/b&gt; &amp; more</title>");
    expect(html).toContain(`<meta name="description" content="d&#39;escr" />`);
    expect(html).toContain('<meta property="og:image" content="https://h/sub/share/hub-x.png" />');
    expect(() => applyPageMeta('<html lang="en"><title>x</title>', meta)).toThrow(/description/);
  });

  test("card titles wrap at spaces", () => {
    expect(wrapWords("Trans-Caspian International Transport Route", 20)).toEqual(["Trans-Caspian", "International", "Transport Route"]);
  });
});

const read = (path: string) => JSON.parse(readFileSync(path, "utf8"));
const data = {
  corridors: read("data/corridors/corridors.json").corridors.map((c: { id: string }) => ({ ...c, segments: read(`data/corridors/${c.id}.geojson`) })),
  hubs: read("data/hubs.geojson"),
  tour: read("data/tour.json").stops,
  overview: read("data/overview.json"),
  facts: read("data/facts.json").facts,
  quotes: [], articles: [],
} as unknown as AtlasData;
const template = readFileSync("index.html", "utf8");

describe("pages in Russian and Kazakh", () => {
  test("ru/corridors/titr/ speaks Russian to crawlers, with its card and its other languages", () => {
    const russian = translateAtlas(data, CONTENT.ru);
    const meta = pageMeta({ kind: "corridor", id: "titr" }, russian, "https://h/sub/", "/sub/", "ru");
    expect(meta.path).toBe("/sub/ru/corridors/titr/");
    expect(meta.title).toBe(`${CONTENT.ru.corridors.titr.name}\u00a0— ${MESSAGES.ru.siteName}`);
    expect(meta.imageUrl).toBe("https://h/sub/share/ru/corridor-titr.png");
    expect(meta.alternates).toEqual([
      { locale: "en", url: "https://h/sub/corridors/titr/" },
      { locale: "ru", url: "https://h/sub/ru/corridors/titr/" },
      { locale: "kk", url: "https://h/sub/kk/corridors/titr/" },
    ]);
    const html = applyPageMeta(template, meta);
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain('<link rel="alternate" hreflang="kk" href="https://h/sub/kk/corridors/titr/" />');
    expect(html).toContain('<link rel="alternate" hreflang="x-default" href="https://h/sub/corridors/titr/" />');
    expect(html).toContain('<meta property="og:locale" content="ru_RU" />');
    expect(html).toContain(`<meta property="og:title" content="${escapeHtml(meta.title)}" />`);
  });

  test("the head of a page is in the page's language", () => {
    const meta = pageMeta({ kind: "tour" }, translateAtlas(data, CONTENT.kk), "https://h/sub/", "/sub/", "kk");
    const html = applyPageMeta(template, meta);
    expect(html).toContain(`<title>${escapeHtml(MESSAGES.kk.pageTitle(MESSAGES.kk.tourTitle))}</title>`);
    expect(html).not.toContain(MESSAGES.en.siteDescription);
  });
});

// The page's static copy, rendered by the app's own components with Solid's server rendering
// (as the build does), and the page it is written into.
describe("the app's static copy written into each page", () => {
  const russian = { ...translateAtlas(data, CONTENT.ru), display: { countryNames: { KZ: "Казахстан" }, articleDates: {} } };
  let renderPageShell: RenderPageShell;
  beforeAll(async () => { renderPageShell = await loadShellRenderer("/sub/", "https://h/sub/"); });

  test("a hub page carries its heading and lead, escaped, and links to itself in every language", () => {
    const hostile = structuredClone(russian);
    hostile.hubs.features.find((h) => h.properties.id === "aktau")!.properties.name = `<img src=x onerror="alert(1)">`;
    const meta = pageMeta({ kind: "hub", id: "aktau" }, hostile, "https://h/sub/", "/sub/", "ru");
    const shell = renderPageShell({ kind: "hub", id: "aktau" }, hostile, meta);
    expect(shell).toContain('<h2 class="panel__heading" tabindex="-1">&lt;img src=x onerror="alert(1)"></h2>');
    expect(shell).not.toContain("<img src=x");
    expect(shell).toContain(`<p class="panel__lead">${MESSAGES.ru.hubLead(MESSAGES.ru.hubKinds["sea-port"], "Казахстан")}</p>`);
    expect(shell).toContain('<a class="languages__link" href="/sub/kk/hubs/aktau/" hreflang="kk" lang="kk">Қазақша</a>');
    expect(shell).toContain('href="/sub/ru/hubs/aktau/" hreflang="ru" lang="ru" aria-current="page">Русский</a>');
    expect(shell).toContain(`<button type="button" class="panel__back" disabled>${MESSAGES.ru.backToAll}</button>`);
    const html = applyPageShell(applyPageMeta(template, meta), shell);
    expect(html).toContain(`<div id="app">${shell}</div>`);
    expect(() => applyPageShell("<html></html>", shell)).toThrow(/page-shell/);
  });

  test("a Kazakh page's static copy is in Kazakh, every word the app's own", () => {
    const kazakh = translateAtlas(data, CONTENT.kk);
    const meta = pageMeta({ kind: "corridor", id: "kti" }, kazakh, "https://h/sub/", "/sub/", "kk");
    const shell = renderPageShell({ kind: "corridor", id: "kti" }, kazakh, meta);
    const kti = kazakh.corridors.find((c) => c.id === "kti")!;
    for (const words of [MESSAGES.kk.siteName, MESSAGES.kk.tagline, MESSAGES.kk.showMoreList, MESSAGES.kk.loadingMap, MESSAGES.kk.noScript, MESSAGES.kk.share, kti.name, kti.description]) {
      expect(shell).toContain(words);
    }
    expect(shell).toContain(`aria-label="${MESSAGES.kk.panelLabel}"`);
    for (const english of [MESSAGES.en.tagline, MESSAGES.en.loadingMap, MESSAGES.en.panelLabel, MESSAGES.en.share]) expect(shell).not.toContain(english);
    // Before the script runs nothing pretends to work: every button waits for it.
    expect(shell.match(/<button [^>]*>/g)!.filter((b) => !b.includes("disabled"))).toEqual([]);
  });

  test("the tour page's first screen is empty, the overview's is the overview's heading and lead", () => {
    const tour = renderPageShell({ kind: "tour" }, data, pageMeta({ kind: "tour" }, data, "https://h/sub/", "/sub/"));
    expect(tour).toContain('<div class="panel__first-screen"></div>');
    // Laid out as the tour (its panel hidden) from the first paint, so nothing shifts when the app starts.
    expect(tour).toMatch(/^<div class="app app--tour">/);
    const overview = renderPageShell(undefined, data, pageMeta(undefined, data, "https://h/sub/", "/sub/"));
    expect(overview).toContain(`<div class="panel__first-screen"><h2 class="panel__heading" tabindex="-1">${MESSAGES.en.overviewHeading}</h2>`);
  });

  test("each language preloads the fonts its first screen is set in, and a missing font stops the build", () => {
    const assets = ["noto-sans-latin-400-normal-a.woff2", "noto-sans-latin-700-normal-b.woff2", "noto-sans-cyrillic-400-normal-c.woff2",
      "noto-sans-cyrillic-700-normal-d.woff2", "noto-sans-cyrillic-ext-400-normal-e.woff2", "noto-sans-cyrillic-ext-700-normal-f.woff2"];
    expect(fontPreloads("en", assets, "/sub/").match(/rel="preload"/g)).toHaveLength(2);
    expect(fontPreloads("kk", assets, "/sub/")).toContain('href="/sub/assets/noto-sans-cyrillic-ext-400-normal-e.woff2" as="font" type="font/woff2" crossorigin');
    expect(() => fontPreloads("ru", assets.slice(0, 3), "/sub/")).toThrow(/cyrillic 700/);
  });
});

describe("the installable app in each language", () => {
  test("Kazakh's manifest has its name, language and start page, and keeps the rest", () => {
    const english = JSON.parse(readFileSync("public/manifest.webmanifest", "utf8")) as Record<string, unknown>;
    const kazakh = localizedManifest(english, "kk", MESSAGES.kk);
    expect(kazakh).toMatchObject({ lang: "kk", name: MESSAGES.kk.siteName, short_name: MESSAGES.kk.appShortName, start_url: "./kk/", scope: english.scope, icons: english.icons });
    expect(manifestFile("ru")).toBe("manifest.ru.webmanifest");
    expect(manifestFile("en")).toBe("manifest.webmanifest");
  });

  test("a Russian page links the Russian manifest", () => {
    const meta = pageMeta(undefined, translateAtlas(data, CONTENT.ru), "https://h/sub/", "/sub/", "ru");
    expect(applyPageMeta(template, meta)).toContain('href="/manifest.ru.webmanifest"');
  });
});
