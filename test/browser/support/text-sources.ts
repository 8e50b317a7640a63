// Where the sources of our own words lead, by the data, and the links a panel shows for them.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import type { ArticleMeta, Quote } from "../../../src/model/article";
import type { TextSource } from "../../../src/model/text-sources";

const quotes = JSON.parse(readFileSync("data/quotes.json", "utf8")).quotes as Quote[];
const articles = JSON.parse(readFileSync("data/articles/index.json", "utf8")).articles as ArticleMeta[];

/** Each source as a panel should show it: what it says, and where it leads (its page, or its passage's article). */
export const sourcesShownFor = (sources: readonly TextSource[] | undefined): { says: string; href: string }[] => (sources ?? []).map((source) => ({
  says: source.says,
  href: new URL(source.page?.url ?? articles.find((a) => a.id === quotes.find((q) => q.id === source.quote)!.article)!.url).href,
}));

/** The claims shown under "About this text" in `within`, each with its link, if they are on screen. */
export const shownSources = (page: Page, within = ".panel"): Promise<{ says: string; href: string }[]> =>
  page.locator(`${within} .about-text__claim`).evaluateAll((claims) => claims.filter((claim) => claim.getClientRects().length > 0).map((claim) => ({
    says: claim.querySelector(".about-text__says")?.textContent ?? "",
    href: claim.querySelector("a")?.href ?? "",
  })));
