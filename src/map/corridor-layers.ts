// Corridor lines and hub symbols as data: GeoJSON sources built from the atlas data, and layer
// specs added as a style overlay between the basemap and its labels.
import type { FeatureCollection, Position } from "geojson";
import type { ExpressionSpecification, LayerSpecification } from "maplibre-gl";
import { CORRIDOR_ATTRIBUTION, CORRIDOR_IDS, hubsOn, type AtlasData } from "../model/corridor";
import { withHubOpenings } from "../model/year";
import type { StyleOverlay } from "./style";
import { perFeature } from "./shared-programs";
import { FONT, THEME } from "./theme";
import { HUB_EDGES_STATE, hubNamePlaces } from "./hub-name-places";
import { SHOWN_CORRIDOR_STATE, byShownCorridor } from "./shown-corridor";
import { FAINT_OPACITY, hubFaintInShownYear, hubInShownYear, hubOpenedInShownYear, sectionInShownYear, yearStateDefaults } from "./year-expressions";

export { SHOWN_CORRIDOR_STATE } from "./shown-corridor";

export const CORRIDOR_SOURCE_ID = "corridors";
export const HUB_SOURCE_ID = "hubs";

const edgeKey = (a: Position, b: Position) => {
  const [p, q] = [a.join(","), b.join(",")].sort();
  return `${p}|${q}`;
};

/**
 * The parts of a segment not already drawn by an earlier segment of the same corridor. Two ferry
 * routes that share a stretch of sea would otherwise lay their dashes over each other and read as
 * a solid line.
 */
function undrawnRuns(coordinates: Position[], drawn: Set<string>): Position[][] {
  const runs: Position[][] = [];
  let run: Position[] = [];
  for (let i = 0; i < coordinates.length - 1; i++) {
    const key = edgeKey(coordinates[i]!, coordinates[i + 1]!);
    if (drawn.has(key)) {
      if (run.length > 1) runs.push(run);
      run = [];
      continue;
    }
    drawn.add(key);
    if (run.length === 0) run.push(coordinates[i]!);
    run.push(coordinates[i + 1]!);
  }
  if (run.length > 1) runs.push(run);
  return runs;
}

/** A segment's line split into the traced stretches and the declared straight chords, in order. */
function splitAtChords(coordinates: Position[], chordsAt: readonly number[] = []): { line: Position[]; chord: boolean }[] {
  const chords = new Set(chordsAt);
  const pieces: { line: Position[]; chord: boolean }[] = [];
  for (let i = 0; i < coordinates.length - 1; i++) {
    const chord = chords.has(i);
    const last = pieces[pieces.length - 1];
    if (last && last.chord === chord) last.line.push(coordinates[i + 1]!);
    else pieces.push({ line: [coordinates[i]!, coordinates[i + 1]!], chord });
  }
  return pieces;
}

/** Every segment of every corridor, tagged with its corridor, colour and side-by-side offset. */
export function corridorFeatures(data: AtlasData): FeatureCollection {
  const middle = (CORRIDOR_IDS.length - 1) / 2;
  const features = data.corridors.flatMap((corridor) => {
    const drawn = new Set<string>();
    return corridor.segments.features.flatMap((segment) => {
      const pieces = splitAtChords(segment.geometry.coordinates, segment.properties.chordsAt);
      return [false, true].flatMap((chord) => {
        const runs = pieces.filter((p) => p.chord === chord).flatMap((p) => undrawnRuns(p.line, drawn));
        if (runs.length === 0) return [];
        const { id, name, mode, status, opened, target } = segment.properties;
        return [{
          type: "Feature" as const,
          geometry: { type: "MultiLineString" as const, coordinates: runs },
          properties: {
            corridor: corridor.id,
            colour: corridor.colour,
            segment: id,
            name,
            mode,
            status,
            // For the year control: absent when no source gives the opening year.
            ...(opened !== undefined ? { opened } : {}),
            // …and for coming years: a line's published target year, when it has one.
            ...(target !== undefined ? { target } : {}),
            // A stretch with no station mapped, drawn straight on purpose: shown as such.
            chord,
            // Where corridors share a track they run side by side, like lines on a metro map.
            offset: CORRIDOR_IDS.indexOf(corridor.id) - middle,
          },
        }];
      });
    });
  });
  return { type: "FeatureCollection", features };
}

// A line under the pointer, or the corridor that is shown, is drawn wider.
const hovered: ExpressionSpecification = [
  "any", ["boolean", ["feature-state", "hover"], false], ["boolean", ["feature-state", "selected"], false],
];
const width = (base: number): ExpressionSpecification =>
  ["interpolate", ["linear"], ["zoom"], 3, ["case", hovered, base * 2.2, base], 8, ["case", hovered, base * 3.6, base * 2]];
const offset: ExpressionSpecification = ["interpolate", ["linear"], ["zoom"], 3, ["*", ["get", "offset"], 2.2], 8, ["*", ["get", "offset"], 4.4]];

