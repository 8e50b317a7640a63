// The share card of a page as SVG: the region's land and sea, every corridor in grey with the
// shown one in its colour, its name large, and the site's name. Rendered to PNG by render-card.ts.
import { geoMercator, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry, MultiLineString } from "geojson";
import type { AtlasData, CorridorId } from "../../src/model/corridor.ts";
import { INITIAL_BOUNDS } from "../../src/model/region.ts";
import { THEME } from "../../src/map/theme.ts";
import type { View } from "../../src/state/url-state.ts";
import type { Messages } from "../../src/i18n/messages.ts";
import { CARD, escapeHtml } from "./page-meta.ts";

export interface CardBackground {
  land: Feature<Geometry>[];
  borders: MultiLineString;
}

const GREY = "#9d958f";
const TEXT_PANEL_WIDTH = 560;

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

function focusOf(view: View, data: AtlasData, t: Messages): { corridors: Set<CorridorId>; features: FeatureCollection; hub?: [number, number]; title: string; subtitle: string } {
  const all = new Set(data.corridors.map((c) => c.id));
  if (view?.kind === "corridor") {
    const c = data.corridors.find((x) => x.id === view.id)!;
    return { corridors: new Set([c.id]), features: c.segments, title: c.name, subtitle: c.shortName === c.name ? t.cardCorridorSubtitle : c.shortName };
  }
  if (view?.kind === "hub") {
    const hub = data.hubs.features.find((h) => h.properties.id === view.id)!;
    const [lng, lat] = hub.geometry.coordinates as [number, number];
    const around: Feature = { type: "Feature", properties: {}, geometry: { type: "LineString", coordinates: [[lng - 6, lat - 3.5], [lng + 6, lat + 3.5]] } };
    return {
      corridors: new Set(hub.properties.corridors), features: { type: "FeatureCollection", features: [around] }, hub: [lng, lat],
      title: hub.properties.name, subtitle: t.hubKinds[hub.properties.kind],
    };
  }
  const [w, s, e, n] = INITIAL_BOUNDS;
  const frame: Feature = { type: "Feature", properties: {}, geometry: { type: "LineString", coordinates: [[w, s], [e, n]] } };
  return { corridors: all, features: { type: "FeatureCollection", features: [frame] }, title: t.cardOverviewTitle, subtitle: t.cardOverviewSubtitle };
}

/** The card of a view; `data` and `t` in the card's language. */
export function cardSvg(view: View, data: AtlasData, background: CardBackground, t: Messages): string {
  const focus = focusOf(view, data, t);
  // Frame the subject in the part of the card the text panel leaves free.
  const projection = geoMercator().fitExtent([[TEXT_PANEL_WIDTH + 40, 50], [CARD.width - 40, CARD.height - 50]], focus.features);
  const path = geoPath(projection);
  const lines = (ids: (c: CorridorId) => boolean, stroke: (colour: string) => string, width: number) =>
    data.corridors.filter((c) => ids(c.id)).flatMap((c) => c.segments.features.map((s) => {
      const dash = s.properties.mode === "sea" ? ` stroke-dasharray="${width * 2.5} ${width * 1.6}"` : s.properties.status === "operating" ? "" : ` stroke-dasharray="${width * 1.2} ${width}"`;
      return `<path d="${path(s)}" fill="none" stroke="${stroke(c.colour)}" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round"${dash}/>`;
    })).join("");
  const title = wrapWords(focus.title, 20).slice(0, 4);
  const titleSize = title.length > 3 ? 48 : 58;
  const titleText = title.map((line, i) => `<tspan x="56" dy="${i === 0 ? 0 : titleSize * 1.12}">${escapeHtml(line)}</tspan>`).join("");
  const subtitle = wrapWords(focus.subtitle, 34).slice(0, 3).map((line, i) => `<tspan x="56" dy="${i === 0 ? 0 : 38}">${escapeHtml(line)}</tspan>`).join("");
  const hub = focus.hub ? projection(focus.hub) : null;
  const titleTop = 250 - (title.length - 1) * 24;
  const subtitleTop = titleTop + (title.length - 1) * titleSize * 1.12 + 56;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}">
<rect width="100%" height="100%" fill="${THEME.sea}"/>
${background.land.map((f) => `<path d="${path(f)}" fill="${THEME.land}"/>`).join("")}
<path d="${path(background.borders)}" fill="none" stroke="${THEME.border}" stroke-width="1.2" stroke-dasharray="5 3"/>
${lines((id) => !focus.corridors.has(id), () => GREY, 3)}
${lines((id) => focus.corridors.has(id), () => "#ffffff", 11)}
${lines((id) => focus.corridors.has(id), (colour) => colour, 6)}
${hub ? `<circle cx="${hub[0]}" cy="${hub[1]}" r="16" fill="${THEME.placeText}" stroke="#fff" stroke-width="5"/>` : ""}
<rect x="0" y="0" width="${TEXT_PANEL_WIDTH}" height="${CARD.height}" fill="#fbfaf6" fill-opacity="0.94"/>
<text x="56" y="86" font-family="Noto Sans" font-weight="700" font-size="30" fill="#0b5d8a">${escapeHtml(t.siteName)}</text>
<text x="56" y="${titleTop}" font-family="Noto Sans" font-weight="700" font-size="${titleSize}" fill="#1f1b1c">${titleText}</text>
<text x="56" y="${subtitleTop}" font-family="Noto Sans" font-size="28" fill="#5b5256">${subtitle}</text>
</svg>`;
}
