// After the Vite build: one real page per corridor, hub and the tour in every language, each
// from the built index.html with its language, title, description, canonical address, hreflang
// links and card image, because chat apps fetch the address once, run no JavaScript and never
// see the fragment.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { AtlasData } from "../src/model/corridor.ts";
import type { View } from "../src/state/url-state.ts";
import { LOCALES } from "../src/i18n/locales.ts";
import { MESSAGES } from "../src/i18n/messages.ts";
import type { AtlasBundles } from "./i18n/translations.ts";
import { loadBorders10m, loadLand10m } from "./basemap/sources.ts";
import { cardSvg } from "./share/card-svg.ts";
import { applyPageMeta, pageMeta, type PageMeta } from "./share/page-meta.ts";
import { applyPageShell, fontPreloads } from "./share/page-shell.ts";
import { loadShellRenderer } from "./share/shell-renderer.ts";
import { renderPng } from "./share/render-card.ts";
import { localizedManifest } from "./share/web-manifest.ts";
import { manifestFile } from "../src/i18n/locale-files.ts";

/** Writes every page and card from each language's bundle; returns how many pages. */
export async function buildSharePages(outDir: string, bundles: AtlasBundles, siteUrl: string, basePath: string): Promise<number> {
  const data = bundles.en;
  const template = readFileSync(join(outDir, "index.html"), "utf8");
  const background = { land: loadLand10m("50m"), borders: loadBorders10m("50m") };
  const views: View[] = [
    undefined,
    { kind: "tour" },
    ...data.corridors.map((c) => ({ kind: "corridor" as const, id: c.id })),
    ...data.hubs.features.map((h) => ({ kind: "hub" as const, id: h.properties.id })),
  ];
  const assets = readdirSync(join(outDir, "assets"));
  const renderPageShell = await loadShellRenderer(basePath, siteUrl);
  /** A page: the built index.html with the view's tags and fonts, and the app's static copy showing the view. */
  const pageHtml = (meta: PageMeta, view: View, localData: AtlasData, extraHead = "") =>
    applyPageShell(applyPageMeta(template, meta, `${extraHead}${fontPreloads(meta.locale, assets, basePath)}`),
      renderPageShell(view, localData, meta));
  const cards = new Set<string>();
  const englishManifest = JSON.parse(readFileSync(join(outDir, manifestFile("en")), "utf8")) as Record<string, unknown>;
  for (const locale of LOCALES) {
    const localData = bundles[locale];
    writeFileSync(join(outDir, manifestFile(locale)), JSON.stringify(localizedManifest(englishManifest, locale, MESSAGES[locale]), null, 2));
    for (const view of views) {
      const meta = pageMeta(view, localData, siteUrl, basePath, locale);
      const file = join(outDir, meta.path.slice(basePath.length), "index.html");
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, pageHtml(meta, view, localData));
      if (!cards.has(meta.imageFile)) {
        cards.add(meta.imageFile);
        const png = join(outDir, "share", meta.imageFile);
        mkdirSync(dirname(png), { recursive: true });
        writeFileSync(png, renderPng(cardSvg(view, localData, background, MESSAGES[locale])));
      }
    }
  }
  // The host's answer to unknown addresses: the app, which explains in the language of the
  // address it was asked for; never indexed.
  const notFound = pageMeta(undefined, data, siteUrl, basePath);
  writeFileSync(join(outDir, "404.html"), pageHtml(notFound, undefined, data, '<meta name="robots" content="noindex" />\n    '));
  return views.length * LOCALES.length;
}
