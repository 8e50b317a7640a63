// What the popup about a clicked section or hub says, as plain data: pure, so it is unit-tested
// without a map. feature-popup.ts turns it into DOM.
import type { ArticleMeta, Quote } from "../model/article";
import type { AtlasData, HubKind, Mode, PublishedSource, Status, Trace } from "../model/corridor";
import { quotesAbout } from "../model/quote-coverage";
import { earliestOpening } from "../model/year";
import type { LineUnder } from "../model/pick";

/** The popup's words in the page's language, and its formats: src/map knows no language. */
export interface PopupWords {
  close: string;
  corridor: string;
  mode: string;
  status: string;
  opened: string;
  openedNotStated: string;
  /** A line still to come: the year a published source says it is to open. */
  target: string;
  lengthDrawn: string;
  traced: string;
  traces: Record<Trace, string>;
  chord: string;
  kind: string;
  corridorsThrough: string;
  ofItsCorridors: string;
  noQuote: string;
  modes: Record<Mode, string>;
  statuses: Record<Status, string>;
  hubKinds: Record<HubKind, string>;
  /** A length in kilometres, e.g. "1,234 km". */
  km: (km: number) => string;
  /** Where a passage comes from, e.g. "TDI, 27 October 2023". */
  source: (article: ArticleMeta | undefined) => string;
}

/** What a popup says, as plain data. */
export interface PopupContent {
  title: string;
  /** Each fact, and the page that states it where the data cites one. */
  facts: [term: string, detail: string, source?: PublishedSource][];
  note?: string;
  quote?: { text: string; source: string; lead?: string };
  noQuote?: string;
}

/** What was clicked on a corridor's line: the properties of the rendered feature (see corridorFeatures). */
export type PickedSection = LineUnder;

const passage = (data: AtlasData, quote: Quote | undefined, words: PopupWords, lead?: string): PopupContent["quote"] =>
  quote && { text: quote.text, source: words.source(data.articles.find((a) => a.id === quote.article)), lead };

/** A section of one corridor: its facts, and the first passage about the corridor. Undefined for an unknown id. */
export function sectionContent(data: AtlasData, picked: PickedSection, words: PopupWords): PopupContent | undefined {
  const corridor = data.corridors.find((c) => c.id === picked.corridor);
  const segment = corridor?.segments.features.find((s) => s.properties.id === picked.segment);
  if (!corridor || !segment) return undefined;
  const { name, mode, status, opened, openedSource, target, targetSource, trace, km } = segment.properties;
  const facts: PopupContent["facts"] = [[words.corridor, corridor.name], [words.mode, words.modes[mode]], [words.status, words.statuses[status]]];
  if (opened !== undefined) facts.push([words.opened, String(opened), openedSource]);
  else if (status === "operating") facts.push([words.opened, words.openedNotStated]);
  if (target !== undefined) facts.push([words.target, String(target), targetSource]);
  facts.push([words.lengthDrawn, words.km(Math.round(km))], [words.traced, words.traces[trace]]);
  const quote = passage(data, quotesAbout(data.quotes, corridor.id)[0], words);
  return { title: name, facts, note: picked.chord ? words.chord : undefined, quote, noQuote: quote ? undefined : words.noQuote };
}

/** A hub: its kind, its corridors, and the first passage about it, else about its corridors (as its panel orders them). */
export function hubContent(data: AtlasData, id: string, words: PopupWords): PopupContent | undefined {
  const hub = data.hubs.features.find((h) => h.properties.id === id)?.properties;
  if (!hub) return undefined;
  const corridors = data.corridors.filter((c) => hub.corridors.includes(c.id));
  const own = quotesAbout(data.quotes, id)[0];
  const ofCorridors = corridors.flatMap((c) => quotesAbout(data.quotes, c.id))[0];
  const quote = own ? passage(data, own, words) : passage(data, ofCorridors, words, words.ofItsCorridors);
  const facts: PopupContent["facts"] = [[words.kind, words.hubKinds[hub.kind]], [words.corridorsThrough, corridors.map((c) => c.shortName).join(", ")]];
  // The opening the map dates the hub by (model/year.ts), with the page that gives it.
  const opening = earliestOpening(data.facts, id);
  if (opening) facts.push([words.opened, String(opening.value), opening.source]);
  return {
    title: hub.name,
    facts,
    quote,
    noQuote: quote ? undefined : words.noQuote,
  };
}
