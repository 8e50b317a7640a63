import { describe, expect, test } from "vitest";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

// Quotes and address text are data, never markup: no source file may reach an HTML sink.
const SINKS = /innerHTML|outerHTML|insertAdjacentHTML|\bsetHTML\(|document\.write|srcdoc/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe("src/", () => {
  test("has no HTML sinks", () => {
    const offenders = sourceFiles("src").flatMap((file) =>
      readFileSync(file, "utf8").split("\n").flatMap((line, i) => (SINKS.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])));
    expect(offenders).toEqual([]);
  });
});
