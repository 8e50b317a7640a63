// Selections in the address: which corridor ids exist, and the quote a link points at.
import { CORRIDOR_IDS, type CorridorId } from "../model/corridor";
import { OVERVIEW, type Quote } from "../model/article";
import type { Selection } from "../model/view";

export const isCorridorId = (id: string): id is CorridorId => (CORRIDOR_IDS as readonly string[]).includes(id);

/**
 * The quote a link points at: `#quote=<id>` (alongside MapLibre's `map=` camera). Never throws;
 * anything else is undefined.
 */
export function quoteIdFromHash(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const id = params.get("quote");
  return id && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) ? id : undefined;
}

/**
 * The id of a quote's element, and so its fragment: `#quote=<id>` is a real in-page link to it,
 * which the app also reads on load to open the quote's panel.
 */
export const quoteElementId = (quoteId: string): string => `quote=${quoteId}`;

/**
 * A fragment with some of its parameters set (or, given undefined, removed), the others kept:
 * the camera, the quote and the tour stop share the fragment.
 */
export function hashWith(currentHash: string, changes: Readonly<Record<string, string | undefined>>): string {
  const params = new URLSearchParams(currentHash.replace(/^#/, ""));
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) params.delete(key);
    else params.set(key, value);
  }
  // URLSearchParams would escape the camera's slashes; they are safe in a fragment.
  const text = params.toString().replace(/%2F/g, "/");
  return text ? `#${text}` : "";
}

/** The address of a quote's own link, keeping the camera already in the hash. */
export const hashForQuote = (currentHash: string, quoteId: string): string => hashWith(currentHash, { quote: quoteId });

/**
 * The page a quote's link opens on when the page it names does not show it: the overview if the
 * overview quotes it, else the first corridor or hub it is about.
 */
export function quoteHome(quote: Quote): Selection | undefined {
  const about = quote.about.find((id) => id !== OVERVIEW);
  if (!about || quote.about.includes(OVERVIEW)) return undefined;
  return isCorridorId(about) ? { kind: "corridor", id: about } : { kind: "hub", id: about };
}