const line = (id: string, filter: ExpressionSpecification, dash?: number[], base = 2.2): LayerSpecification => ({
  id,
  type: "line",
  source: CORRIDOR_SOURCE_ID,
  filter: ["all", filter, sectionInShownYear],
  layout: { "line-join": "round", "line-cap": dash ? "butt" : "round" },
  paint: {
    "line-color": ["get", "colour"],
    "line-width": width(base),
    "line-offset": offset,
    ...(dash ? { "line-dasharray": dash } : {}),
  },
});

const onLand: ExpressionSpecification = ["!=", ["get", "mode"], "sea"];
const isChord: ExpressionSpecification = ["==", ["get", "chord"], true];
const hasStatus = (s: string): ExpressionSpecification => ["==", ["get", "status"], s];
// Straight stretches of an operating line have a layer of their own (below); on a line still to be
// built they keep its pattern.
const status = (s: string): ExpressionSpecification =>
  s === "operating" ? ["all", onLand, ["!", isChord], hasStatus(s)] : ["all", onLand, hasStatus(s)];

/** Layer ids a pointer can hover to highlight a corridor. */
export const CORRIDOR_LINE_LAYER_IDS = ["corridor-operating", "corridor-building", "corridor-planned", "corridor-chord", "corridor-sea"];
/** Layer ids a pointer can click to pick a hub. */
export const HUB_LAYER_IDS = ["hub-icons"];
/** Layer ids that name hubs. */
export const HUB_LABEL_LAYER_IDS = ["hub-labels", "hub-labels-shown-corridor"];

/** The hubs, each with its opening year where a published figure gives one (for the year control). */
export const hubFeatures = (data: AtlasData): FeatureCollection => withHubOpenings(data.hubs, data.facts);

/** True where a hub shown in the year shown is named `label`: hubs grouped by their opening year. */
function namedByHubs(label: ExpressionSpecification, hubs: FeatureCollection): ExpressionSpecification {
  const byOpening = new Map<number | undefined, string[]>();
  for (const { properties } of hubs.features) {
    const opened = properties?.opened as number | undefined;
    byOpening.set(opened, [...(byOpening.get(opened) ?? []), String(properties?.name)]);
  }
  return ["any", ...[...byOpening].map(([opened, names]): ExpressionSpecification =>
    ["all", ["in", label, ["literal", names]], hubOpenedInShownYear(opened)])];
}

/** Hubs are named on the map from this zoom on; the shown corridor's hubs at every zoom. */
const HUB_LABEL_MIN_ZOOM = 4.5;

/** The hub shown (its id; "" for none): its name and symbol are drawn larger, for the back row and for its own page. */
export const SHOWN_HUB_STATE = "shownHub";
const isShownHub: ExpressionSpecification = ["==", ["get", "id"], ["global-state", SHOWN_HUB_STATE]];
/** `shown` for the hub shown, `other` for the rest. */
const byShownHub = (shown: number, other: number): ExpressionSpecification => ["case", isShownHub, shown, other];

/** True for a hub on the corridor shown. */
const onShownCorridor = (hubs: FeatureCollection): ExpressionSpecification => byShownCorridor((c) => {
  const ids = hubsOn(hubs, c).features.map((h) => String(h.properties?.id));
  return ids.length > 0 ? ["match", ["get", "id"], ids, true, false] : false;
});

/** True where a hub on the corridor shown, and there in the year shown, is named `label`. */
const namedByShownCorridorHubs = (label: ExpressionSpecification, hubs: FeatureCollection): ExpressionSpecification =>
  byShownCorridor((c) => namedByHubs(label, hubsOn(hubs, c)));

const hubOpacity: ExpressionSpecification = ["case", hubFaintInShownYear, FAINT_OPACITY, 1];

/** The other hubs' names: from zoom 4.5, smaller than the corridor shown's; the hub shown's largest. */
const OTHER_HUB_NAME_SIZE: ExpressionSpecification = ["interpolate", ["linear"], ["zoom"], 4.5, byShownHub(15, 11), 8, byShownHub(20, 14)];
/**
 * The corridor shown's hub names: what its page or tour stop is about, at least the size of a
 * capital's name where a laptop or a projector frames a corridor (zoom 3.5–4.7); on a phone's
 * narrow map (zoom 2–2.6) as small as the rest, so that its ends' names still fit. They were 11 px
 * on a 1920×1080 tour stop, under Tbilisi's and Bishkek's 12–13 px.
 */
const SHOWN_CORRIDOR_HUB_NAME_SIZE: ExpressionSpecification = ["interpolate", ["linear"], ["zoom"], 2.6, byShownHub(13, 11), 3.5, byShownHub(15, 13.5), 8, byShownHub(20, 17)];

/** The hubs' names: where (`minzoom`, `maxzoom`), which (`filter`) and how large; around the point as hub-name-places says. */
const hubLabels = (id: string, zooms: { minzoom?: number; maxzoom?: number }, filter: ExpressionSpecification,
  size: ExpressionSpecification): LayerSpecification => ({
  id, type: "symbol", source: HUB_SOURCE_ID, ...zooms, filter,
  layout: {
    "text-field": ["get", "name"],
    "text-font": [FONT.bold],
    "text-size": size,
    // The hub shown is named first where names collide.
    "symbol-sort-key": byShownHub(0, 1),
    "text-variable-anchor-offset": hubNamePlaces(isShownHub),
    "text-max-width": 9,
  },
  paint: { "text-color": THEME.placeText, "text-halo-color": THEME.halo, "text-halo-width": 1.6, "text-opacity": hubOpacity },
});

