// The address is untrusted input. parseUrlState reads what the atlas should show from it and
// never throws: whatever it cannot use becomes a problem the app shows as a short notice.
//
// Under the site's base:   (overview)   corridors/<id>/   hubs/<id>/   tour/
// Query:  ?embed  — the map and panel without the site's chrome, for an iframe.
// Hash:   map=<zoom>/<lat>/<lng> (MapLibre's camera)  quote=<id>  stop=<n>  year=<yyyy> (the network then)
import { isCorridorId, quoteIdFromHash } from "./selection";
import type { Camera, Selection } from "../model/view";

export type View = Selection | { kind: "tour" } | undefined;


export type UrlProblem =
  | { kind: "unknown-corridor"; id: string }
  | { kind: "unknown-hub"; id: string }
  | { kind: "unknown-address"; path: string };

export interface UrlState {
  /** What to show; undefined is the overview. */
  view: View;
  embed: boolean;
  /** `?presenter` on the tour: the speaker's window. */
  presenter: boolean;
  camera?: Camera;
  quote?: string;
  /** The tour stop asked for (1-based), as written; the tour clamps it. */
  stop?: number;
  /** The year the network is shown in, as written (four digits); none is today. The app clamps it. */
  year?: number;
  problems: UrlProblem[];
}

export interface AddressParts { pathname: string; search: string; hash: string }

// Echoed back in notices: keep it short and plain.
const shown = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function parseCamera(hashParams: URLSearchParams): Camera | undefined {
  const [zoom, lat, lng] = (hashParams.get("map") ?? "").split("/").map((part) => (part.trim() === "" ? NaN : Number(part)));
  if (![zoom, lat, lng].every((n) => Number.isFinite(n))) return undefined;
  if (zoom! < 0 || zoom! > 24 || Math.abs(lat!) > 85 || Math.abs(lng!) > 180) return undefined;
  return { zoom: zoom!, lat: lat!, lng: lng! };
}

function parseView(path: string, hubIds: ReadonlySet<string>): { view: View; problem?: UrlProblem } {
  const raw = path.split("/").filter((s) => s !== "" && s !== "index.html");
  const segments = raw.map(decode);
  if (segments.some((s) => s === undefined)) return { view: undefined, problem: { kind: "unknown-address", path: shown(path) } };
  const [section, id, ...rest] = segments as string[];
  if (section === undefined) return { view: undefined };
  if (rest.length === 0 && section === "tour" && id === undefined) return { view: { kind: "tour" } };
  if (rest.length === 0 && (section === "corridors" || section === "hubs")) {
    if (id === undefined) return { view: undefined };
    if (section === "corridors") {
      return isCorridorId(id) ? { view: { kind: "corridor", id } } : { view: undefined, problem: { kind: "unknown-corridor", id: shown(id) } };
    }
    return hubIds.has(id) ? { view: { kind: "hub", id } } : { view: undefined, problem: { kind: "unknown-hub", id: shown(id) } };
  }
  return { view: undefined, problem: { kind: "unknown-address", path: shown(segments.join("/")) } };
}

/** Never throws. `basePath` starts and ends with "/". */
export function parseUrlState({ pathname, search, hash }: AddressParts, basePath: string, hubIds: ReadonlySet<string>): UrlState {
  const problems: UrlProblem[] = [];
  const withSlash = pathname.endsWith("/") ? pathname : `${pathname}/`;
  let view: View;
  if (!withSlash.startsWith(basePath)) {
    problems.push({ kind: "unknown-address", path: shown(pathname) });
  } else {
    const parsed = parseView(withSlash.slice(basePath.length), hubIds);
    view = parsed.view;
    if (parsed.problem) problems.push(parsed.problem);
  }
  const query = new URLSearchParams(search);
  const hashParams = new URLSearchParams(hash.replace(/^#/, ""));
  const stopText = hashParams.get("stop");
  const stop = stopText !== null && /^-?\d{1,6}$/.test(stopText) ? Number(stopText) : undefined;
  const yearText = hashParams.get("year");
  const year = yearText !== null && /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
  return {
    view,
    embed: query.has("embed"),
    presenter: query.has("presenter"),
    camera: parseCamera(hashParams),
    quote: quoteIdFromHash(hash),
    ...(stop !== undefined ? { stop } : {}),
    ...(year !== undefined ? { year } : {}),
    problems,
  };
}

/** The path of a view under the base: what a person would share. */
export function formatPath(view: View, basePath: string): string {
  if (!view) return basePath;
  if (view.kind === "tour") return `${basePath}tour/`;
  return `${basePath}${view.kind === "corridor" ? "corridors" : "hubs"}/${encodeURIComponent(view.id)}/`;
}

/**
 * The camera as MapLibre's `hash` option writes it: zoom to two decimals, and as many decimals of
 * latitude and longitude as move the centre by under half a pixel at that zoom.
 */
export function formatCamera({ zoom, lat, lng }: Camera): string {
  const z = Math.round(zoom * 100) / 100;
  const precision = Math.max(0, Math.ceil((z * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
  const m = 10 ** precision;
  return `${z}/${Math.round(lat * m) / m}/${Math.round(lng * m) / m}`;
}

/** What an address says, without its problems: the input of formatUrlState. */
export type AddressState = Omit<UrlState, "problems">;

/**
 * The address (path, query and fragment) of a state: the inverse of parseUrlState, so
 * `parseUrlState(formatUrlState(s))` gives `s` back. `basePath` starts and ends with "/".
 */
export function formatUrlState(state: AddressState, basePath: string): string {
  const query = new URLSearchParams();
  if (state.embed) query.set("embed", "");
  if (state.presenter) query.set("presenter", "");
  const hash = new URLSearchParams();
  if (state.camera) hash.set("map", formatCamera(state.camera));
  if (state.quote) hash.set("quote", state.quote);
  if (state.stop !== undefined) hash.set("stop", String(state.stop));
  if (state.year !== undefined) hash.set("year", String(state.year));
  // Flags read better bare (`?embed`), and the camera's slashes are safe in a fragment.
  const search = query.toString().replace(/=(&|$)/g, "$1");
  const fragment = hash.toString().replace(/%2F/g, "/");
  return `${formatPath(state.view, basePath)}${search ? `?${search}` : ""}${fragment ? `#${fragment}` : ""}`;
}
