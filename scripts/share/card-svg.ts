// The share card of a page as SVG, in two areas that never overlap: an opaque text column on the
// left (site name, title, subtitle, sized by measuring the rendered text) and the map on the
// right, clipped to its own area and framed on the subject, naming a few hubs. Rendered to PNG
// by render-card.ts.
import { geoMercator, geoPath, type GeoProjection } from "d3-geo";
import { lineString } from "@turf/helpers";
import { simplify } from "@turf/simplify";
import type { Feature, FeatureCollection, Geometry, MultiLineString, Position } from "geojson";
import type { AtlasData, CorridorId } from "../../src/model/corridor.ts";
import { THEME } from "../../src/map/theme.ts";
import type { View } from "../../src/state/url-state.ts";
import type { SiteWords } from "../../src/i18n/messages.ts";
import { CARD, escapeHtml } from "./page-meta.ts";
import { fitText, fontAttributes, type Box, type FittedText, type TextStyle } from "./measure-text.ts";
import { DOT_RADIUS, FOCUS_DOT_RADIUS, LABEL_STYLE, MAX_LABELS, labelCandidates, placeLabels, type PlacedLabel } from "./card-labels.ts";

export interface CardBackground {
  land: Feature<Geometry>[];
  borders: MultiLineString;
}

const GREY = "#9d958f";
const PAPER = THEME.halo;
export const COLUMN_WIDTH = 540;
const TEXT_X = 56;
/** The text's right edge keeps this far from the map. */
const TEXT_WIDTH = COLUMN_WIDTH - TEXT_X - 40;
/** The only part of the card the map draws in. */
export const MAP_AREA: Box = { x: COLUMN_WIDTH, y: 0, width: CARD.width - COLUMN_WIDTH, height: CARD.height };
const MAP_MARGIN = 44;
const SITE_NAME: TextStyle & { baseline: number } = { size: 30, weight: 700, baseline: 86 };
/** Title and subtitle share the column between the site name and the foot, centred in it. */
const TEXT_TOP = 128;
const TEXT_BOTTOM = CARD.height - 52;
const TITLE = { weight: 700, sizes: [58, 56, 54, 52, 50, 48, 46, 44, 42, 40, 38, 36], maxLines: 4, leading: 1.12 } as const;
const SUBTITLE = { weight: 400, sizes: [28, 26, 24, 22], maxLines: 3, leading: 1.3 } as const;
const TITLE_GAP = 22;
/** How many names a hub card gives: its hub and up to three neighbours. */
const HUB_CARD_LABELS = 4;
/** A hub card shows this far around its hub, in degrees of longitude and latitude. */
const HUB_SURROUNDINGS: [number, number] = [5, 4];

/** A text block as set: its lines' size and each line's baseline. */
export interface SetText extends FittedText {
  x: number;
  baselines: number[];
}

/** Everything a card draws, decided before drawing, so tests can draw its parts apart. */
export interface CardLayout {
  siteName: string;
  title: SetText;
  subtitle: SetText;
  projection: GeoProjection;
  corridors: AtlasData["corridors"];
  focus: Set<CorridorId>;
  labels: PlacedLabel[];
  focusDot?: [number, number];
}

export type CardPart = "base" | "text" | "lines" | "labels";
export const CARD_PARTS: readonly CardPart[] = ["base", "text", "lines", "labels"];

/** What a view's card is about, and the part of the world its map frames. */
function focusOf(view: View, data: AtlasData, t: SiteWords): { corridors: Set<CorridorId>; frame: Feature[]; title: string; subtitle: string } {
  if (view?.kind === "corridor") {
    const c = data.corridors.find((x) => x.id === view.id)!;
    return { corridors: new Set([c.id]), frame: c.segments.features, title: c.name, subtitle: c.shortName === c.name ? t.cardCorridorSubtitle : c.shortName };
  }
  if (view?.kind === "hub") {
    const hub = data.hubs.features.find((h) => h.properties.id === view.id)!;
    const [lng, lat] = hub.geometry.coordinates as [number, number];
    const [dx, dy] = HUB_SURROUNDINGS;
    const around: Feature = { type: "Feature", properties: {}, geometry: { type: "LineString", coordinates: [[lng - dx, lat - dy], [lng + dx, lat + dy]] } };
    return { corridors: new Set(hub.properties.corridors), frame: [around], title: hub.properties.name, subtitle: t.hubKinds[hub.properties.kind] };
  }
  return { corridors: new Set(data.corridors.map((c) => c.id)), frame: data.corridors.flatMap((c) => c.segments.features), title: t.cardOverviewTitle, subtitle: t.cardOverviewSubtitle };
}

