import { describe, expect, test } from "vitest";
import { checkVerbatim } from "../../../src/model/verbatim";

// The seed articles use curly apostrophes, em dashes and non-breaking spaces.
const article = "ASTANA — Kazakhstan’s transit volumes\u00a0have nearly doubled in five years,\n\nreaching 27.5 million tons last year.";

describe("checkVerbatim", () => {
  test("accepts a passage that differs only in runs of whitespace", () => {
    expect(checkVerbatim(article, "Kazakhstan’s transit volumes have nearly doubled in five years, reaching 27.5 million tons")).toEqual({ ok: true });
    expect(checkVerbatim(article, "ASTANA —   Kazakhstan’s")).toEqual({ ok: true });
  });

  test("rejects a straight apostrophe in place of a curly one, naming the word", () => {
    expect(checkVerbatim(article, "Kazakhstan's transit volumes")).toEqual({ ok: false, wordIndex: 1, word: "Kazakhstan's" });
  });

  test("rejects a passage with one word changed, naming the first differing word", () => {
    expect(checkVerbatim(article, "transit volumes have nearly tripled in five years")).toEqual({ ok: false, wordIndex: 5, word: "tripled" });
  });

  test("rejects a hyphen in place of the em dash", () => {
    expect(checkVerbatim(article, "ASTANA - Kazakhstan’s")).toEqual({ ok: false, wordIndex: 2, word: "-" });
  });

  test("rejects a passage that ends inside a word", () => {
    expect(checkVerbatim(article, "reaching 27.5 million to")).toEqual({ ok: false, wordIndex: 4, word: "to" });
  });

  test("rejects an empty quote and never throws on odd input", () => {
    expect(checkVerbatim(article, "   ")).toEqual({ ok: false, wordIndex: 1, word: "" });
    expect(checkVerbatim("", "anything")).toEqual({ ok: false, wordIndex: 1, word: "anything" });
  });
});
