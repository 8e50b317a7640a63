// The news articles the atlas quotes, and the passages it quotes from them.

/** What an article says of itself; anything it does not state is "not stated". */
export interface ArticleMeta {
  id: string;
  /** The text, as published, in data/articles/. */
  file: string;
  /** The seed file it was copied from, for provenance. */
  seedFile: string;
  title: string;
  outlet: string;
  date: string;
  dateline: string;
  place: string;
  url: string;
}

export const NOT_STATED = "not stated";

/** The overview panel's id in a quote's `about`. */
export const OVERVIEW = "overview";

export interface Quote {
  id: string;
  article: string;
  /** Corridor and hub ids, or "overview". */
  about: string[];
  /** Exactly as published; only runs of whitespace may differ. */
  text: string;
  /**
   * Whose words the passage reports, where the article names them, in the article's own words
   * ("Alikhan Smailov, Prime Minister of Kazakhstan"). The passage is the outlet's account (reported
   * speech, "The President said…"), never that person's own words: shown and cited as such.
   */
  reports?: string;
}
