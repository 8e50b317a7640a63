import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { applyPageMeta, escapeHtml, metaTags, pageMeta, type PageMeta } from "../../../scripts/share/page-meta";
import { wrapWords } from "../../../scripts/share/card-svg";
import { applyPageShell, fontPreloads, languageLinks, panelShell } from "../../../scripts/share/page-shell";
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
  corridors: read("data/corridors/corridors.json").corridors,
  hubs: read("data/hubs.geojson"),
  tour: read("data/tour.json").stops,
  quotes: [], articles: [],
} as unknown as AtlasData;
const template = readFileSync("index.html", "utf8");

describe("pages in Russian and Kazakh", () => {
  test("ru/corridors/titr/ speaks Russian to crawlers, with its card and its other languages", () => {
    const russian = translateAtlas(data, CONTENT.ru);
    const meta = pageMeta({ kind: "corridor", id: "titr" }, russian, "https://h/sub/", "/sub/", "ru");
    expect(meta.path).toBe("/sub/ru/corridors/titr/");
    expect(meta.title).toBe(`${CONTENT.ru.corridors.titr.name} — ${MESSAGES.ru.siteName}`);
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

  test("the shell painted before the script runs is in the page's language, not English", () => {
    const meta = pageMeta({ kind: "tour" }, translateAtlas(data, CONTENT.kk), "https://h/sub/", "/sub/", "kk");
    const html = applyPageMeta(template, meta);
    for (const english of [MESSAGES.en.tagline, MESSAGES.en.loadingMap, MESSAGES.en.panelLabel]) expect(html).not.toContain(english);
    expect(html).toContain(MESSAGES.kk.tagline);
    expect(html).toContain(`<title>${escapeHtml(MESSAGES.kk.pageTitle(MESSAGES.kk.tourTitle))}</title>`);
  });
});

describe("the first screen written into each page", () => {
  const russian = { ...translateAtlas(data, CONTENT.ru), display: { countryNames: { KZ: "Казахстан" }, articleDates: {} } };

  test("a hub page carries its heading and lead, escaped, and links to itself in every language", () => {
    const hostile = structuredClone(russian);
    hostile.hubs.features.find((h) => h.properties.id === "aktau")!.properties.name = `<img src=x onerror="alert(1)">`;
    const meta = pageMeta({ kind: "hub", id: "aktau" }, hostile, "https://h/sub/", "/sub/", "ru");
    const panel = panelShell({ kind: "hub", id: "aktau" }, hostile, meta);
    expect(panel).toContain('<h2 class="panel__heading">&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</h2>');
    expect(panel).toContain(`<p class="panel__lead">${escapeHtml(MESSAGES.ru.hubLead(MESSAGES.ru.hubKinds["sea-port"], "Казахстан"))}</p>`);
    const links = languageLinks(meta);
    expect(links).toContain('<a class="languages__link" href="/sub/kk/hubs/aktau/" hreflang="kk" lang="kk">Қазақша</a>');
    expect(links).toContain('href="/sub/ru/hubs/aktau/" hreflang="ru" lang="ru" aria-current="page">Русский</a>');
    const html = applyPageShell(applyPageMeta(template, meta), { languages: links, panel });
    expect(html).toContain(panel);
    expect(() => applyPageShell("<html></html>", { languages: links, panel })).toThrow(/language-links/);
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
