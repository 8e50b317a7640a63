// The popup about what was clicked on the map: a section of line or a hub (what it says is in
// popup-content.ts). Built from DOM nodes and textContent only: a quote is data, never markup.
import { Popup, type LngLatLike, type Map as MapLibreMap, type PositionAnchor } from "maplibre-gl";
import type { AtlasData } from "../model/corridor";
import { corridorExtent } from "../model/extent";
import { SAID_BY } from "../model/citation";
import { sameSelection, type Selection } from "../model/view";
import { hubContent, sectionContent, type PickedSection, type PopupContent, type PopupWords } from "./popup-content";

export type { PopupWords } from "./popup-content";

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

let popupCount = 0;
/** How far the popup's tip stands off a line, and off a hub's centre (its symbol is about 28 px across). */
const LINE_GAP = 12;
const HUB_GAP = 16;
/** The popup's height: whole where the map has room, else shorter, at least the last (it scrolls). */
const MAX_HEIGHT_PX = 640;
const SHORT_HEIGHT_PX = 400;
const MIN_HEIGHT_PX = 140;

/**
 * The popup's DOM: a labelled dialog with a close button first, over its words, which scroll on
 * their own (the focusable `.feature-popup__body`): on a phone's short map the popup is a few lines
 * tall, and the button stays in view however far the words are scrolled.
 */
export function popupElement(content: PopupContent, words: PopupWords, onClose: () => void): HTMLElement {
  const dialog = element("section", "feature-popup");
  const body = element("div", "feature-popup__body");
  const titleId = `feature-popup-title-${++popupCount}`;
  dialog.setAttribute("role", "dialog");
  dialog.setAttribute("aria-labelledby", titleId);
  body.tabIndex = -1;
  const close = element("button", "feature-popup__close", "×");
  close.type = "button";
  close.setAttribute("aria-label", words.close);
  close.addEventListener("click", onClose);
  const title = element("h3", "feature-popup__title", content.title);
  title.id = titleId;
  const facts = element("dl", "feature-popup__facts");
  for (const [term, detail, source] of content.facts) {
    const row = element("div", "feature-popup__fact");
    const value = element("dd", "", detail);
    if (source) {
      // The page that states it, by its own name: "2014 — Mehr News Agency". Not in brackets: a
      // source's own name may hold some ("time.news (citing Azerhistory)").
      const link = element("a", "feature-popup__source-link", source.name);
      link.href = source.url;
      link.rel = "noopener noreferrer";
      link.lang = "en";
      value.append(SAID_BY, link);
    }
    row.append(element("dt", "", term), value);
    facts.append(row);
  }
  dialog.append(close, body);
  body.append(title, facts);
  if (content.note) body.append(element("p", "feature-popup__note", content.note));
  if (content.quote) {
    const figure = element("figure", "feature-popup__quote");
    if (content.quote.lead) figure.append(element("p", "feature-popup__lead", content.quote.lead));
    const text = element("blockquote", "feature-popup__text", content.quote.text);
    text.lang = "en"; // quoted word for word in the original English, whatever the page's language
    const caption = element("figcaption", "feature-popup__source");
    caption.append(element("cite", "", content.quote.source));
    figure.append(text, caption);
    body.append(figure);
  } else if (content.noQuote) body.append(element("p", "feature-popup__note", content.noQuote));
  return dialog;
}

type Rect = { left: number; top: number; right: number; bottom: number };
type Size = { width: number; height: number };
const overlap = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

// Each anchor and the way the popup lies from the point, in MapLibre's order of preference.
const SIDES: [PositionAnchor, dx: number, dy: number][] = [
  ["bottom", 0, -1], ["top", 0, 1], ["left", 1, 0], ["right", -1, 0],
  ["bottom-left", 1, -1], ["bottom-right", -1, -1], ["top-left", 1, 1], ["top-right", -1, 1],
];

/** Where the popup goes: its anchor, and how far its box is slid sideways from the tip (top and bottom only). */
interface Placement { anchor: PositionAnchor; slide: number }

/** How near the box's side the tip's centre may come once the box is slid: half the 20 px tip and the 10 px rounded corner. */
const TIP_CLEARANCE = 20;

