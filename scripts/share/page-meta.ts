// What each shareable page tells link-preview crawlers (which run no JavaScript): its title,
// description, canonical address and card image, as tags written into the page at build time.
import type { AtlasData } from "../../src/model/corridor.ts";
import { HUB_SHAPES } from "../../src/map/hub-shapes.ts";
import { formatPath, type View } from "../../src/state/url-state.ts";

export const SITE_NAME = "Corridor Atlas";
export const CARD = { width: 1200, height: 630 } as const;

export interface PageMeta {
  /** Path under the site, e.g. "/corridor-atlas/corridors/kti/". */
  path: string;
  title: string;
  description: string;
  canonicalUrl: string;
  /** The card's file name under share/. */
  imageFile: string;
  imageUrl: string;
  imageAlt: string;
}

const OVERVIEW_DESCRIPTION =
  "A map of the transport corridors that cross Kazakhstan — the Middle Corridor, the Kazakhstan–Turkmenistan–Iran railway, the East–West and North–South routes and the Central Asia–South Asia links — with the ports, hubs and what the news says of each.";

const clip = (text: string, max = 200) => (text.length > max ? `${text.slice(0, max - 1).replace(/\s+\S*$/, "")}…` : text);

/** Never throws for a view that exists in `data`; `siteUrl` and `basePath` end with "/". */
export function pageMeta(view: View, data: AtlasData, siteUrl: string, basePath: string): PageMeta {
  const path = formatPath(view, basePath);
  const canonicalUrl = new URL(path.slice(basePath.length), siteUrl).href;
  const card = (file: string) => ({ imageFile: file, imageUrl: new URL(`share/${file}`, siteUrl).href });
  if (view?.kind === "corridor") {
    const corridor = data.corridors.find((c) => c.id === view.id)!;
    return {
      path, canonicalUrl, ...card(`corridor-${corridor.id}.png`),
      title: `${corridor.name} — ${SITE_NAME}`,
      description: clip(corridor.description),
      imageAlt: `Map of the ${corridor.name}, drawn in its colour across the region`,
    };
  }
  if (view?.kind === "hub") {
    const hub = data.hubs.features.find((h) => h.properties.id === view.id)!.properties;
    const corridors = data.corridors.filter((c) => hub.corridors.includes(c.id)).map((c) => c.shortName);
    return {
      path, canonicalUrl, ...card(`hub-${hub.id}.png`),
      title: `${hub.name} — ${SITE_NAME}`,
      description: clip(`${HUB_SHAPES[hub.kind].label} on the ${corridors.join(", ")}: where it is, the corridors through it, and what the news says of them.`),
      imageAlt: `Map of ${hub.name} and the corridors through it`,
    };
  }
  if (view?.kind === "tour") {
    return {
      path, canonicalUrl, ...card("overview.png"),
      title: `Tour of the corridors — ${SITE_NAME}`,
      description: "A guided tour of the transport corridors across Kazakhstan, stop by stop, for presenting on a projector.",
      imageAlt: "Map of the five transport corridors across Kazakhstan",
    };
  }
  return {
    path, canonicalUrl, ...card("overview.png"),
    title: `${SITE_NAME} — transport corridors across Kazakhstan`,
    description: OVERVIEW_DESCRIPTION,
    imageAlt: "Map of the five transport corridors across Kazakhstan",
  };
}

/** Escapes text for a double-quoted HTML attribute or element text. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/'/g, "&#39;");
}

export function metaTags(meta: PageMeta): string {
  const tag = (attr: "name" | "property", key: string, value: string | number) => `<meta ${attr}="${key}" content="${escapeHtml(String(value))}" />`;
  return [
    `<link rel="canonical" href="${escapeHtml(meta.canonicalUrl)}" />`,
    tag("property", "og:type", "website"),
    tag("property", "og:site_name", SITE_NAME),
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

/** The page's HTML with its own title, description and share tags. Throws if the template changed shape. */
export function applyPageMeta(template: string, meta: PageMeta, extraHead = ""): string {
  const replaceOnce = (html: string, pattern: RegExp, replacement: string) => {
    if (!pattern.test(html)) throw new Error(`index.html has no ${pattern}; the share pages cannot be written`);
    return html.replace(pattern, replacement);
  };
  let html = replaceOnce(template, /<title>[^<]*<\/title>/, `<title>${escapeHtml(meta.title)}</title>`);
  html = replaceOnce(html, /<meta name="description" content="[^"]*" \/>/, `<meta name="description" content="${escapeHtml(meta.description)}" />`);
  return replaceOnce(html, /<!-- share-meta -->/, `${metaTags(meta)}${extraHead ? `\n    ${extraHead}` : ""}`);
}