/** The title and subtitle at the largest sizes at which both fit the column; throws, naming the text, when none does. */
function setTexts(title: string, subtitle: string): { title: SetText; subtitle: SetText } {
  const height = (f: FittedText, leading: number) => f.lines.length * f.size * leading;
  let sub: FittedText | null = null;
  const head = fitText(title, {
    ...TITLE, sizes: [...TITLE.sizes], maxWidth: TEXT_WIDTH,
    accept: (t) => (sub = fitText(subtitle, {
      ...SUBTITLE, sizes: [...SUBTITLE.sizes], maxWidth: TEXT_WIDTH,
      accept: (s) => height(t, TITLE.leading) + TITLE_GAP + height(s, SUBTITLE.leading) <= TEXT_BOTTOM - TEXT_TOP,
    })) !== null,
  });
  if (!head || !sub) throw new Error(`share card: "${title}" / "${subtitle}" does not fit a ${TEXT_WIDTH} px column at ${TITLE.sizes.at(-1)} px`);
  const fittedSub: FittedText = sub;
  const total = height(head, TITLE.leading) + TITLE_GAP + height(fittedSub, SUBTITLE.leading);
  const top = TEXT_TOP + (TEXT_BOTTOM - TEXT_TOP - total) / 2;
  // A baseline sits where a line box of this leading puts Noto Sans's capitals in its middle.
  const baselines = (f: FittedText, leading: number, from: number) =>
    f.lines.map((_, i) => from + i * f.size * leading + f.size * (leading / 2 + 0.36));
  return {
    title: { ...head, x: TEXT_X, baselines: baselines(head, TITLE.leading, top) },
    subtitle: { ...fittedSub, x: TEXT_X, baselines: baselines(fittedSub, SUBTITLE.leading, top + height(head, TITLE.leading) + TITLE_GAP) },
  };
}

/** The card's coloured lines as drawn, in card pixels, each in its lane. */
function drawnLines(data: AtlasData, corridors: Set<CorridorId>, project: (p: Position) => [number, number]): [number, number][][] {
  const offsetOf = laneOffsets(data.corridors, corridors);
  return data.corridors.filter((c) => corridors.has(c.id)).flatMap((c) => c.segments.features.map((s) => projectedLine(s.geometry.coordinates, project, offsetOf(c.id, s.properties.id))));
}

/** Lays out a view's card; `data` and `t` in the card's language. Throws when its title cannot fit. */
export function layoutCard(view: View, data: AtlasData, t: SiteWords): CardLayout {
  const focus = focusOf(view, data, t);
  const candidates = labelCandidates(view, data);
  const framed: FeatureCollection = { type: "FeatureCollection", features: [...focus.frame, ...candidates.filter((c) => c.frame).map((c) => c.hub)] };
  const inner: [[number, number], [number, number]] = [[MAP_AREA.x + MAP_MARGIN, MAP_AREA.y + MAP_MARGIN], [MAP_AREA.x + MAP_AREA.width - MAP_MARGIN, MAP_AREA.y + MAP_AREA.height - MAP_MARGIN]];
  const projection = geoMercator().fitExtent(inner, framed);
  const project = (p: Position) => projection(p as [number, number]) ?? [-1e6, -1e6];
  const max = view?.kind === "hub" ? HUB_CARD_LABELS : MAX_LABELS;
  const inset = 6;
  const labelArea = { x: MAP_AREA.x + inset, y: MAP_AREA.y + inset, width: MAP_AREA.width - 2 * inset, height: MAP_AREA.height - 2 * inset };
  return {
    siteName: t.siteName,
    ...setTexts(focus.title, focus.subtitle),
    projection,
    corridors: data.corridors,
    focus: focus.corridors,
    ...placeLabels(candidates, { project, area: labelArea, lines: drawnLines(data, focus.corridors, project), max }),
  };
}

