// The panel's first screen as static HTML, written into each page at build time: what the app
// will render there anyway (heading, lead, the language links), so a reader sees it at first
// paint, before the script has run, and link crawlers and no-JS readers get the words too.
// Every text is escaped. The app takes the page over once this is on screen, keeping the
// heading and lead (the very same nodes) until its data has loaded.
import type { AtlasData } from "../../src/model/corridor.ts";
import type { View } from "../../src/state/url-state.ts";
import type { Locale } from "../../src/i18n/locales.ts";
import { LOCALE_NAMES } from "../../src/i18n/locales.ts";
import { MESSAGES } from "../../src/i18n/messages.ts";
import { escapeHtml, replaceOnce, type PageMeta } from "./page-meta.ts";

/** The language links, as LanguageSwitch renders them (the fragment is added when clicked). */
export function languageLinks(meta: PageMeta): string {
  const t = MESSAGES[meta.locale];
  const items = meta.alternates.map(({ locale, url }) =>
    `<li><a class="languages__link" href="${escapeHtml(new URL(url).pathname)}" hreflang="${locale}" lang="${locale}"${locale === meta.locale ? ' aria-current="page"' : ""}>${escapeHtml(LOCALE_NAMES[locale])}</a></li>`);
  return `<nav class="languages" aria-label="${escapeHtml(t.languageLabel)}"><ul class="languages__list">${items.join("")}</ul></nav>`;
}

/** The panel body's first screen for a view; `data` in the page's language (with its display texts). */
export function panelShell(view: View, data: AtlasData, meta: PageMeta): string {
  const t = MESSAGES[meta.locale];
  const e = escapeHtml;
  const share = `<div class="share"><button type="button" class="share__button" disabled>${e(t.share)}</button><span class="share__said"></span></div>`;
  const back = `<button type="button" class="panel__back" disabled>${e(t.backToAll)}</button>`;
  if (view?.kind === "corridor") {
    const corridor = data.corridors.find((c) => c.id === view.id)!;
    return `${share}${back}<h2 class="panel__heading"><span class="panel__swatch" aria-hidden="true"></span>${e(corridor.name)}</h2><p class="panel__lead">${e(corridor.description)}</p>`;
  }
  if (view?.kind === "hub") {
    const hub = data.hubs.features.find((h) => h.properties.id === view.id)!.properties;
    const country = data.display?.countryNames[hub.country] ?? hub.country;
    return `${share}${back}<h2 class="panel__heading">${e(hub.name)}</h2><p class="panel__lead">${e(t.hubLead(t.hubKinds[hub.kind], country))}</p>`;
  }
  if (view?.kind === "tour") return "";
  return `${share}<h2 class="panel__heading">${e(t.overviewHeading)}</h2><p class="panel__lead">${e(t.overviewLead)}</p>`;
}

/** Writes the language links and the panel's first screen into a page. Throws if the template lost its markers. */
export function applyPageShell(html: string, shell: { languages: string; panel: string }): string {
  return replaceOnce(replaceOnce(html, "<!-- language-links -->", shell.languages), "<!-- panel-shell -->", shell.panel);
}

/** The interface font files a language's first screen is set in (Noto Sans subsets, regular and bold). */
const FIRST_SCREEN_FONTS: Record<Locale, string[]> = {
  en: ["latin"],
  ru: ["latin", "cyrillic"],
  kk: ["latin", "cyrillic", "cyrillic-ext"], // ә ғ қ ң ө ұ ү һ are in Cyrillic Extended
};

/**
 * Preload links for the fonts of the first screen, so its text is painted once, in its own font,
 * before any script runs (otherwise the fonts are found only after the layout and the text
 * repaints when they arrive). `assetFiles` are the file names in the build's assets/ folder.
 */
export function fontPreloads(locale: Locale, assetFiles: string[], basePath: string): string {
  return FIRST_SCREEN_FONTS[locale].flatMap((subset) => ["400", "700"].map((weight) => {
    const file = assetFiles.find((f) => f.startsWith(`noto-sans-${subset}-${weight}-normal-`) && f.endsWith(".woff2"));
    if (!file) throw new Error(`no Noto Sans ${subset} ${weight} font among the built assets`);
    return `<link rel="preload" href="${escapeHtml(`${basePath}assets/${file}`)}" as="font" type="font/woff2" crossorigin />`;
  })).join("\n    ");
}
