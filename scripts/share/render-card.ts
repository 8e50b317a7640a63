// SVG to PNG at build time with resvg, using the full Noto Sans TTF files (subset woff2 files
// render as empty boxes) and no system fonts, so every machine renders the same card.
import { createRequire } from "node:module";
import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";

const require = createRequire(import.meta.url);
const FONT_FILES = [
  require.resolve("@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf"),
  require.resolve("@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf"),
];

/** The fonts every card is drawn with; measure-text.ts measures with the same, so a measured line is the drawn one. */
export const CARD_FONTS: ResvgRenderOptions["font"] = { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: "Noto Sans" };

export function renderPng(svg: string): Uint8Array {
  return renderCard(svg, undefined).asPng();
}

/** The card's RGBA pixels, `widthPx` wide (tests render small to stay fast), for tests that look at what was drawn. */
export function renderPixels(svg: string, widthPx?: number): { width: number; height: number; pixels: Uint8Array } {
  const image = renderCard(svg, widthPx);
  return { width: image.width, height: image.height, pixels: image.pixels };
}

function renderCard(svg: string, widthPx: number | undefined) {
  const resvg = new Resvg(svg, { font: CARD_FONTS, fitTo: widthPx ? { mode: "width", value: widthPx } : { mode: "original" } });
  return resvg.render();
}
