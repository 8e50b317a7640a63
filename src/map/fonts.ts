// Label fonts for the map, served from the site itself (no glyph server): Noto Sans in the
// subsets the region needs — Latin, and Cyrillic with the extension that holds Kazakh letters.
import type { FontFacesSpecification } from "maplibre-gl";
import { FONT } from "./theme";
import latin400 from "@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url";
import latinExt400 from "@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url";
import cyrillic400 from "@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url";
import cyrillicExt400 from "@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff2?url";
import latin700 from "@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url";
import latinExt700 from "@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff2?url";
import cyrillic700 from "@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff2?url";
import cyrillicExt700 from "@fontsource/noto-sans/files/noto-sans-cyrillic-ext-700-normal.woff2?url";

// Unicode ranges as @fontsource/noto-sans 5 declares them for each subset.
const RANGES = {
  latin: ["U+0000-00FF", "U+0131", "U+0152-0153", "U+02BB-02BC", "U+02C6", "U+02DA", "U+02DC", "U+0304", "U+0308", "U+0329", "U+2000-206F", "U+20AC", "U+2122", "U+2191", "U+2193", "U+2212", "U+2215", "U+FEFF", "U+FFFD"],
  latinExt: ["U+0100-02BA", "U+02BD-02C5", "U+02C7-02CC", "U+02CE-02D7", "U+02DD-02FF", "U+1D00-1DBF", "U+1E00-1E9F", "U+1EF2-1EFF", "U+2020", "U+20A0-20AB", "U+20AD-20C0", "U+2113", "U+2C60-2C7F", "U+A720-A7FF"],
  cyrillic: ["U+0301", "U+0400-045F", "U+0490-0491", "U+04B0-04B1", "U+2116"],
  cyrillicExt: ["U+0460-052F", "U+1C80-1C8A", "U+20B4", "U+2DE0-2DFF", "U+A640-A69F", "U+FE2E-FE2F"],
};

/** The style's `font-faces`, with every URL made absolute against `pageUrl`. */
export function labelFontFaces(pageUrl: string): FontFacesSpecification {
  const face = (url: string, range: string[]) => ({ url: new URL(url, pageUrl).href, "unicode-range": range });
  return {
    [FONT.regular]: [
      face(latin400, RANGES.latin), face(latinExt400, RANGES.latinExt),
      face(cyrillic400, RANGES.cyrillic), face(cyrillicExt400, RANGES.cyrillicExt),
    ],
    [FONT.bold]: [
      face(latin700, RANGES.latin), face(latinExt700, RANGES.latinExt),
      face(cyrillic700, RANGES.cyrillic), face(cyrillicExt700, RANGES.cyrillicExt),
    ],
  };
}
