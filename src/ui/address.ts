// The one owner of the address bar: the only module that reads or writes `location` and
// `history`. The path says what is shown (state/url-state.ts); the fragment carries the camera,
// the quote and the tour stop. A pick pushes an entry, so Back returns to the last view; camera
// moves, quotes and tour steps replace the entry, so Back never walks through a hundred pans.
import { formatCamera, formatUrlState, parseUrlState, type AddressParts, type AddressState, type UrlState } from "../state/url-state";
import type { Camera } from "../model/view";
import { hashWith } from "../state/selection";
import { publicAddress } from "../model/site-config";

/** The address as it is now, path, query and fragment. */
export const currentAddress = (): AddressParts => ({ pathname: location.pathname, search: location.search, hash: location.hash });

/**
 * A path under the site's base (from formatPath or formatUrlState) at the site's public address
 * (SITE_URL, else where it is served): what a shared link, an embed code, a citation or a printout names.
 */
export const publicUrl = (localPath: string): string =>
  publicAddress(localPath, import.meta.env.BASE_URL, import.meta.env.VITE_SITE_URL, () => location.origin);

/** The page's full URL: what relative data and worker URLs resolve against. */
export const pageHref = (): string => location.href;

/** What the address asks to show. Never throws (see parseUrlState). */
export const readAddress = (basePath: string, hubIds: ReadonlySet<string>): UrlState => parseUrlState(location, basePath, hubIds);

/** What an entry remembers beside its address. */
interface EntryState {
  /** The camera in the address is the atlas's framing of the view, not one the reader chose or was sent. */
  framed?: boolean;
}

const write = (url: string, how: "push" | "replace", state: EntryState | null = history.state as EntryState | null) => {
  // A new entry is always framed next (a pick, leaving the tour): until it is, the camera it
  // carries over is the last view's, to be framed again if the reader comes back before then.
  if (how === "push") history.pushState({ framed: true } satisfies EntryState, "", url);
  else history.replaceState(state, "", url);
};

/**
 * Whether this entry's camera is one the atlas framed for the screen it was on (then Back frames
 * the view again, for the screen as it is now: a phone's list may have been pulled up), rather
 * than the reader's own or a shared link's.
 */
export const addressCameraIsFramed = (): boolean => (history.state as EntryState | null)?.framed === true;

/** Shows a state's address: a new history entry, or in place of the current one. Writes nothing if unchanged. */
export function showAddress(state: AddressState, basePath: string, how: "push" | "replace"): void {
  const url = formatUrlState(state, basePath);
  if (url !== `${location.pathname}${location.search}${location.hash}`) write(url, how);
}

/**
 * Changes parameters of the fragment (camera, quote, stop, year), keeping the rest and the entry.
 * `year: null` removes the year (today), `quote: null` the quote. `framed` says whose the camera is (addressCameraIsFramed).
 */
export function setFragment(changes: { camera?: Camera; framed?: boolean; quote?: string | null; stop?: number; year?: number | null }): void {
  const hash = hashWith(location.hash, {
    ...(changes.camera ? { map: formatCamera(changes.camera) } : {}),
    ...(changes.quote !== undefined ? { quote: changes.quote ?? undefined } : {}),
    ...(changes.stop !== undefined ? { stop: String(changes.stop) } : {}),
    ...(changes.year !== undefined ? { year: changes.year === null ? undefined : String(changes.year) } : {}),
  });
  const state: EntryState | null = changes.camera ? { ...(history.state as EntryState | null), framed: changes.framed ?? false } : history.state as EntryState | null;
  if (hash !== location.hash || state?.framed !== addressCameraIsFramed()) write(`${location.pathname}${location.search}${hash}`, "replace", state);
}

/** Calls `listener` when Back, Forward or an edited address changes the entry; returns the cleanup. */
export function makeAddressListener(listener: () => void): () => void {
  window.addEventListener("popstate", listener);
  return () => window.removeEventListener("popstate", listener);
}

export const reloadPage = (): void => location.reload();
