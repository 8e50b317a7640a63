// The one owner of the address bar: the only module that reads or writes `location` and
// `history`. The path says what is shown (state/url-state.ts); the fragment carries the camera,
// the quote and the tour stop. A pick pushes an entry, so Back returns to the last view; camera
// moves, quotes and tour steps replace the entry, so Back never walks through a hundred pans.
import { formatCamera, formatUrlState, parseUrlState, type AddressParts, type AddressState, type UrlState } from "../state/url-state";
import type { Camera } from "../model/view";
import { hashWith } from "../state/selection";

/** The address as it is now, path, query and fragment. */
export const currentAddress = (): AddressParts => ({ pathname: location.pathname, search: location.search, hash: location.hash });

/**
 * A path under the site's base (from formatPath or formatUrlState) at the site's public address
 * (SITE_URL): what a shared link, an embed code, a citation or a printout names.
 */
export const publicUrl = (localPath: string): string =>
  new URL(localPath.slice(import.meta.env.BASE_URL.length), import.meta.env.VITE_SITE_URL).href;

/** The page's full URL: what relative data and worker URLs resolve against. */
export const pageHref = (): string => location.href;

/** What the address asks to show. Never throws (see parseUrlState). */
export const readAddress = (basePath: string, hubIds: ReadonlySet<string>): UrlState => parseUrlState(location, basePath, hubIds);

const write = (url: string, how: "push" | "replace") => {
  if (how === "push") history.pushState(null, "", url);
  else history.replaceState(history.state, "", url);
};

/** Shows a state's address: a new history entry, or in place of the current one. Writes nothing if unchanged. */
export function showAddress(state: AddressState, basePath: string, how: "push" | "replace"): void {
  const url = formatUrlState(state, basePath);
  if (url !== `${location.pathname}${location.search}${location.hash}`) write(url, how);
}

/**
 * Changes parameters of the fragment (camera, quote, stop, year), keeping the rest and the entry.
 * `year: null` removes the year (today).
 */
export function setFragment(changes: { camera?: Camera; quote?: string; stop?: number; year?: number | null }): void {
  const hash = hashWith(location.hash, {
    ...(changes.camera ? { map: formatCamera(changes.camera) } : {}),
    ...(changes.quote ? { quote: changes.quote } : {}),
    ...(changes.stop !== undefined ? { stop: String(changes.stop) } : {}),
    ...(changes.year !== undefined ? { year: changes.year === null ? undefined : String(changes.year) } : {}),
  });
  if (hash !== location.hash) write(`${location.pathname}${location.search}${hash}`, "replace");
}

/** Calls `listener` when Back, Forward or an edited address changes the entry; returns the cleanup. */
export function makeAddressListener(listener: () => void): () => void {
  window.addEventListener("popstate", listener);
  return () => window.removeEventListener("popstate", listener);
}

export const reloadPage = (): void => location.reload();
