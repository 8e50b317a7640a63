// The tour's pure core: which stop comes next, what a key means, and what a stop number in an
// address may be. No DOM here; the UI feeds it key names and numbers.
import type { TourShow } from "../model/corridor";
import type { Camera, Selection } from "../model/view";

export type TourAction = "next" | "previous" | "first" | "last" | "black" | "fullscreen" | "caption" | "escape" | "help" | "swallow";

export interface KeyInput { key: string; shiftKey?: boolean; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean }

/**
 * The tour's keys, as clickers and presentation tools send them (KeyboardEvent.key; letters in
 * both cases, "Space" and "Shift+Space" for the space bar). The handler and the keys dialog both
 * read this one table; the dialog lists the rows in this order and leaves out what `swallow`s.
 */
export const TOUR_KEYS: readonly { action: TourAction; keys: readonly string[] }[] = [
  { action: "next", keys: ["ArrowRight", "ArrowDown", "PageDown", "Space", "n", "N", "Enter"] },
  { action: "previous", keys: ["ArrowLeft", "ArrowUp", "PageUp", "p", "P", "Backspace", "Shift+Space"] },
  { action: "first", keys: ["Home"] },
  { action: "last", keys: ["End"] },
  // B and "." are the "black screen" button of most clickers (Logitech sends ".").
  { action: "black", keys: ["b", "B", "."] },
  { action: "fullscreen", keys: ["f", "F"] },
  // Hide the caption to show the whole map (and bring it back).
  { action: "caption", keys: ["h", "H"] },
  { action: "escape", keys: ["Escape"] },
  { action: "help", keys: ["?"] },
  // Some clickers send F5 for "start": it must never reload the page on stage.
  { action: "swallow", keys: ["F5"] },
];

const ACTION_BY_KEY = new Map(TOUR_KEYS.flatMap(({ action, keys }) => keys.map((key) => [key, action] as const)));

/**
 * What a key press asks of the tour, or undefined for keys the tour leaves alone. Never throws.
 */
export function tourActionForKey({ key, shiftKey = false, ctrlKey = false, metaKey = false, altKey = false }: KeyInput): TourAction | undefined {
  // Browser shortcuts (Ctrl+R, Cmd+L…) stay the browser's.
  if (ctrlKey || metaKey || altKey) return undefined;
  const space = key === " " || key === "Spacebar";
  return ACTION_BY_KEY.get(space ? (shiftKey ? "Shift+Space" : "Space") : key);
}

/** How the keys dialog writes a key; the space bar's name is the page language's. */
const KEYCAPS: Record<string, string> = { ArrowRight: "→", ArrowDown: "↓", ArrowLeft: "←", ArrowUp: "↑", PageDown: "Page Down", PageUp: "Page Up", Escape: "Esc" };

/** The keys dialog's rows: each action's keys as keycaps (a letter once, in capitals), and the action. */
export function tourKeyRows(spaceName: string): { action: Exclude<TourAction, "swallow">; keycaps: string }[] {
  return TOUR_KEYS.flatMap(({ action, keys }) => {
    if (action === "swallow") return [];
    const shown = keys.filter((key) => !(key.length === 1 && key !== key.toUpperCase() && keys.includes(key.toUpperCase())));
    const keycaps = shown.map((key) => key.replace("Space", spaceName)).map((key) => KEYCAPS[key] ?? key).join(" ");
    return [{ action, keycaps }];
  });
}

/**
 * What the map shows at a stop: a corridor or hub framed as a pick of it would be, the overview
 * (no selection), or the stop's own camera. Every kind the data may hold is handled here.
 */
export function viewOfStop(show: TourShow): { selection: Selection | undefined; camera?: Camera } {
  switch (show.kind) {
    case "corridor": case "hub": return { selection: show };
    case "overview": return { selection: undefined };
    case "camera": return { selection: undefined, camera: { zoom: show.zoom, lng: show.center[0], lat: show.center[1] } };
  }
}

/** Actions that move between stops. */
export const isStepAction = (action: TourAction): action is "next" | "previous" | "first" | "last" =>
  action === "next" || action === "previous" || action === "first" || action === "last";

/** What the presenter window passes on to the main window, besides steps: both change what the audience sees. */
export type RemoteAction = "black" | "caption";
export const isRemoteAction = (action: unknown): action is RemoteAction => action === "black" || action === "caption";

/** The stop (0-based) an action leads to from `current`; stays put at the ends. */
export function stepTo(current: number, action: TourAction, count: number): number {
  const last = Math.max(0, count - 1);
  switch (action) {
    case "next": return Math.min(last, current + 1);
    case "previous": return Math.max(0, current - 1);
    case "first": return 0;
    case "last": return last;
    default: return current;
  }
}

/**
 * The 0-based stop for a 1-based number from an address: garbage is the first stop, anything
 * out of range the nearest real stop.
 */
export function clampStop(stopNumber: number | undefined, count: number): number {
  if (stopNumber === undefined || !Number.isFinite(stopNumber) || count < 1) return 0;
  return Math.min(count - 1, Math.max(0, Math.round(stopNumber) - 1));
}

/** "3 / 12", with the numbers in the page's language and its own wording around them. */
export const progressLabel = (
  index: number,
  count: number,
  formatNumber: (n: number) => string = String,
  wording: (stop: string, count: string) => string = (stop, total) => `${stop} / ${total}`,
): string => wording(formatNumber(index + 1), formatNumber(count));

/** What the tour has open, that Escape closes before anything else. */
export interface EscapeContext { help: boolean; black: boolean; fullscreen: boolean; askedToLeave: boolean }
export type EscapeEffect = "close-help" | "close-black" | "exit-fullscreen" | "ask-to-leave" | "leave";

/**
 * What Escape does: closes what is open, one thing a press; then asks, and only a second press
 * in a row leaves. Some clickers send Escape from their "start/stop" button (alternating with F5),
 * and a single stray press must not drop the presenter out of the tour on stage.
 */
export function escapeEffect({ help, black, fullscreen, askedToLeave }: EscapeContext): EscapeEffect {
  if (help) return "close-help";
  if (black) return "close-black";
  if (fullscreen) return "exit-fullscreen";
  return askedToLeave ? "leave" : "ask-to-leave";
}
