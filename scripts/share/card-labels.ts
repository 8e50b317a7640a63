// The places a share card names on its map, so a pasted link shows where the lines are. Every
// name and point is a hub of the data, in the card's language: served segments carry no
// station names, and an end of a corridor is named by the hub beside it or not at all.
import { geoDistance } from "d3-geo";
import type { Position } from "geojson";
import type { AtlasData, Hub } from "../../src/model/corridor.ts";
import type { View } from "../../src/state/url-state.ts";
import { measureText, type Box, type TextStyle } from "./measure-text.ts";

export const LABEL_STYLE: TextStyle = { size: 22, weight: 700, halo: 6 };
export const DOT_RADIUS = 6;
export const FOCUS_DOT_RADIUS = 16;
/** More names than this crowd a card that is often seen a third of its size. */
export const MAX_LABELS = 5;
/** How near a hub must be to a corridor's end to stand for it; farther, the end goes unnamed. */
const END_HUB_KM = 150;
const EARTH_KM = 6371;

/** A hub the card would like to name, most wanted first; `focus` is the hub a hub card is about. */
export interface LabelCandidate {
  hub: Hub;
  focus: boolean;
  /** True when the map's frame should reach it (a corridor's named ends). */
  frame: boolean;
}

/** A label as drawn: its dot, its text's origin (left end of the baseline) and the box its ink and halo fill. */
export interface PlacedLabel {
  hubId: string;
  name: string;
  at: [number, number];
  dotRadius: number;
  focus: boolean;
  origin: [number, number];
  box: Box;
}

const km = (a: Position, b: Position) => geoDistance(a as [number, number], b as [number, number]) * EARTH_KM;
const where = (hub: Hub) => hub.geometry.coordinates;

/** The hubs a view's card names, most wanted first: a corridor's ends, then its hubs spread out; a hub and its neighbours; the busiest hubs. */
export function labelCandidates(view: View, data: AtlasData): LabelCandidate[] {
  const hubs = data.hubs.features;
  if (view?.kind === "corridor") {
    const corridor = data.corridors.find((c) => c.id === view.id)!;
    const ends = corridorEnds(corridor.segments.features.map((s) => s.geometry.coordinates));
    const endHubs = [...new Set(ends.flatMap((end) => {
      const nearest = [...hubs].sort((a, b) => km(where(a), end) - km(where(b), end))[0];
      return nearest && km(where(nearest), end) <= END_HUB_KM ? [nearest] : [];
    }))];
    const own = hubs.filter((h) => h.properties.corridors.includes(corridor.id) && !endHubs.includes(h));
    return [
      ...endHubs.map((hub) => ({ hub, focus: false, frame: true })),
      ...spreadOut(own, [...ends, ...endHubs.map(where)]).map((hub) => ({ hub, focus: false, frame: false })),
    ];
  }
  if (view?.kind === "hub") {
    const hub = hubs.find((h) => h.properties.id === view.id)!;
    const others = hubs.filter((h) => h !== hub).sort((a, b) => km(where(a), where(hub)) - km(where(b), where(hub)));
    return [{ hub, focus: true, frame: false }, ...others.map((other) => ({ hub: other, focus: false, frame: false }))];
  }
  const busiest = Math.max(...hubs.map((h) => h.properties.corridors.length));
  const byCorridors = (n: number) => hubs.filter((h) => h.properties.corridors.length === n);
  const ordered: Hub[] = [];
  for (let n = busiest; n > 0; n--) ordered.push(...spreadOut(byCorridors(n), ordered.map(where)));
  return ordered.map((hub) => ({ hub, focus: false, frame: false }));
}

/**
 * A corridor's two ends: of the points where a segment ends and no other one continues, the two
 * farthest apart (segments meeting within a few kilometres count as joined).
 */
export function corridorEnds(lines: Position[][]): [Position, Position] {
  const endpoints = lines.flatMap((line) => [line[0]!, line[line.length - 1]!]);
  const touches = (p: Position, line: Position[]) => line.some((q) => km(p, q) < 5);
  const loose = endpoints.filter((p) => lines.filter((line) => touches(p, line)).length === 1);
  const pool = loose.length >= 2 ? loose : endpoints;
  let ends: [Position, Position] = [pool[0]!, pool[pool.length - 1]!];
  for (const a of pool) for (const b of pool) if (km(a, b) > km(...ends)) ends = [a, b];
  return ends;
}

