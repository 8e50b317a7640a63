// What a reader sees of the quotes, checked against the articles themselves.
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import type { Page } from "playwright-core";
import { NOT_STATED, type ArticleMeta } from "../../../src/model/article";
import { checkVerbatim } from "../../../src/model/verbatim";

const articles = JSON.parse(readFileSync("data/articles/index.json", "utf8")).articles as ArticleMeta[];
const articleText = (a: ArticleMeta) => readFileSync(`data/articles/${a.file}`, "utf8");

/** Every quote on screen: its text must be a verbatim passage of the article its citation names. */
export async function expectVisibleQuotesVerbatim(page: Page) {
  const figures = page.locator("figure.quote");
  const count = await figures.count();
  for (let i = 0; i < count; i++) {
    const text = (await figures.nth(i).locator("blockquote").textContent())!;
    const cite = (await figures.nth(i).locator("cite").textContent())!;
    // By outlet and headline; an article that states no headline is cited without one.
    const article = articles.find((a) => cite.includes(a.outlet) && (a.title === NOT_STATED ? !cite.includes("“") : cite.includes(a.title)));
    expect(article, `a source for “${text.slice(0, 40)}…”`).toBeDefined();
    expect(checkVerbatim(articleText(article!), text)).toEqual({ ok: true });
  }
  return count;
}
