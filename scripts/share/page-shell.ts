// The app's static copy written into each page at build time (src/ui/PageShell.tsx rendered by
// render-shell.tsx), so a reader sees the panel's first screen at first paint, before the
// script has run, and link crawlers and no-JS readers get the words too. Also the preload links
// for the fonts that first screen is set in.
import type { Locale } from "../../src/i18n/locales.ts";
import { escapeHtml, replaceOnce } from "./page-meta.ts";

/** Writes the rendered shell into a page. Throws if the template lost its marker. */
export function applyPageShell(html: string, shell: string): string {
  return replaceOnce(html, "<!-- page-shell -->", shell);
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
