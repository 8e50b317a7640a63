import { describe, expect, test } from "vitest";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

// Rules every source file keeps. Quotes and address text are data, never markup: no source file
// may reach an HTML sink. One module owns the address. Imports flow one way (../shared/STYLE.md):
// the pure core (model, state, tour) knows nothing of the interface or the map.
const SINKS = /innerHTML|outerHTML|insertAdjacentHTML|\bsetHTML\(|document\.write|srcdoc/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Every line of `files` that matches `pattern`, as "file:line: text". */
const linesMatching = (files: string[], pattern: RegExp) => files.flatMap((file) =>
  readFileSync(file, "utf8").split("\n").flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])));

describe("src/", () => {
  test("has no HTML sinks", () => {
    expect(linesMatching(sourceFiles("src"), SINKS)).toEqual([]);
  });

  test("reads and writes the address only in src/ui/address.ts", () => {
    // The service worker's own location (self.location) is its script's, not the page's address.
    const others = sourceFiles("src").filter((file) => !file.endsWith(join("ui", "address.ts")) && !file.endsWith("sw.ts"));
    expect(linesMatching(others, /\blocation\b|\bhistory\b|\bonpopstate\b|"popstate"|"hashchange"/)).toEqual([]);
  });

  test("imports flow one way: ui uses everything; map, state, tour and i18n use model; model uses nothing", () => {
    const ALLOWED: Record<string, string[]> = {
      model: ["model"],
      state: ["state", "model"],
      tour: ["tour", "model"],
      i18n: ["i18n", "model"],
      map: ["map", "model"],
      ui: ["ui", "model", "state", "tour", "map", "i18n"],
    };
    const layerOf = (file: string) => relative("src", file).split(/[\\/]/)[0]!;
    const broken = sourceFiles("src").flatMap((file) => {
      const allowed = ALLOWED[layerOf(file)];
      if (!allowed) return []; // main.tsx and sw.ts sit at the top and may use any layer
      const imports = [...readFileSync(file, "utf8").matchAll(/from "(\.{1,2}\/[^"]+)"/g)].map((m) => m[1]!);
      return imports
        .map((path) => layerOf(resolve(dirname(file), path)))
        .filter((layer) => !allowed.includes(layer))
        .map((layer) => `${file} imports ${layer}`);
    });
    expect(broken).toEqual([]);
  });
});
