// Where each hub's name goes on its own page and tour stop (zoom HUB_ZOOM): of the places around
// its point that the map tries (src/map/hub-name-places.ts), the first that lies clear of every
// corridor line as drawn, for the name as set in the bundle's language. MapLibre places a name
// clear of other names, but knows nothing of lines: on 7 of the 20 hub pages at 1440×900 it set
// the hub's own name over its lines (the Port of Turkmenbashi's over the railway leaving it east).
import { createPropertyExpression, latest } from "@maplibre/maplibre-gl-style-spec";
import type { FeatureCollection, LineString, MultiLineString, Position } from "geojson";
import type { AtlasData, Hub } from "../../src/model/corridor.ts";
import { screenPoint } from "../../src/model/screen-edges.ts";
import { HUB_ZOOM } from "../../src/model/view.ts";
import { HUB_LABEL_LAYER_IDS, SHOWN_HUB_STATE, corridorFeatures, corridorOverlay } from "../../src/map/corridor-layers.ts";
import { PLACES, placeOffset, type HubNameAnchor } from "../../src/map/hub-name-places.ts";
import { measureText } from "../share/measure-text.ts";

/** How the hub shown is named on its page: the map's own label layout, as MapLibre evaluates it. */
interface NameLayout { size: number; maxWidthEms: number; lineHeightEms: number; paddingPx: number }

/** Pixels either side of a line's centre a name keeps clear of: the casing's half width, side-by-side offsets, the halo. */
const LINE_CLEARANCE_PX = 10;
/** Lines are sampled this often along their length, in pixels at HUB_ZOOM. */
const SAMPLE_STEP_PX = 2;
/** Only lines this near the hub, in pixels, can lie under its name. */
const REACH_PX = 400;

/** The layout of the hub shown's name at HUB_ZOOM: the same for every hub, as each is the one shown on its page. */
function shownHubNameLayout(data: AtlasData): NameLayout {
  const layer = corridorOverlay(data, 0).layers.find((l) => l.id === HUB_LABEL_LAYER_IDS[0]) as { layout: Record<string, unknown> };
  const spec = latest.layout_symbol as unknown as Record<string, { default: number }>;
  const parsed = createPropertyExpression(layer.layout["text-size"], "text-size", spec["text-size"] as never);
  if (parsed.result !== "success") throw new Error(`the hub names' text-size does not parse: ${JSON.stringify(parsed.value)}`);
  const shown = "the hub shown";
  const size = parsed.value.evaluate({ zoom: HUB_ZOOM, globalState: { [SHOWN_HUB_STATE]: shown } } as never, { type: 1, properties: { id: shown } } as never) as number;
  const given = (property: string) => (layer.layout[property] as number | undefined) ?? spec[property]!.default;
  return { size, maxWidthEms: given("text-max-width"), lineHeightEms: given("text-line-height"), paddingPx: given("text-padding") };
}

/**
 * The lines a name is set in, as MapLibre breaks it: as few lines as its width allows, each no
 * wider than the maximum where words allow, and as even as the words allow.
 */
export function breakName(words: string[], widthOf: (line: string) => number, maxWidth: number): string[] {
  const whole = widthOf(words.join(" "));
  const count = Math.min(words.length, Math.max(1, Math.ceil(whole / maxWidth)));
  const target = whole / count;
  let best: { lines: string[]; badness: number } | undefined;
  // Every way to cut the words into `count` lines (names are a few words long).
  const cut = (from: number, left: number, lines: string[]) => {
    if (left === 1) {
      const all = [...lines, words.slice(from).join(" ")];
      const badness = all.reduce((sum, line) => sum + (widthOf(line) - target) ** 2, 0);
      if (!best || badness < best.badness) best = { lines: all, badness };
      return;
    }
    for (let end = from + 1; end <= words.length - left + 1; end++) cut(end, left - 1, [...lines, words.slice(from, end).join(" ")]);
  };
  cut(0, count, []);
  return best!.lines;
}

/** The box a name of `width` × `height` takes at each place, relative to the point, padding included. */
function placeBox([, x, y]: (typeof PLACES)[number], width: number, height: number, layout: NameLayout) {
  const [dx, dy] = placeOffset(x, y).map((ems) => ems * layout.size);
  const along = (reach: number, offset: number, extent: number): [number, number] =>
    reach > 0 ? [offset, offset + extent] : reach < 0 ? [offset - extent, offset] : [-extent / 2, extent / 2];
  const [[x0, x1], [y0, y1]] = [along(x, dx!, width), along(y, dy!, height)];
  const pad = layout.paddingPx + LINE_CLEARANCE_PX;
  return { x0: x0 - pad, x1: x1 + pad, y0: y0 - pad, y1: y1 + pad };
}

/** Points every SAMPLE_STEP_PX along every line, in pixels from the hub at HUB_ZOOM, those within REACH_PX. */
function linePointsNear(hub: Hub, lines: Position[][]): [number, number][] {
  const [lng, lat] = hub.geometry.coordinates as [number, number];
  const camera = { lng, lat, zoom: HUB_ZOOM, widthPx: 0, heightPx: 0 };
  const points: [number, number][] = [];
  for (const line of lines) {
    const screen = line.map((p) => screenPoint(p, camera));
    screen.slice(1).forEach((b, i) => {
      const a = screen[i]!;
      if (Math.min(Math.hypot(a.x, a.y), Math.hypot(b.x, b.y)) > REACH_PX + Math.hypot(b.x - a.x, b.y - a.y)) return;
      const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / SAMPLE_STEP_PX));
      for (let s = 0; s <= steps; s++) points.push([a.x + ((b.x - a.x) * s) / steps, a.y + ((b.y - a.y) * s) / steps]);
    });
  }
  return points;
}

/** For each hub, how many line samples lie under its name at each place (PLACES' order), on its own page. */
export function linesUnderName(data: AtlasData): Record<string, number[]> {
  const lines = (corridorFeatures(data) as FeatureCollection<LineString | MultiLineString>).features
    .flatMap(({ geometry: g }) => (g.type === "LineString" ? [g.coordinates] : g.coordinates));
  const layout = shownHubNameLayout(data);
  const widthOf = (text: string) => measureText(text, { size: layout.size, weight: 700 })?.width ?? 0;
  return Object.fromEntries(data.hubs.features.map((hub) => {
    const nameLines = breakName(hub.properties.name.split(" "), widthOf, layout.maxWidthEms * layout.size);
    const [width, height] = [Math.max(...nameLines.map(widthOf)), nameLines.length * layout.lineHeightEms * layout.size];
    const near = linePointsNear(hub, lines);
    return [hub.properties.id, PLACES.map((place) => {
      const box = placeBox(place, width, height, layout);
      return near.filter(([x, y]) => x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1).length;
    })];
  }));
}

/** The place a name takes, of those `crossed` counts (PLACES' order): the first that no line crosses, else the least crossed. */
export const clearestPlace = (crossed: number[]): HubNameAnchor => PLACES[crossed.indexOf(Math.min(...crossed))]![0];

/**
 * Where a name that must go over or under its point goes (on a map too narrow for it beside the
 * point either way, as a phone's): over it (true) where fewer lines cross there than under it.
 */
export function overRatherThanUnder(crossed: number[]): boolean {
  const [under, over] = (["top", "bottom"] as const).map((anchor) => crossed[PLACES.findIndex(([a]) => a === anchor)]!);
  return over! < under!;
}
