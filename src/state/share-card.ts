// Which share card shows a view. The build renders one card per view and language under share/;
// link previews point at it and the presenter view shows the next stop's card as its preview.
import type { View } from "./url-state";

/** The card's path under share/, e.g. "ru/corridor-kti.png"; `localeDir` is "" or "ru/". */
export function shareCardFile(view: View, localeDir: string): string {
  const name = view?.kind === "corridor" ? `corridor-${view.id}.png`
    : view?.kind === "hub" ? `hub-${view.id}.png`
    : "overview.png";
  return `${localeDir}${name}`;
}

/** The card's address on the site: `base` is the site's base path ("/sub/"). */
export const shareCardUrl = (view: View, localeDir: string, base: string): string => `${base}share/${shareCardFile(view, localeDir)}`;