/**
 * The placement that keeps a popup of `size`, `gap` px from `point`, whole inside `room` and off
 * `avoid` (the framed selection) as far as it can, on the side away from its centre. Where no side
 * fits whole (a point near the edge of a phone's narrow map), the box above or below is slid
 * sideways into the map while its tip still points at `point`. Undefined when nothing fits.
 */
function placementAwayFrom(point: { x: number; y: number }, gap: number, size: Size, room: Size, avoid: Rect): Placement | undefined {
  const MARGIN = 4;
  const rectOf = (dx: number, dy: number, slide = 0): Rect => {
    const g = dx && dy ? gap / Math.SQRT2 : gap;
    const left = (dx > 0 ? point.x + g : dx < 0 ? point.x - g - size.width : point.x - size.width / 2) + slide;
    const top = dy > 0 ? point.y + g : dy < 0 ? point.y - g - size.height : point.y - size.height / 2;
    return { left, top, right: left + size.width, bottom: top + size.height };
  };
  const inside = (rect: Rect) => rect.left >= MARGIN && rect.top >= MARGIN && rect.right <= room.width - MARGIN && rect.bottom <= room.height - MARGIN;
  // Which way is away from the avoided box's centre, in units of its half size.
  const ax = (point.x - (avoid.left + avoid.right) / 2) / Math.max(1, (avoid.right - avoid.left) / 2);
  const ay = (point.y - (avoid.top + avoid.bottom) / 2) / Math.max(1, (avoid.bottom - avoid.top) / 2);
  const rank = (candidates: { anchor: PositionAnchor; slide: number; rect: Rect; away: number }[]) =>
    candidates.filter(({ rect }) => inside(rect))
      .sort((a, b) => overlap(a.rect, avoid) - overlap(b.rect, avoid) || b.away - a.away)[0];
  const whole = rank(SIDES.map(([anchor, dx, dy]) => ({ anchor, slide: 0, rect: rectOf(dx, dy), away: (dx * ax + dy * ay) / Math.hypot(dx, dy) })));
  if (whole) return whole;
  // Slid just far enough to come inside, and never so far that the tip leaves the box's straight edge.
  const centred = rectOf(0, 0);
  const slide = Math.max(0, MARGIN - centred.left) + Math.min(0, room.width - MARGIN - centred.right);
  if (Math.abs(slide) > size.width / 2 - TIP_CLEARANCE) return undefined;
  return rank(SIDES.filter(([, dx]) => dx === 0).map(([anchor, dx, dy]) => ({ anchor, slide, rect: rectOf(dx, dy, slide), away: dy * ay })));
}

/** MapLibre's offsets for a popup `gap` px from its point, with the box above or below slid by `slide`. */
function offsetsFor(gap: number, slide: number): Record<PositionAnchor, [number, number]> {
  const corner = Math.round(gap / Math.SQRT2);
  return {
    center: [0, 0], top: [slide, gap], bottom: [slide, -gap], left: [gap, 0], right: [-gap, 0],
    "top-left": [corner, corner], "top-right": [-corner, corner], "bottom-left": [corner, -corner], "bottom-right": [-corner, -corner],
  };
}

export interface FeaturePopup {
  /** Opens the popup about a hub at its symbol, replacing any other; focus moves into it. */
  openHub(id: string): void;
  /** Opens the popup about the clicked section at the clicked point, replacing any other; focus moves into it. */
  openSection(picked: PickedSection, at: LngLatLike): void;
  /** Closes the popup unless it is about `selection` (another view was asked for). */
  closeUnless(selection: Selection | undefined): void;
  close(): void;
}

/**
 * One popup at a time on `map`. It keeps out of the framed corridor's extent where it can, closes
 * on Escape or its button, and then hands focus back to the map.
 */
