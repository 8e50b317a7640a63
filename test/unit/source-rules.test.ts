import { describe, expect, test } from "vitest";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

// Rules every source file keeps. Quotes and address text are data, never markup: no source file
// may reach an HTML sink. One module owns the address.
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
});
