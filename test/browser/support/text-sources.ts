// Where the sources of our own words lead, by the data, and the links a panel shows for them.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import type { ArticleMeta, Quote } from "../../../src/model/article";
import type { TextSource } from "../../../src/model/text-sources";

const quotes = JSON.parse(readFileSync("data/quotes.json", "utf8")).quotes as Quote[];
const articles = JSON.parse(readFileSync("data/articles/index.json", "utf8")).articles as ArticleMeta[];

/** Where each source leads: its page, or the article its passage comes from. */
export const linksOf = (sources: readonly TextSource[] | undefined): string[] => (sources ?? []).map((source) =>
  new URL(source.page?.url ?? articles.find((a) => a.id === quotes.find((q) => q.id === source.quote)!.article)!.url).href);

/** The links shown under "About this text" in `within`, one per claim, if they are on screen. */
export const shownSourceLinks = (page: Page, within = ".panel"): Promise<string[]> =>
  page.locator(`${within} .about-text a`).evaluateAll((anchors) =>
    anchors.filter((a) => a.getClientRects().length > 0).map((a) => (a as HTMLAnchorElement).href));
