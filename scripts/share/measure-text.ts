// Card text measured as resvg draws it, with the card's own fonts: a line is set in a text-only
// SVG and its ink box read back, because counting characters cannot know that "Транскаспийский"
// is half again as wide as "International" (the fault that ran titles into the map).
import { Resvg } from "@resvg/resvg-js";
import { escapeHtml } from "./page-meta.ts";
import { CARD_FONTS } from "./render-card.ts";

/** How a piece of card text is set; `halo` is the width of a stroke drawn under it, if any. */
export interface TextStyle {
  size: number;
  weight: 400 | 700;
  halo?: number;
}

/** A box in card pixels; for a measured text, relative to its origin (x, baseline). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The SVG attributes that set text in `style`: the card draws with these, and they are what is measured. */
export function fontAttributes(style: TextStyle): string {
  const halo = style.halo ? ` stroke-width="${style.halo}" stroke-linejoin="round" paint-order="stroke"` : "";
  return `font-family="Noto Sans" font-weight="${style.weight}" font-size="${style.size}"${halo}`;
}

// Far from the edges, so no ink is cut off before it is measured.
const ORIGIN = 1000;
const measured = new Map<string, Box | null>();

/** The ink box of `text` set at (0, 0) in `style`, as resvg draws it; null when it draws nothing. */
export function measureText(text: string, style: TextStyle): Box | null {
  const key = `${style.weight}/${style.size}/${style.halo ?? 0}/${text}`;
  if (!measured.has(key)) {
    const stroke = style.halo ? ` stroke="#000"` : "";
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${ORIGIN * 4}" height="${ORIGIN * 2}">` +
      `<text x="${ORIGIN}" y="${ORIGIN}" ${fontAttributes(style)}${stroke}>${escapeHtml(text)}</text></svg>`;
    const box = new Resvg(svg, { font: CARD_FONTS }).getBBox();
    measured.set(key, box ? { x: box.x - ORIGIN, y: box.y - ORIGIN, width: box.width, height: box.height } : null);
  }
  return measured.get(key)!;
}

/** How far right of its origin a line's ink reaches. */
export function inkRight(text: string, style: TextStyle): number {
  const box = measureText(text, style);
  return box ? box.x + box.width : 0;
}

/** A text broken into lines at one size. */
export interface FittedText {
  size: number;
  lines: string[];
}

export interface FitOptions {
  weight: 400 | 700;
  /** Sizes to try, largest first: the first that fits wins. */
  sizes: number[];
  maxWidth: number;
  maxLines: number;
  /** A further test of a candidate (the column's height), beyond every line fitting `maxWidth`. */
  accept?: (fitted: FittedText) => boolean;
}

/**
 * The largest size at which `text` breaks into at most `maxLines` lines that each fit `maxWidth`,
 * with the fewest lines, then the fewest breaks inside a word (after a dash, as in
 * "Kazakhstan–Turkmenistan–Iran"), then the most even lines. Null when no size fits.
 */
export function fitText(text: string, options: FitOptions): FittedText | null {
  const tokens = tokenize(text);
  // Widths grow in proportion to the size (resvg does not hint), so lines are compared at one
  // reference size; the chosen lines are then measured again at their own size.
  const reference = 100;
  const style = { size: reference, weight: options.weight };
  const widths = new Map<string, number>();
  const widthOf = (from: number, to: number) => {
    const line = joinTokens(tokens, from, to);
    if (!widths.has(line)) widths.set(line, inkRight(line, style));
    return widths.get(line)!;
  };
  for (const size of options.sizes) {
    const limit = (options.maxWidth * reference) / size;
    const breaks = bestBreaks(tokens, widthOf, limit, options.maxLines);
    if (!breaks) continue;
    const lines = breaks.map(([from, to]) => joinTokens(tokens, from, to));
    const fitted = { size, lines };
    const fits = lines.every((line) => inkRight(line, { size, weight: options.weight }) <= options.maxWidth);
    if (fits && (options.accept?.(fitted) ?? true)) return fitted;
  }
  return null;
}

/** A word or the part of one after a dash, and what joins it to the one before. */
interface Token {
  text: string;
  joiner: "" | " ";
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const word of text.trim().split(/\s+/)) {
    // A lone dash stays on the line of the word before it: a line never starts with "—".
    const last = tokens[tokens.length - 1];
    if (/^[–—-]$/.test(word) && last) {
      last.text += ` ${word}`;
      continue;
    }
    word.split(/(?<=[^\s–—-][–—-])(?=[^\s–—-])/).forEach((part, i) => tokens.push({ text: part, joiner: i === 0 && tokens.length > 0 ? " " : "" }));
  }
  return tokens;
}

function joinTokens(tokens: Token[], from: number, to: number): string {
  return tokens.slice(from, to).map((t, i) => (i === 0 ? t.text : `${t.joiner}${t.text}`)).join("");
}

type Cost = [inWordBreaks: number, widest: number];
const better = (a: Cost, b: Cost) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

/** The best split of `tokens` into the fewest lines of at most `limit`, as [from, to) ranges. */
function bestBreaks(tokens: Token[], widthOf: (from: number, to: number) => number, limit: number, maxLines: number): [number, number][] | null {
  for (let lines = 1; lines <= Math.min(maxLines, tokens.length); lines++) {
    const memo = new Map<string, { cost: Cost; ranges: [number, number][] } | null>();
    const solve = (from: number, left: number): { cost: Cost; ranges: [number, number][] } | null => {
      const key = `${from}/${left}`;
      if (memo.has(key)) return memo.get(key)!;
      let best: { cost: Cost; ranges: [number, number][] } | null = null;
      const lastTo = left === 1 ? tokens.length : tokens.length - left + 1;
      for (let to = left === 1 ? tokens.length : from + 1; to <= lastTo; to++) {
        const width = widthOf(from, to);
        if (width > limit) break;
        const rest = left === 1 ? { cost: [0, 0] as Cost, ranges: [] } : solve(to, left - 1);
        if (!rest) continue;
        const inWord = to < tokens.length && tokens[to]!.joiner === "" ? 1 : 0;
        const cost: Cost = [rest.cost[0] + inWord, Math.max(rest.cost[1], width)];
        if (!best || better(cost, best.cost)) best = { cost, ranges: [[from, to], ...rest.ranges] };
      }
      memo.set(key, best);
      return best;
    };
    const found = solve(0, lines);
    if (found) return found.ranges;
  }
  return null;
}