const textLines = (set: SetText) => set.lines.map((line, i) => `<tspan x="${set.x}" y="${set.baselines[i]!.toFixed(1)}">${escapeHtml(line)}</tspan>`).join("");

/** The width of a card's line in colour: corridors sharing a track lie this far apart, side by side. */
const FOCUS_LINE_WIDTH = 6;

/**
 * `points` moved `distance` px to their left (negative: right), each corner on the bisector of its
 * two legs, as MapLibre's `line-offset` moves the map's lines. A sharp corner's point is kept
 * within twice the distance (a miter limit), so it cannot shoot off.
 */
export function offsetPolyline(points: [number, number][], distance: number): [number, number][] {
  const line = points.filter((p, i) => i === 0 || Math.hypot(p[0] - points[i - 1]![0], p[1] - points[i - 1]![1]) > 1e-9);
  if (distance === 0 || line.length < 2) return line;
  const normals = line.slice(1).map((p, i) => {
    const [dx, dy] = [p[0] - line[i]![0], p[1] - line[i]![1]];
    const length = Math.hypot(dx, dy);
    return [dy / length, -dx / length] as const; // left of the way the line runs, on a screen whose y grows down
  });
  return line.map(([x, y], i) => {
    const a = normals[Math.max(0, i - 1)]!;
    const b = normals[Math.min(i, normals.length - 1)]!;
    const [bx, by] = [a[0] + b[0], a[1] + b[1]];
    const length = Math.hypot(bx, by);
    if (length < 1e-9) return [x + a[0] * distance, y + a[1] * distance];
    const [nx, ny] = [bx / length, by / length];
    const along = Math.min(2, 1 / Math.max(1e-9, nx * a[0] + ny * a[1]));
    return [x + nx * distance * along, y + ny * distance * along];
  });
}

/**
 * How far each coloured corridor lies beside its track on each of its segments, in px: where
 * corridors shown in colour share a segment (the same id in each), side by side in the data's
 * order, centred on the track; alone, on it. (One lane per corridor all along, as the map's
 * `line-offset` keeps, drew loops on a card: up to 12 px on tight bends of traced track. A line
 * steps aside where the corridors sharing it change, as at Beineu.)
 */
function laneOffsets(corridors: AtlasData["corridors"], focus: ReadonlySet<CorridorId>): (corridor: CorridorId, segment: string) => number {
  const sharers = new Map<string, CorridorId[]>();
  for (const c of corridors.filter((c) => focus.has(c.id))) {
    for (const s of c.segments.features) sharers.set(s.properties.id, [...(sharers.get(s.properties.id) ?? []), c.id]);
  }
  // Right of the way the line runs is positive, as on the map; offsetPolyline moves to the left.
  return (corridor, segment) => {
    const on = sharers.get(segment);
    return on?.includes(corridor) ? -(on.indexOf(corridor) - (on.length - 1) / 2) * FOCUS_LINE_WIDTH : 0;
  };
}

/** Below this, a traced line's wiggles are finer than a card's 6 px line and only tangle its offset. */
const CARD_SIMPLIFY_PX = 1.5;

/** A line's vertices on the card, simplified to the card's scale and moved `offset` px to the left of the way it runs. */
function projectedLine(coordinates: Position[], project: (p: Position) => [number, number], offset: number): [number, number][] {
  const projected = coordinates.map(project);
  if (projected.length < 3) return offsetPolyline(projected, offset);
  const simplified = simplify(lineString(projected), { tolerance: CARD_SIMPLIFY_PX, highQuality: true }).geometry.coordinates as [number, number][];
  return offsetPolyline(simplified, offset);
}

