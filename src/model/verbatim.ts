// Is a quote a verbatim passage of its article? Only runs of whitespace may differ: a curly
// apostrophe typed straight, or one word changed, is a different text.

const words = (text: string): string[] => text.trim().split(/\s+/).filter(Boolean);

export type VerbatimResult =
  | { ok: true }
  | { ok: false; wordIndex: number; word: string };

/**
 * Never throws. On failure, `word` is the first word of the quote (1-based `wordIndex`) at which
 * no passage of the article continues the quote.
 */
export function checkVerbatim(article: string, quote: string): VerbatimResult {
  const haystack = ` ${words(article).join(" ")} `;
  const quoteWords = words(quote);
  if (quoteWords.length === 0) return { ok: false, wordIndex: 1, word: "" };
  // Grow the quote one word at a time; the first word after which the article no longer has it
  // is the one that differs. The leading space (and, for the whole quote, the trailing one)
  // means a quote may start or end mid-sentence, but not mid-word.
  let prefix = "";
  for (const [i, word] of quoteWords.entries()) {
    prefix = `${prefix} ${word}`;
    const isLast = i === quoteWords.length - 1;
    if (!haystack.includes(isLast ? `${prefix} ` : prefix)) return { ok: false, wordIndex: i + 1, word };
  }
  return { ok: true };
}
