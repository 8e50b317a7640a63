// SVG to PNG at build time with resvg, using the full Noto Sans TTF files (subset woff2 files
// render as empty boxes) and no system fonts, so every machine renders the same card.
import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";

const require = createRequire(import.meta.url);
const FONT_FILES = [
  require.resolve("@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf"),
  require.resolve("@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf"),
];

export function renderPng(svg: string): Uint8Array {
  const resvg = new Resvg(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: "Noto Sans" },
    fitTo: { mode: "original" },
  });
  return resvg.render().asPng();
}
