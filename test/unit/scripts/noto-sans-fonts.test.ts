import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { NOTO_SUBSETS, NOTO_WEIGHTS, atlasFontRules, fontFaceRules } from "../../../scripts/noto-sans-fonts";

const packageDir = dirname(createRequire(import.meta.url).resolve("@fontsource/noto-sans/package.json"));

describe("Noto Sans from the package's own CSS", () => {
  test("reads every rule of a weight's file with its subset, woff2 and unicode-range", () => {
    const rules = fontFaceRules(readFileSync(join(packageDir, "400.css"), "utf8"));
    expect(rules.map((r) => r.subset)).toEqual(expect.arrayContaining([...NOTO_SUBSETS]));
    const latin = rules.find((r) => r.subset === "latin")!;
    expect(latin).toMatchObject({ weight: 400, woff2: "./files/noto-sans-latin-400-normal.woff2" });
    expect(latin.unicodeRange).toContain("U+0000-00FF");
    expect(latin.css).not.toContain(".woff)");
    expect(latin.css).toContain("unicode-range");
  });

  test("keeps the atlas's four subsets in both weights, each a woff2 file the package has, with a range", () => {
    const rules = atlasFontRules(packageDir);
    expect(rules.map((r) => `${r.subset}-${r.weight}`).sort())
      .toEqual(NOTO_WEIGHTS.flatMap((w) => NOTO_SUBSETS.map((s) => `${s}-${w}`)).sort());
    for (const rule of rules) {
      expect(readFileSync(join(packageDir, rule.woff2)).subarray(0, 4).toString("latin1"), rule.woff2).toBe("wOF2");
      expect(rule.unicodeRange.length, rule.woff2).toBeGreaterThan(0);
    }
  });
});
