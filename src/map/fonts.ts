// Label fonts for the map, served from the site itself (no glyph server): Noto Sans in the
// subsets the region needs, the very files and ranges the page's own @font-face rules use
// (both from @fontsource/noto-sans's CSS, by scripts/noto-sans-fonts.ts).
import type { FontFacesSpecification } from "maplibre-gl";
import faces from "virtual:noto-sans-faces";
import { FONT } from "./theme";

/** The style's `font-faces`, with every URL made absolute against `pageUrl`. */
export function labelFontFaces(pageUrl: string): FontFacesSpecification {
  const weight = (w: number) => faces.filter((face) => face.weight === w)
    .map((face) => ({ url: new URL(face.url, pageUrl).href, "unicode-range": face.unicodeRange }));
  return { [FONT.regular]: weight(400), [FONT.bold]: weight(700) };
}
