import { describe, expect, test } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { validateQuotes, type QuoteFiles } from "../../../src/model/validate-quotes";
import { quotesAbout, uncoveredMentions } from "../../../src/model/quote-coverage";
import { formatProblem, type DataProblem } from "../../../src/model/validate-data";
import type { Quote } from "../../../src/model/article";
import { readQuoteFiles, aboutIdsOf } from "../../../scripts/validate-data";

const FIXTURES = "test/fixtures/quotes";
const read = (file: string) => ({ file, text: readFileSync(file, "utf8") });
const fixtureFiles = (quotes: string, index = "index"): QuoteFiles => ({
  index: read(join(FIXTURES, `${index}.json`)),
  quotes: read(join(FIXTURES, `${quotes}.json`)),
  texts: new Map([["article-a.txt", read(join(FIXTURES, "article-a.txt"))]]),
});
const problemsFor = (name: string, index?: string) => {
  const problems: DataProblem[] = [];
  validateQuotes(fixtureFiles(name, index), new Set(["overview", "titr"]), problems);
  return problems;
};

describe("the quote validator", () => {
  test("accepts a verbatim passage", () => {
    expect(problemsFor("valid")).toEqual([]);
  });

  test.each([
    ["straight-apostrophe", /is not verbatim: it differs from .*article-a.txt at word 1, “Kazakhstan's”/],
    ["one-word-changed", /is not verbatim: it differs from .*article-a.txt at word 6, “tripled”/],
    ["unknown-article", /names unknown article "article-z"/],
    ["unknown-about", /is about unknown id "silk-road"/],
    ["duplicate-id", /duplicate id/],
    ["not-kebab-id", /id is not a kebab-case id/],
    ["empty-reports", /^reports is empty$/],
    ["reported-person-not-in-article", /^reports “Prime Minister of Examples”, whom .*article-a.txt does not name$/],
  ])("%s is rejected, naming the file, the quote and the fault", (name, fault) => {
    const problems = problemsFor(name);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe(join(FIXTURES, `${name}.json`));
    expect(problems[0]!.fault).toMatch(fault);
    expect(formatProblem(problems[0]!)).toMatch(/^test\/fixtures\/quotes\/[a-z-]+\.json: "[\w-]+": /);
  });
});

describe("reported people and addresses", () => {
  test("a quote may name whose words it reports, in the article's own words", () => {
    expect(problemsFor("reports-a-person")).toEqual([]);
  });

  test("an article's address is https or \"not stated\", never another scheme", () => {
    expect(problemsFor("valid", "index-https-url")).toEqual([]);
    // The article is then unknown to its quotes too; this asks only what the index's fault says.
    expect(problemsFor("valid", "index-http-url").filter((p) => p.file.endsWith("index-http-url.json")).map(formatProblem)).toEqual([
      `${FIXTURES}/index-http-url.json: "article-a": url is neither "not stated" nor an https address`,
    ]);
  });
});

describe("the atlas's quotes", () => {
  const files = readQuoteFiles();
  const problems: DataProblem[] = [];
  const { articles, quotes } = validateQuotes(files, aboutIdsOf(), problems);

  test("are all verbatim passages of their articles, about known corridors and hubs", () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(articles).toHaveLength(readdirSync("data/articles").filter((f) => f.endsWith(".txt")).length);
  });

  test("cover every sentence that names a corridor, ports and logistics centres, or transit and transport", () => {
    for (const article of articles) {
      expect(uncoveredMentions(article.id, files.texts.get(article.file)!.text, quotes), article.id).toEqual([]);
    }
  });

  test("the completeness scan notices a passage nobody quoted", () => {
    const fewer = quotes.filter((q) => !q.text.includes("five railway corridors"));
    const article = articles.find((a) => quotes.some((q) => q.article === a.id && q.text.includes("five railway corridors")))!;
    expect(uncoveredMentions(article.id, files.texts.get(article.file)!.text, fewer).join(" ")).toContain("five railway corridors pass through Kazakhstan");
  });

  test("a passage naming two corridors is quoted for both", () => {
    const both = quotes.filter((q) => q.text.includes("Trans-Caspian") && q.text.includes("North-South"));
    expect(both.length).toBeGreaterThan(0);
    for (const q of both) {
      expect(quotesAbout(quotes, "titr")).toContain(q);
      expect(quotesAbout(quotes, "north-south")).toContain(q);
    }
  });

  test("passages reporting a named person name them, and every article has its address", () => {
    const speakerOf = (id: string) => quotes.find((q) => q.id === id)?.reports;
    expect(speakerOf("tdi-smailov-transit-kti-ports-network")).toBe("Alikhan Smailov, Prime Minister of Kazakhstan");
    expect(speakerOf("kazinform-tokayev-ports-logistics-network")).toBe("Kassym-Jomart Tokayev, Head of State");
    // "It was pointed out": the article names nobody, so neither does the atlas.
    expect(speakerOf("kzgov-five-railway-corridors-transit")).toBeUndefined();
    for (const article of articles) expect(article.url, article.id).toMatch(/^https:\/\//);
  });

  test("every corridor has at least one quote, and the overview has the transit figures", () => {
    for (const id of ["titr", "kti", "north-south", "east-west", "casa"]) expect(quotesAbout(quotes, id).length, id).toBeGreaterThan(0);
    expect(quotesAbout(quotes, "overview").map((q: Quote) => q.text).join(" ")).toContain("27.5 million tons");
  });
});
