// Turns one declared section into its drawn segment: along OSM track, through OSM stations, or
// through declared points. Pure: the extract, routers and hubs come in as arguments. Never throws:
// a fault comes back as a string naming what is wrong.
import type { Position } from "geojson";
import type { Segment } from "../../src/model/corridor.ts";
import { EXTRACTS, ROUTE_EXTRACTS, type ExtractName, type OsmStation } from "./osm-extract.ts";
import type { PlaceDeclaration, SectionDeclaration } from "./section-schema.ts";
import { MAX_SNAP_KM, type Snap, type TrackRouter } from "./track-router.ts";
import { chainStations, MAX_HOP_KM } from "./station-chain.ts";
import { distanceKm } from "../../src/model/geo-checks.ts";

export interface TraceInputs {
  stations: ReadonlyMap<number, OsmStation>;
  /** All stations the chain may pass, in a fixed order. */
  stationList: readonly OsmStation[];
  track: TrackRouter;
  /** Hub positions by id (a sea lane starts and ends at its ports). */
  hubs: ReadonlyMap<string, { name: string; at: Position }>;
}

/** A place resolved to a position, with what the segment records of it. */
interface Place { name: string; at: Position; osm?: number; extract?: ExtractName; chord?: string }

export type TraceResult = { segment: Segment } | { fault: string };

// Coordinates to a metre: the extracts have five decimals, and more would only churn the diff.
const round = (c: Position): Position => [Math.round(c[0]! * 1e5) / 1e5, Math.round(c[1]! * 1e5) / 1e5];

function resolvePlace(place: PlaceDeclaration, inputs: TraceInputs): Place | string {
  if ("osm" in place) {
    const station = inputs.stations.get(place.osm);
    if (!station) return `station ${place.osm} ("${place.name}") is not in the OSM extract`;
    return { name: place.name, at: [station.lng, station.lat], osm: station.osm, extract: station.extract, chord: place.chord };
  }
  if ("hub" in place) {
    const hub = inputs.hubs.get(place.hub);
    if (!hub) return `names unknown hub "${place.hub}"`;
    return { name: hub.name, at: hub.at, chord: place.chord };
  }
  return { name: place.name, at: place.at, chord: place.chord };
}

interface Chord { from: string; to: string; reason: string; at: number }
interface Drawn {
  coordinates: Position[];
  places: { name: string; osm?: number; at: number }[];
  extracts: Set<ExtractName>;
  /** Straight legs drawn on purpose: from coordinate `at` to the next. */
  chords: Chord[];
}

const startDrawing = (first: Place): Drawn => ({
  coordinates: [first.at],
  places: [{ name: first.name, ...(first.osm ? { osm: first.osm } : {}), at: 0 }],
  extracts: new Set(first.extract ? [first.extract] : []),
  chords: [],
});

/** A declared chord: one straight leg from the last point drawn to the place. */
function addChord(drawn: Drawn, from: Place, place: Place & { chord: string }, to: Position): void {
  drawn.chords.push({ from: from.name, to: place.name, reason: place.chord, at: drawn.coordinates.length - 1 });
  addPlace(drawn, place, [to]);
}

function addPlace(drawn: Drawn, place: Place, leg: Position[]): void {
  const last = drawn.coordinates[drawn.coordinates.length - 1]!;
  const fresh = leg.filter((c, i) => i > 0 || c.join() !== last.join());
  drawn.coordinates.push(...fresh);
  drawn.places.push({ name: place.name, ...(place.osm ? { osm: place.osm } : {}), at: drawn.coordinates.length - 1 });
  if (place.extract) drawn.extracts.add(place.extract);
}

/**
 * Each place snapped to its nearest track vertex, all in one extract (extracts share no
 * junctions): the extract of the first place's nearest track, or failing that, the first that
 * has track near every place; a route extract only where no network extract has.
 */
function snapAll(places: Place[], inputs: TraceInputs): Snap[] | string {
  const nearest = inputs.track.snap(places[0]!.at);
  const all = Object.keys(EXTRACTS) as ExtractName[];
  const first = nearest && !ROUTE_EXTRACTS.has(nearest.extract) ? [nearest.extract] : [];
  const extracts = [...new Set([...first, ...all.filter((e) => !ROUTE_EXTRACTS.has(e)), ...all])];
  for (const extract of extracts) {
    const snaps = places.map((p) => inputs.track.snap(p.at, extract));
    if (snaps.every((s): s is Snap => s !== undefined)) return snaps;
  }
  const far = places.find((p) => !inputs.track.snap(p.at));
  return far ? `${far.name} is more than ${MAX_SNAP_KM} km from any track in the extract` : "its places lie on track of different extracts, which do not join";
}

/** How far off the track a line's end may lie, reached by its declared chord. */
export const MAX_OFF_TRACK_KM = 5;

/**
 * Along the track from place to place; each place snapped to its nearest track vertex. A place at
 * either end that declares a chord may lie off the track, up to MAX_OFF_TRACK_KM (a station the
 * extract's route passes 3 km away): it is drawn where it is, joined straight to its neighbour.
 */
