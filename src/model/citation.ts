// A ready-to-paste citation of a passage: the words, whose words they report where the article says, the
// article (outlet, title, date, address where known) and the atlas's own link to the passage.
// Pure: the page's language gives the words and the date as it writes them.

export interface CitationParts {
  /** The passage, verbatim. */
  text: string;
  /** Whose words the passage reports: the outlet's account, so cited as reported speech. */
  reports?: string;
  outlet: string;
  /** The headline as published; left out where the article states none. */
  title?: string;
  /** The article's date as the page's language writes it (or its "date not stated"). */
  date: string;
  /** The article's original address, when it is known. */
  url?: string;
  /** The passage's own address in the atlas. */
  atlasUrl: string;
}

export interface CitationWords {
  /** The language's quotation marks. */
  open: string;
  close: string;
  /** "(reported speech: <who>)", after the passage: the words are the outlet's, not that person's. */
  reportedSpeech: (who: string) => string;
  /** "Via Corridor Atlas: <url>" */
  via: (url: string) => string;
}

/** Ends a sentence with a full stop, unless it ends with one already ("27 октября 2023 г."). */
const sentence = (s: string) => (/[.!?…]$/.test(s) ? s : `${s}.`);

export function formatCitation(parts: CitationParts, words: CitationWords): string {
  const quoted = (s: string) => `${words.open}${s}${words.close}`;
  const said = parts.reports ? sentence(`${quoted(parts.text)} ${words.reportedSpeech(parts.reports)}`) : quoted(parts.text);
  const article = sentence([parts.outlet, parts.title && quoted(parts.title), parts.date].filter(Boolean).join(", "));
  return [said, article, parts.url, words.via(parts.atlasUrl)].filter(Boolean).join(" ");
}

/**
 * Between what is said and who says it ("… — Kazinform"): a no-break space before the dash, so a
 * line never starts with it (Russian and Kazakh typesetting; English loses nothing by it).
 */
export const SAID_BY = "\u00a0— ";
