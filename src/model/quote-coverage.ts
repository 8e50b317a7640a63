// Completeness: every sentence of the articles that speaks of a corridor, of ports and logistics
// centres, or of transit and transport connectivity must be inside some quote.
import type { Quote } from "./article";

/** The words that make a sentence one the atlas must quote. */
export const MUST_QUOTE = [
  /Trans-Caspian/i, /Kazakhstan-Turkmenistan-Iran/i, /East-West/i, /North-South/i, /Central Asia-South Asia/i,
  /\bports?\b/i, /logistics cent(?:er|re)s?/i, /\blogistics hub/i, /\btransit\b/i, /\btransport\w*/i, /\bconnectivity\b/i,
  /\brailway/i, /\bcorridors?\b/i,
];

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** Sentences of an article: split after . ! ? before a capital or an opening quote, and at blank lines. */
export function sentences(text: string): string[] {
  return text
    .split(/\n\s*\n|(?<=[.!?])\s+(?=[A-Z“"‘(])/)
    .map(squash)
    .filter((s) => s.length > 0);
}

/**
 * A sentence is covered when a quote of its article contains it, or when a quote lies inside it
 * and carries most of it (a quote may leave out a dateline such as "ASTANA — ").
 */
function isCovered(sentence: string, quotes: string[]): boolean {
  return quotes.some((q) => q.includes(sentence) || (sentence.includes(q) && q.length >= 0.6 * sentence.length));
}

/** The sentences of `articleText` that must be quoted but are in no quote of that article. */
export function uncoveredMentions(articleId: string, articleText: string, quotes: readonly Quote[]): string[] {
  const own = quotes.filter((q) => q.article === articleId).map((q) => squash(q.text));
  return sentences(articleText).filter((s) => MUST_QUOTE.some((term) => term.test(s)) && !isCovered(s, own));
}

/** Quotes about `id` (a corridor, a hub, or "overview"), in the order of the quotes file. */
export function quotesAbout(quotes: readonly Quote[], id: string): Quote[] {
  return quotes.filter((q) => q.about.includes(id));
}
