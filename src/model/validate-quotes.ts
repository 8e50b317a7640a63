// Rules for the articles and the quotes: metadata only from the text, and every quote a
// verbatim passage of its article. Pure and never throws; faults come back as problems.
import * as v from "valibot";
import { isKebabCase } from "./corridor";
import { NOT_STATED, type ArticleMeta, type Quote } from "./article";
import { checkVerbatim } from "./verbatim";
import { parseList, type DataFile, type DataProblem } from "./validate-data";
import { describeIssue } from "./data-schema";

const text = v.pipe(v.string(), v.minLength(1, "is empty"));
const kebabId = v.pipe(v.string(), v.check(isKebabCase, "is not a kebab-case id"));

// An article's address is one confirmed to carry the same text, or "not stated": never a guess.
const notAnAddress = `is neither "${NOT_STATED}" nor an https address`;
const articleUrl = v.union([
  v.literal(NOT_STATED),
  v.pipe(v.string(), v.url(notAnAddress), v.startsWith("https://", notAnAddress)),
], notAnAddress);

const articleSchema = v.strictObject({
  id: kebabId, file: text, seedFile: text, title: text, outlet: text, date: text, dateline: text, place: text, url: articleUrl,
});
const quoteSchema = v.strictObject({
  id: kebabId, article: text, about: v.pipe(v.array(text), v.minLength(1, "names nothing")), text, reports: v.optional(text),
});

/** The parts of a person ("name, role") the article does not contain, whitespace aside. */
function personPartsMissing(article: string, person: string): string[] {
  const flat = (s: string) => s.trim().split(/\s+/).join(" ");
  const haystack = flat(article);
  return person.split(",").map(flat).filter((part) => part !== "" && !haystack.includes(part));
}

const nameOf = (raw: unknown, i: number) => {
  const id = (raw as { id?: unknown })?.id;
  return typeof id === "string" && id ? id : `entry #${i + 1}`;
};

export interface QuoteFiles {
  index: DataFile;
  quotes: DataFile;
  /** Article texts by file name (as listed in the index). */
  texts: Map<string, DataFile>;
}

export function validateQuotes(files: QuoteFiles, aboutIds: ReadonlySet<string>, problems: DataProblem[]): { articles: ArticleMeta[]; quotes: Quote[] } {
  const articles: ArticleMeta[] = [];
  parseList(files.index, "articles", problems).forEach((raw, i) => {
    const parsed = v.safeParse(articleSchema, raw);
    if (!parsed.success) return void problems.push({ file: files.index.file, feature: nameOf(raw, i), fault: describeIssue(parsed.issues) });
    if (articles.some((a) => a.id === parsed.output.id)) problems.push({ file: files.index.file, feature: parsed.output.id, fault: "duplicate id" });
    if (!files.texts.has(parsed.output.file)) problems.push({ file: files.index.file, feature: parsed.output.id, fault: `its text ${parsed.output.file} is missing` });
    articles.push(parsed.output);
  });

  const quotes: Quote[] = [];
  parseList(files.quotes, "quotes", problems).forEach((raw, i) => {
    const parsed = v.safeParse(quoteSchema, raw);
    if (!parsed.success) return void problems.push({ file: files.quotes.file, feature: nameOf(raw, i), fault: describeIssue(parsed.issues) });
    const quote = parsed.output;
    const fault = (message: string) => problems.push({ file: files.quotes.file, feature: quote.id, fault: message });
    if (quotes.some((q) => q.id === quote.id)) fault("duplicate id");
    for (const id of quote.about) if (!aboutIds.has(id)) fault(`is about unknown id "${id}"`);
    const article = articles.find((a) => a.id === quote.article);
    const source = article && files.texts.get(article.file);
    if (!article) fault(`names unknown article "${quote.article}"`);
    else if (source) {
      const result = checkVerbatim(source.text, quote.text);
      if (!result.ok) fault(`is not verbatim: it differs from ${source.file} at word ${result.wordIndex}, “${result.word}”`);
      // Whom it reports is taken from the article's own words, so each part of it is found there.
      const missing = quote.reports === undefined ? [] : personPartsMissing(source.text, quote.reports);
      if (missing.length > 0) fault(`reports “${missing.join("”, “")}”, whom ${source.file} does not name`);
    }
    quotes.push(quote);
  });
  return { articles, quotes };
}