export function makeFeaturePopup(map: MapLibreMap, data: AtlasData, words: PopupWords): FeaturePopup {
  let current: { popup: Popup; body: HTMLElement; subject: Selection; gap: number; avoid: () => Rect } | undefined;

  const close = (focusMap = false) => {
    if (!current) return;
    const { popup } = current;
    const hadFocus = popup.getElement()?.contains(document.activeElement) ?? false;
    current = undefined;
    map.off("moveend", reanchor);
    popup.remove();
    if (focusMap || hadFocus) map.getCanvas().focus({ preventScroll: true });
  };

  // Where the popup can go is known only once the framing flight has come to rest. On a short map
  // (a phone's, above its sheet) no side may have room for the whole popup: it is then made
  // as tall as the roomier of above and below, and scrolls.
  const reanchor = () => {
    if (!current) return;
    const { popup, body, gap, avoid } = current;
    const container = map.getContainer();
    const room = { width: container.clientWidth, height: container.clientHeight };
    const point = map.project(popup.getLngLat());
    const choose = (maxHeight: number) => {
      body.style.maxHeight = `${Math.round(maxHeight)}px`;
      const element = popup.getElement();
      return placementAwayFrom(point, gap, { width: element.offsetWidth, height: element.offsetHeight }, room, avoid());
    };
    const spare = room.height - 2 * gap - 16;
    const placement = choose(Math.min(MAX_HEIGHT_PX, spare)) ?? choose(Math.min(SHORT_HEIGHT_PX, spare))
      ?? choose(Math.max(MIN_HEIGHT_PX, Math.max(point.y, room.height - point.y) - 2 * gap - 16));
    const slide = placement?.slide ?? 0;
    // The box moves by `slide`; its tip moves back, so it still points at the place clicked.
    const tip = popup.getElement().querySelector<HTMLElement>(".maplibregl-popup-tip");
    if (tip) tip.style.transform = slide ? `translateX(${-slide}px)` : "";
    // Popup has no setAnchor: the option is read on every update, which setOffset runs.
    popup.options.anchor = placement?.anchor;
    popup.setOffset(offsetsFor(gap, slide));
  };

  // The box to keep clear: the whole framed corridor, or a hub's own symbol.
  const avoidFor = (subject: Selection, at: LngLatLike): (() => Rect) => {
    const corridor = subject.kind === "corridor" ? data.corridors.find((c) => c.id === subject.id) : undefined;
    const [west, south, east, north] = corridor ? corridorExtent(corridor) : [0, 0, 0, 0];
    return () => {
      if (!corridor) {
        const { x, y } = map.project(at);
        return { left: x - HUB_GAP, top: y - HUB_GAP, right: x + HUB_GAP, bottom: y + HUB_GAP };
      }
      const [nw, se] = [map.project([west, north]), map.project([east, south])];
      return { left: nw.x, top: nw.y, right: se.x, bottom: se.y };
    };
  };

  const open = (subject: Selection, at: LngLatLike, content: PopupContent | undefined) => {
    close();
    if (!content) return;
    const dialog = popupElement(content, words, () => close(true));
    const body = dialog.querySelector<HTMLElement>(".feature-popup__body")!;
    const gap = subject.kind === "hub" ? HUB_GAP : LINE_GAP;
    const popup = new Popup({
      // Closing is ours: on Escape, on the button, or when another view is asked for.
      closeButton: false,
      closeOnClick: false,
      // MapLibre's focus would scroll the map's overflow-hidden container to the popup.
      focusAfterOpen: false,
      maxWidth: "min(300px, calc(100vw - 32px))",
      offset: gap,
      className: "feature-popup-container",
    }).setLngLat(at).setDOMContent(dialog).addTo(map);
    popup.getElement().addEventListener("keydown", (event) => {
      if (event.key !== "Escape") return;
      // Escape here closes the popup alone, not the panel (App) behind it.
      event.preventDefault();
      event.stopPropagation();
      close(true);
    });
    current = { popup, body, subject, gap, avoid: avoidFor(subject, at) };
    reanchor();
    map.on("moveend", reanchor);
    // After this click's own focus moves (the panel focuses its heading in a microtask).
    queueMicrotask(() => {
      if (current?.popup === popup) body.focus({ preventScroll: true });
    });
  };

  return {
    openHub(id) {
      const hub = data.hubs.features.find((h) => h.properties.id === id);
      if (hub) open({ kind: "hub", id }, hub.geometry.coordinates as [number, number], hubContent(data, id, words));
    },
    openSection: (picked, at) => open({ kind: "corridor", id: picked.corridor }, at, sectionContent(data, picked, words)),
    closeUnless(selection) {
      if (current && !sameSelection(selection, current.subject)) close();
    },
    close: () => close(),
  };
}