/** `hubs` ordered so each next one is the farthest from those already named (and from `from`). */
function spreadOut(hubs: Hub[], from: Position[]): Hub[] {
  const left = [...hubs];
  const taken = [...from];
  const out: Hub[] = [];
  while (left.length > 0) {
    const distance = (h: Hub) => (taken.length === 0 ? 0 : Math.min(...taken.map((p) => km(where(h), p))));
    const next = left.reduce((a, b) => (distance(b) > distance(a) ? b : a));
    left.splice(left.indexOf(next), 1);
    taken.push(where(next));
    out.push(next);
  }
  return out;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

/** How long a stretch of the segment from `a` to `b` runs inside `box` (Liang–Barsky clipping). */
function lengthInside([ax, ay]: [number, number], [bx, by]: [number, number], box: Box): number {
  let low = 0, high = 1;
  const dx = bx - ax, dy = by - ay;
  for (const [p, q] of [[-dx, ax - box.x], [dx, box.x + box.width - ax], [-dy, ay - box.y], [dy, box.y + box.height - ay]] as const) {
    if (p === 0) {
      if (q < 0) return 0;
      continue;
    }
    const r = q / p;
    if (p < 0) low = Math.max(low, r);
    else high = Math.min(high, r);
    if (low > high) return 0;
  }
  return (high - low) * Math.hypot(dx, dy);
}

/** How much of the lines a label in `box` would hide. */
const hidden = (lines: [number, number][][], box: Box) =>
  lines.reduce((sum, line) => sum + line.reduce((s, point, i) => (i > 0 ? s + lengthInside(line[i - 1]!, point, box) : s), 0), 0);

export interface LabelPlacement {
  project: (p: Position) => [number, number];
  /** Where labels may go: the map's own area. */
  area: Box;
  /** The card's own lines, as drawn: a label that would hide one goes elsewhere if it can. */
  lines: [number, number][][];
  max?: number;
}

/**
 * Labels for the candidates, in order, each right of its dot, or else left of it, below or
 * above it (of these, the one hiding least of the card's lines), dropped when
 * it would leave `area` or touch a label or dot already placed; at most `max`. A focus hub keeps
 * its dot even when its name finds no room.
 */
export function placeLabels(candidates: LabelCandidate[], { project, area, lines, max = MAX_LABELS }: LabelPlacement): { labels: PlacedLabel[]; focusDot?: [number, number] } {
  const labels: PlacedLabel[] = [];
  const taken: Box[] = [];
  const dotBox = ([x, y]: [number, number], r: number): Box => ({ x: x - r - 2, y: y - r - 2, width: 2 * r + 4, height: 2 * r + 4 });
  const focus = candidates.find((c) => c.focus);
  const focusDot = focus ? project(where(focus.hub)) : undefined;
  if (focusDot) taken.push(dotBox(focusDot, FOCUS_DOT_RADIUS));
  for (const candidate of candidates) {
    if (labels.length >= max) break;
    const at = project(where(candidate.hub));
    const dotRadius = candidate.focus ? FOCUS_DOT_RADIUS : DOT_RADIUS;
    const dot = dotBox(at, dotRadius);
    if (!inside(dot, area) || (!candidate.focus && taken.some((t) => overlaps(t, dot)))) continue;
    const name = candidate.hub.properties.name;
    const ink = measureText(name, LABEL_STYLE);
    if (!ink) continue;
    const gap = dotRadius + 4;
    const baseline = at[1] + LABEL_STYLE.size * 0.36;
    const centred = at[0] - ink.x - ink.width / 2;
    const origins: [number, number][] = [
      [at[0] + gap - ink.x, baseline], [at[0] - gap - (ink.x + ink.width), baseline],
      [centred, at[1] + gap - ink.y], [centred, at[1] - gap - (ink.y + ink.height)],
    ];
    const free = origins.map((origin) => ({ origin, box: { x: origin[0] + ink.x, y: origin[1] + ink.y, width: ink.width, height: ink.height } }))
      .filter(({ box }) => inside(box, area) && !taken.some((t) => overlaps(t, box)));
    let fit: (typeof free)[number] | undefined;
    let least = Infinity;
    for (const place of free) {
      const hides = hidden(lines, place.box);
      if (hides < least) [fit, least] = [place, hides];
    }
    if (!fit) continue;
    labels.push({ hubId: candidate.hub.properties.id, name, at, dotRadius, focus: candidate.focus, ...fit });
    taken.push(fit.box, dot);
  }
  return { labels, ...(focusDot ? { focusDot } : {}) };
}