/** The card as SVG, or only some of its parts (tests draw the text and the map apart to check they never meet). */
export function drawCard(layout: CardLayout, background: CardBackground, parts: readonly CardPart[] = CARD_PARTS): string {
  const path = geoPath(layout.projection);
  const offsetOf = laneOffsets(layout.corridors, layout.focus);
  const project = (p: Position): [number, number] => layout.projection(p as [number, number]) ?? [-1e6, -1e6];
  // Straight between vertices in the card's Mercator, as the map draws them, and moved to the lane.
  const lineD = (coordinates: Position[], offset: number) =>
    `M${projectedLine(coordinates, project, offset).map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join("L")}`;
  const lines = (ids: (c: CorridorId) => boolean, stroke: (colour: string) => string, width: number) =>
    layout.corridors.filter((c) => ids(c.id)).flatMap((c) => c.segments.features.map((s) => {
      const dash = s.properties.mode === "sea" ? ` stroke-dasharray="${width * 2.5} ${width * 1.6}"` : s.properties.status === "operating" ? "" : ` stroke-dasharray="${width * 1.2} ${width}"`;
      return `<path d="${lineD(s.geometry.coordinates, offsetOf(c.id, s.properties.id))}" fill="none" stroke="${escapeHtml(stroke(c.colour))}" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round"${dash}/>`;
    })).join("");
  const { x, y, width, height } = MAP_AREA;
  const out: string[] = [];
  const has = (part: CardPart) => parts.includes(part);
  if (has("base")) {
    out.push(`<rect width="${COLUMN_WIDTH}" height="${CARD.height}" fill="${PAPER}"/>`,
      `<g clip-path="url(#map)"><rect x="${x}" y="${y}" width="${width}" height="${height}" fill="${THEME.sea}"/>`,
      background.land.map((f) => `<path d="${path(f)}" fill="${THEME.land}"/>`).join(""),
      `<path d="${path(background.borders)}" fill="none" stroke="${THEME.border}" stroke-width="1.2" stroke-dasharray="5 3"/></g>`,
      `<rect x="${x}" y="${y}" width="1.5" height="${height}" fill="#d8d0c4"/>`);
  }
  if (has("lines")) {
    const dot = layout.focusDot;
    out.push(`<g clip-path="url(#map)">`,
      lines((id) => !layout.focus.has(id), () => GREY, 3),
      lines((id) => layout.focus.has(id), () => "#ffffff", 11),
      lines((id) => layout.focus.has(id), (colour) => colour, FOCUS_LINE_WIDTH),
      dot ? `<circle cx="${dot[0]}" cy="${dot[1]}" r="${FOCUS_DOT_RADIUS}" fill="${THEME.placeText}" stroke="#fff" stroke-width="5"/>` : "",
      `</g>`);
  }
  if (has("labels")) {
    out.push(`<g clip-path="url(#map)">`, ...layout.labels.map((label) => [
      label.focus ? "" : `<circle cx="${label.at[0]}" cy="${label.at[1]}" r="${DOT_RADIUS}" fill="${THEME.placeDot}" stroke="#fff" stroke-width="2.5"/>`,
      `<text class="label" x="${label.origin[0].toFixed(1)}" y="${label.origin[1].toFixed(1)}" ${fontAttributes(LABEL_STYLE)} fill="${THEME.placeText}" stroke="${PAPER}">${escapeHtml(label.name)}</text>`,
    ].join("")), `</g>`);
  }
  if (has("text")) {
    out.push(`<text x="${TEXT_X}" y="${SITE_NAME.baseline}" ${fontAttributes(SITE_NAME)} fill="#0b5d8a">${escapeHtml(layout.siteName)}</text>`,
      `<text ${fontAttributes({ size: layout.title.size, weight: TITLE.weight })} fill="#1f1b1c">${textLines(layout.title)}</text>`,
      `<text ${fontAttributes({ size: layout.subtitle.size, weight: SUBTITLE.weight })} fill="#5b5256">${textLines(layout.subtitle)}</text>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}">
<defs><clipPath id="map"><rect x="${x}" y="${y}" width="${width}" height="${height}"/></clipPath></defs>
${out.join("\n")}
</svg>`;
}

/** The card of a view; `data` and `t` in the card's language. */
export function cardSvg(view: View, data: AtlasData, background: CardBackground, t: SiteWords): string {
  return drawCard(layoutCard(view, data, t), background);
}

/** Splits a name into lines of at most `max` characters, at spaces. */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