function alongTrack(places: Place[], inputs: TraceInputs): Drawn | string {
  const offTrack = (i: number) => Boolean(places[i]!.chord) && (i === 0 || i === places.length - 1);
  const onTrack = places.filter((_, i) => !offTrack(i));
  if (onTrack.length === 0) return "no place of it is on the track: declare one without a chord";
  const snaps = snapAll(onTrack, inputs);
  if (typeof snaps === "string") return snaps;
  const snapOf = new Map(onTrack.map((place, i) => [place, snaps[i]!]));
  const at = (place: Place) => snapOf.get(place)?.vertex ?? place.at;
  for (const [end, neighbour] of [[places[0]!, places[1]!], [places[places.length - 1]!, places[places.length - 2]!]] as const) {
    const km = snapOf.has(end) ? 0 : distanceKm(end.at, at(neighbour));
    if (km > MAX_OFF_TRACK_KM) return `${end.name} is ${Math.round(km)} km from where the track leaves off: a chord at a line's end reaches at most ${MAX_OFF_TRACK_KM} km`;
  }
  const drawn = startDrawing({ ...places[0]!, at: at(places[0]!) });
  for (const snap of snaps) drawn.extracts.add(snap.extract);
  for (let i = 1; i < places.length; i++) {
    const [from, place] = [places[i - 1]!, places[i]!];
    const chord = place.chord ?? (offTrack(i - 1) ? from.chord : undefined);
    if (chord) {
      addChord(drawn, from, { ...place, chord }, at(place));
      continue;
    }
    const leg = inputs.track.route(snapOf.get(from)!, snapOf.get(place)!);
    if (!leg) return `no track joins ${from.name} and ${place.name}: the extract has a gap between them`;
    addPlace(drawn, { ...place, at: at(place) }, leg);
  }
  return drawn;
}

/** Through every station between the declared ones, in line order. */
function throughStations(places: Place[], inputs: TraceInputs): Drawn | string {
  const drawn = startDrawing(places[0]!);
  for (let i = 1; i < places.length; i++) {
    const [from, place] = [places[i - 1]!, places[i]!];
    if (place.chord) {
      addChord(drawn, from, { ...place, chord: place.chord }, place.at);
      continue;
    }
    const unmapped = [from, place].find((p) => p.osm === undefined);
    if (unmapped) return `${unmapped.name} is not an OSM station: between stations a "stations" section follows the chain, elsewhere it needs a chord`;
    const chain = chainStations(inputs.stationList, [inputs.stations.get(from.osm!)!, inputs.stations.get(place.osm!)!]);
    if ("gap" in chain) return `no chain of stations at most ${MAX_HOP_KM} km apart joins ${places[i - 1]!.name} and ${place.name}`;
    for (const station of chain.stations.slice(1, -1)) addPlace(drawn, { name: station.name, at: [station.lng, station.lat], osm: station.osm, extract: station.extract }, [[station.lng, station.lat]]);
    addPlace(drawn, place, [place.at]);
  }
  return drawn;
}

function throughPoints(places: Place[]): Drawn {
  const drawn = startDrawing(places[0]!);
  for (const place of places.slice(1)) addPlace(drawn, place, [place.at]);
  return drawn;
}

/** The rule each trace sets for status and mode, or undefined when the section keeps it. */
function traceRuleFault(section: SectionDeclaration): string | undefined {
  if (section.mode === "sea" && section.trace !== "sea-lane") return `a sea section is traced as "sea-lane", not "${section.trace}"`;
  if (section.mode !== "sea" && section.trace === "sea-lane") return `only a sea section is traced as "sea-lane"`;
  if (section.status === "planned" && section.trace !== "documented-alignment") return `a planned line has no track yet: trace it as "documented-alignment"`;
  if (section.status === "operating" && section.trace === "documented-alignment" && section.mode === "rail") {
    return `an operating railway is traced from OSM ("osm-track" or "stations"), not "documented-alignment"`;
  }
  return undefined;
}

const TRACED_FROM: Record<Exclude<SectionDeclaration["trace"], "osm-track" | "stations">, string> = {
  "documented-alignment": "the places named, each with its own published position (no track or stations to follow yet)",
  "sea-lane": "open-water waypoints between the ports' quays",
};

/** The drawn segment of one declared section, or the first fault that stops it. */
export function traceSection(section: SectionDeclaration, inputs: TraceInputs): TraceResult {
  const ruleFault = traceRuleFault(section);
  if (ruleFault) return { fault: ruleFault };
  const places: Place[] = [];
  for (const declared of section.via) {
    const place = resolvePlace(declared, inputs);
    if (typeof place === "string") return { fault: place };
    places.push(place);
  }
  const drawn =
    section.trace === "osm-track" ? alongTrack(places, inputs)
    : section.trace === "stations" ? throughStations(places, inputs)
    : throughPoints(places);
  if (typeof drawn === "string") return { fault: drawn };
  const extracts = () => [...drawn.extracts].sort().map((e) => EXTRACTS[e]).join("; ");
  // In words a reader of the downloads understands: how close to the real line the drawing is.
  const tracedFrom =
    section.trace === "osm-track" ? `along the track, ${extracts()}`
    : section.trace === "stations" ? `through the line's stations in order, straight from each to the next (the extract has no track here), ${extracts()}`
    : TRACED_FROM[section.trace];
  const { via: _via, ...declared } = section;
  return {
    segment: {
      type: "Feature",
      properties: { ...declared, tracedFrom, places: drawn.places, ...(drawn.chords.length ? { chords: drawn.chords } : {}) },
      geometry: { type: "LineString", coordinates: drawn.coordinates.map(round) },
    },
  };
}
