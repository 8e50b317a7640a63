// What each shareable page tells link-preview crawlers (which run no JavaScript): its language,
// title, description, canonical address, its addresses in the other languages, and card image,
// as tags written into the page at build time.
import type { AtlasData } from "../../src/model/corridor.ts";
import { formatPath, type View } from "../../src/state/url-state.ts";
import { LOCALES, localeBasePath, localePrefix, type Locale } from "../../src/i18n/locales.ts";
import { shareCardFile } from "../../src/state/share-card.ts";
import { manifestFile } from "../../src/i18n/locale-files.ts";
import { MESSAGES } from "../../src/i18n/messages.ts";

export const CARD = { width: 1200, height: 630 } as const;

/** The og:locale of each language (Open Graph wants language_TERRITORY). */
const OG_LOCALE: Record<Locale, string> = { en: "en_GB", ru: "ru_RU", kk: "kk_KZ" };

export interface PageMeta {
  locale: Locale;
  /** Path under the site, e.g. "/corridor-atlas/ru/corridors/kti/". */
  path: string;
  title: string;
  description: string;
  canonicalUrl: string;
  /** The same view in every language, for hreflang links. */
  alternates: { locale: Locale; url: string }[];
  /** The card's path under share/, e.g. "ru/corridor-kti.png". */
  imageFile: string;
  imageUrl: string;
  imageAlt: string;
}

const clip = (text: string, max = 200) => (text.length > max ? `${text.slice(0, max - 1).replace(/\s+\S*$/, "")}…` : text);

/** The address of a view in one language; `siteUrl` and `basePath` end with "/". */
export function pageUrl(view: View, locale: Locale, siteUrl: string, basePath: string): string {
  const base = localeBasePath(locale, basePath);
  return new URL(formatPath(view, base).slice(basePath.length), siteUrl).href;
}

/** Never throws for a view that exists in `data` (the data in `locale`'s language). */
export function pageMeta(view: View, data: AtlasData, siteUrl: string, basePath: string, locale: Locale = "en"): PageMeta {
  const t = MESSAGES[locale];
  const path = formatPath(view, localeBasePath(locale, basePath));
  const common = {
    locale, path,
    canonicalUrl: pageUrl(view, locale, siteUrl, basePath),
    alternates: LOCALES.map((other) => ({ locale: other, url: pageUrl(view, other, siteUrl, basePath) })),
  };
  const imageFile = shareCardFile(view, localePrefix(locale));
  const card = { imageFile, imageUrl: new URL(`share/${imageFile}`, siteUrl).href };
  if (view?.kind === "corridor") {
    const corridor = data.corridors.find((c) => c.id === view.id)!;
    return {
      ...common, ...card,
      title: t.pageTitle(corridor.name),
      description: clip(corridor.description),
      imageAlt: t.imageAltCorridor(corridor.name),
    };
  }
  if (view?.kind === "hub") {
    const hub = data.hubs.features.find((h) => h.properties.id === view.id)!.properties;
    const corridors = data.corridors.filter((c) => hub.corridors.includes(c.id)).map((c) => c.shortName);
    return {
      ...common, ...card,
      title: t.pageTitle(hub.name),
      description: clip(t.hubDescription(t.hubKinds[hub.kind], corridors.join(", "))),
      imageAlt: t.imageAltHub(hub.name),
    };
  }
  if (view?.kind === "tour") {
    return { ...common, ...card, title: t.pageTitle(t.tourTitle), description: t.tourDescription, imageAlt: t.imageAltOverview };
  }
  return { ...common, ...card, title: t.siteTitle, description: t.siteDescription, imageAlt: t.imageAltOverview };
}

/** Escapes text for a double-quoted HTML attribute or element text. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/'/g, "&#39;");
}

export function metaTags(meta: PageMeta): string {
  const tag = (attr: "name" | "property", key: string, value: string | number) => `<meta ${attr}="${key}" content="${escapeHtml(String(value))}" />`;
  const alternate = (hreflang: string, url: string) => `<link rel="alternate" hreflang="${hreflang}" href="${escapeHtml(url)}" />`;
  return [
    `<link rel="canonical" href="${escapeHtml(meta.canonicalUrl)}" />`,
    ...meta.alternates.map((a) => alternate(a.locale, a.url)),
    alternate("x-default", meta.alternates.find((a) => a.locale === "en")?.url ?? meta.canonicalUrl),
    tag("property", "og:type", "website"),
    tag("property", "og:site_name", MESSAGES[meta.locale].siteName),
    tag("property", "og:locale", OG_LOCALE[meta.locale]),
    ...meta.alternates.filter((a) => a.locale !== meta.locale).map((a) => tag("property", "og:locale:alternate", OG_LOCALE[a.locale])),
    tag("property", "og:title", meta.title),
    tag("property", "og:description", meta.description),
    tag("property", "og:url", meta.canonicalUrl),
    tag("property", "og:image", meta.imageUrl),
    tag("property", "og:image:type", "image/png"),
    tag("property", "og:image:width", CARD.width),
    tag("property", "og:image:height", CARD.height),
    tag("property", "og:image:alt", meta.imageAlt),
    tag("name", "twitter:card", "summary_large_image"),
    tag("name", "twitter:title", meta.title),
    tag("name", "twitter:description", meta.description),
    tag("name", "twitter:image", meta.imageUrl),
    tag("name", "twitter:image:alt", meta.imageAlt),
  ].join("\n    ");
}

/** Replaces the first match of `pattern` (literally, `$` included); throws if the template has none. */
export function replaceOnce(html: string, pattern: RegExp | string, replacement: string): string {
  if (typeof pattern === "string" ? !html.includes(pattern) : !pattern.test(html)) {
    throw new Error(`index.html has no ${pattern}; the pages cannot be written`);
  }
  return html.replace(pattern, () => replacement);
}

/**
 * The page's head in its language: its own title, description, manifest and share tags. Throws
 * if the template changed shape, so a page is never written half in English. (The body's words
 * come from the app's own components: page-shell.ts.)
 */
export function applyPageMeta(template: string, meta: PageMeta, extraHead = ""): string {
  let html = replaceOnce(template, /<html lang="[^"]*">/, `<html lang="${meta.locale}">`);
  html = replaceOnce(html, /<title>[^<]*<\/title>/, `<title>${escapeHtml(meta.title)}</title>`);
  html = replaceOnce(html, /<meta name="description" content="[^"]*" \/>/, `<meta name="description" content="${escapeHtml(meta.description)}" />`);
  if (meta.locale !== "en") html = replaceOnce(html, `${manifestFile("en")}"`, `${manifestFile(meta.locale)}"`);
  return replaceOnce(html, /<!-- share-meta -->/, `${metaTags(meta)}${extraHead ? `\n    ${extraHead}` : ""}`);
}