/** The corridors and hubs as a style overlay; `present` is the present year, which the year control divides at. */
export function corridorOverlay(data: AtlasData, present: number): StyleOverlay {
  const hubs = hubFeatures(data);
  return {
    sources: {
      [CORRIDOR_SOURCE_ID]: { type: "geojson", data: corridorFeatures(data), promoteId: "corridor", attribution: CORRIDOR_ATTRIBUTION },
      [HUB_SOURCE_ID]: { type: "geojson", data: hubs, promoteId: "id" },
    },
    state: { ...yearStateDefaults(present), [SHOWN_CORRIDOR_STATE]: { default: "" }, [SHOWN_HUB_STATE]: { default: "" }, [HUB_EDGES_STATE]: { default: {} } },
    // A hub named after its city (Almaty, Tashkent) names it: the basemap does not repeat it,
    // where and when the hub's label is shown (its zoom, its corridor shown, and its years: hubInShownYear).
    names: [
      { names: (label) => namedByHubs(label, hubs), fromZoom: HUB_LABEL_MIN_ZOOM },
      { names: (label) => namedByShownCorridorHubs(label, hubs), untilZoom: HUB_LABEL_MIN_ZOOM },
    ],
    layers: [
      {
        // A pale casing keeps every colour readable over land, sea and borders alike.
        id: "corridor-casing", type: "line", source: CORRIDOR_SOURCE_ID, filter: ["all", onLand, sectionInShownYear],
        layout: { "line-join": "round", "line-cap": "round" },
        // Its colour varies by feature only to share the corridor lines' program (see shared-programs).
        paint: { "line-color": perFeature(THEME.halo), "line-width": width(4.4), "line-offset": offset, "line-opacity": 0.85 },
      },
      line("corridor-operating", status("operating")),
      line("corridor-building", status("under-construction"), [2, 1.2]),
      line("corridor-planned", status("planned"), [0.6, 1.4]),
      // A straight stretch of an operating line (no station mapped along it) is thin and solid:
      // dashed, it read as "planned" or "under construction" on a phone.
      line("corridor-chord", ["all", onLand, isChord, hasStatus("operating")], undefined, 1.2),
      line("corridor-sea", ["==", ["get", "mode"], "sea"], [3, 2], 1.6),
      {
        // A ring marks the hub that is shown.
        id: "hub-selected", type: "circle", source: HUB_SOURCE_ID, filter: hubInShownYear,
        paint: {
          "circle-radius": perFeature(14), // shares the place dots' program (see shared-programs)
          "circle-color": "rgba(0,0,0,0)",
          "circle-stroke-color": THEME.placeText,
          "circle-stroke-width": ["case", ["boolean", ["feature-state", "selected"], false], 3, 0],
        },
      },
      {
        id: "hub-icons", type: "symbol", source: HUB_SOURCE_ID, filter: hubInShownYear,
        paint: { "icon-opacity": hubOpacity },
        layout: {
          "icon-image": ["concat", "hub-", ["get", "kind"]],
          "icon-size": ["interpolate", ["linear"], ["zoom"], 3, byShownHub(0.75, 0.55), 7, byShownHub(1.15, 0.85)],
          "icon-allow-overlap": true,
        },
      },
      hubLabels(HUB_LABEL_LAYER_IDS[0]!, { minzoom: HUB_LABEL_MIN_ZOOM }, ["all", hubInShownYear, ["!", onShownCorridor(hubs)]], OTHER_HUB_NAME_SIZE),
    ],
    // The shown corridor's hubs, at every zoom, are what its page is about: their names are placed
    // before the basemap's, which leaves them the cities they are named after, so a collision never
    // leaves Tashkent named by neither, and a country's name never takes a corridor's end port's
    // place (at 1920×1080 "GEORGIA" left Poti unnamed on the Middle Corridor's tour stop).
    topLabels: [hubLabels(HUB_LABEL_LAYER_IDS[1]!, {}, ["all", hubInShownYear, onShownCorridor(hubs)], SHOWN_CORRIDOR_HUB_NAME_SIZE), {
      // The middle of every hub's symbol, unseen and placed before any name: no name is set over
      // it, where it reads as that hub's ("Port of Baku (Alat)" centred on Turkmenbashi's symbol
      // on the Middle Corridor's stop, Makhachkala's name on Aktau's). Only the middle (5 px):
      // whole symbols as obstacles left 131 of 271 names over 68 views, and 8 px moved Poti's
      // name off its side of the Georgian coast's three ports.
      id: "hub-points", type: "symbol", source: HUB_SOURCE_ID, filter: hubInShownYear,
      paint: { "icon-opacity": 0 },
      layout: { "icon-image": ["concat", "hub-", ["get", "kind"]], "icon-size": 0.2, "icon-allow-overlap": true, "icon-padding": 0 },
    }],
  };
}

