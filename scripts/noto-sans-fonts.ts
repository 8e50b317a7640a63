// Noto Sans (SIL OFL 1.1) for the interface and the map's labels, from @fontsource/noto-sans's own
// CSS, cut to the subsets the atlas shows: Latin, and Cyrillic with the extension that holds the
// Kazakh letters. One source for both: the page's @font-face rules and the map's font list (with
// each subset's unicode-range) come from the package's files, so they cannot drift from it.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Plugin } from "vite";

export const NOTO_SUBSETS = ["latin", "latin-ext", "cyrillic", "cyrillic-ext"] as const;
export const NOTO_WEIGHTS = [400, 700] as const;

export interface FontFaceRule {
  subset: string;
  weight: number;
  /** The rule as the package writes it, minus the woff fallback (every browser that runs MapLibre 6 has woff2). */
  css: string;
  /** Its woff2 file, relative to the package. */
  woff2: string;
  unicodeRange: string[];
}

/** Each `@font-face` of one of the package's CSS files, as its comment names it. Pure. */
export function fontFaceRules(css: string): FontFaceRule[] {
  return [...css.matchAll(/\/\* noto-sans-([a-z-]+)-(\d+)-normal \*\/\s*(@font-face \{[^}]*\})/g)].map(([, subset, weight, rule]) => ({
    subset: subset!,
    weight: Number(weight),
    css: rule!.replace(/, url\([^)]+\.woff\) format\('woff'\)/, ""),
    woff2: /url\((\.\/files\/[^)]+\.woff2)\)/.exec(rule!)![1]!,
    unicodeRange: /unicode-range: ([^;]+);/.exec(rule!)?.[1]!.split(",").map((r) => r.trim()) ?? [],
  }));
}

/** The rules the atlas uses, from the package at `packageDir`. */
export function atlasFontRules(packageDir: string): FontFaceRule[] {
  return NOTO_WEIGHTS.flatMap((weight) => fontFaceRules(readFileSync(join(packageDir, `${weight}.css`), "utf8")))
    .filter((rule) => (NOTO_SUBSETS as readonly string[]).includes(rule.subset));
}

const CSS_MODULE = "virtual:noto-sans.css";
const FACES_MODULE = "virtual:noto-sans-faces";

/**
 * `virtual:noto-sans.css`: the page's @font-face rules. It is given a path inside the package, so
 * Vite resolves each `url(./files/…)` there and emits the font as an asset.
 * `virtual:noto-sans-faces`: [{ weight, url, unicodeRange }] for the map's `font-faces`.
 */
export function notoSansFonts(): Plugin {
  const packageDir = dirname(createRequire(import.meta.url).resolve("@fontsource/noto-sans/package.json"));
  const cssPath = join(packageDir, "corridor-atlas-subsets.css");
  const facesId = `\0${FACES_MODULE}`;
  return {
    name: "corridor-atlas:noto-sans",
    resolveId: (id) => (id === CSS_MODULE ? cssPath : id === FACES_MODULE ? facesId : undefined),
    // Called for every module of the build: the package's CSS is read only for these two.
    load(id) {
      if (id !== cssPath && id !== facesId) return undefined;
      const rules = atlasFontRules(packageDir);
      if (id === cssPath) return rules.map((rule) => rule.css).join("\n");
      const imports = rules.map((rule, i) => `import url${i} from ${JSON.stringify(`${join(packageDir, rule.woff2)}?url`)};`);
      const faces = rules.map((rule, i) => `{ weight: ${rule.weight}, url: url${i}, unicodeRange: ${JSON.stringify(rule.unicodeRange)} }`);
      return `${imports.join("\n")}\nexport default [${faces.join(", ")}];\n`;
    },
  };
}
