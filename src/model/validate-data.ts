// Every rule the atlas's data must meet. Pure: the caller reads the files and supplies the
// basemap's land and countries (GeoContext). Never throws: faults come back as problems that
// name the file, the feature and the fault.
import * as v from "valibot";
import { point } from "@turf/helpers";
import { pointToLineDistance } from "@turf/point-to-line-distance";
import {
  CORRIDOR_IDS, type ValidatedAtlasData, type CorridorCollection, type CorridorId, type DeclaredCorridorMeta, type Hub, type Segment,
} from "./corridor";
import { corridorMetaFileSchema, corridorMetaSchema, corridorCollectionSchema, describeIssue, hubSchema, segmentSchema } from "./data-schema";
import { coordinateFault, countriesCrossed, wrongSurfaceCrossings, type GeoContext } from "./geo-checks";

export interface DataProblem { file: string; feature?: string; fault: string }

export const formatProblem = (p: DataProblem): string => `${p.file}: ${p.feature ? `"${p.feature}": ` : ""}${p.fault}`;

export interface DataFile { file: string; text: string }

export interface AtlasFiles {
  meta: DataFile;
  corridors: (DataFile & { id: string })[];
  hubs: DataFile;
}

/** A hub must lie this close to a line of every corridor it names. */
export const HUB_MAX_KM_FROM_CORRIDOR = 25;
/** A sea port must lie this close to a railway of its corridors: the trains reach the quay. */
export const PORT_MAX_KM_FROM_RAIL = 2;

/** The file's JSON, or undefined with a problem naming the file. */
export function parseJson(f: DataFile, problems: DataProblem[]): unknown {
  try {
    return JSON.parse(f.text);
  } catch (error) {
    problems.push({ file: f.file, fault: `is not valid JSON (${error instanceof Error ? error.message : String(error)})` });
    return undefined;
  }
}

/** The file's JSON checked against `schema`, or undefined with a problem naming the file. */
export function parseWith<S extends v.GenericSchema>(f: DataFile, schema: S, problems: DataProblem[]): v.InferOutput<S> | undefined {
  const raw = parseJson(f, problems);
  if (raw === undefined) return undefined;
  const parsed = v.safeParse(schema, raw);
  if (!parsed.success) {
    problems.push({ file: f.file, fault: describeIssue(parsed.issues) });
    return undefined;
  }
  return parsed.output;
}

/** The array under `key` in the file, or [] with a problem naming the file. */
export function parseList(f: DataFile, key: string, problems: DataProblem[]): unknown[] {
  return (parseWith(f, v.object({ [key]: v.array(v.unknown()) }), problems)?.[key] as unknown[] | undefined) ?? [];
}

const featureName = (raw: unknown, index: number): string => {
  const id = (raw as { properties?: { id?: unknown } })?.properties?.id;
  return typeof id === "string" && id ? id : `feature #${index + 1}`;
};

function checkDuplicates(file: string, ids: string[], problems: DataProblem[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) problems.push({ file, feature: id, fault: "duplicate id" });
    seen.add(id);
  }
}

export function validateMeta(f: DataFile, problems: DataProblem[]): DeclaredCorridorMeta[] {
  const file = parseWith(f, corridorMetaFileSchema, problems);
  if (!file) return [];
  const metas: DeclaredCorridorMeta[] = [];
  file.corridors.forEach((entry, i) => {
    const parsed = v.safeParse(corridorMetaSchema, entry);
    if (parsed.success) metas.push(parsed.output);
    else problems.push({ file: f.file, feature: featureName({ properties: entry }, i), fault: describeIssue(parsed.issues) });
  });
  checkDuplicates(f.file, metas.map((m) => m.id), problems);
  for (const id of CORRIDOR_IDS) {
    if (!metas.some((m) => m.id === id)) problems.push({ file: f.file, feature: id, fault: "corridor is missing" });
  }
  return metas;
}

/** The last place at or before coordinate `index`, and the first after it: what a fault is "between". */
function placesAround(places: Segment["properties"]["places"], index: number): [string, string] {
  const before = [...places].reverse().find((p) => p.at <= index)?.name ?? `vertex ${index + 1}`;
  const after = places.find((p) => p.at > index)?.name ?? `vertex ${index + 2}`;
  return [before, after];
}

/** Places must point at coordinates, in order, from the first to the last. */
function placesFault(places: Segment["properties"]["places"], count: number): string | undefined {
  const bad = places.find((p, i) => p.at >= count || (i > 0 && p.at < places[i - 1]!.at));
  if (bad) return `place "${bad.name}" points at coordinate ${bad.at}, out of order or past the last of ${count}`;
  if (places[0]?.at !== 0 || places[places.length - 1]?.at !== count - 1) return "places must start at the first coordinate and end at the last";
  return undefined;
}

function checkSegmentGeography(file: string, segment: Segment, geo: GeoContext, problems: DataProblem[]): void {
  const { id, mode, places, channelKm, waterToleranceKm } = segment.properties;
  const coordinates = segment.geometry.coordinates;
  if (coordinates.length < 2) {
    problems.push({ file, feature: id, fault: `LineString has ${coordinates.length} point(s), needs at least 2` });
    return;
  }
  const placeFault = placesFault(places, coordinates.length);
  if (placeFault) problems.push({ file, feature: id, fault: placeFault });
  const faults = coordinates.map(coordinateFault).filter((fault): fault is string => fault !== undefined);
  if (faults.length > 0) {
    problems.push({ file, feature: id, fault: faults[0]! });
    return;
  }
  if (waterToleranceKm !== undefined && mode === "sea") {
    problems.push({ file, feature: id, fault: "waterToleranceKm is for rail and road segments; sea legs use channelKm" });
  }
  // Track traced from OSM is the ground truth: Natural Earth's coast is a kilometre off where the
  // railway hugs the shore (Lankaran – Astara), so only drawn guesses are checked against it.
  if (segment.properties.trace === "osm-track") return;
  for (const crossing of wrongSurfaceCrossings(coordinates, mode, geo, channelKm, waterToleranceKm)) {
    const [from, to] = placesAround(places, crossing.edge);
    const surface = mode === "sea" ? "land" : "open water";
    const [lng, lat] = crossing.at.map((n) => Math.round(n * 1000) / 1000);
    problems.push({ file, feature: id, fault: `${mode} segment crosses ${surface} for ${crossing.lengthKm} km from [${lng}, ${lat}] (between ${from} and ${to})` });
  }
}

/** Every port a ferry leg of the corridor starts or ends at is reached by one of its railways. */
function checkFerriesMeetTrains(file: string, segments: Segment[], problems: DataProblem[]): void {
  const rail = segments.filter((s) => s.properties.mode === "rail");
  if (rail.length === 0) return;
  for (const sea of segments.filter((s) => s.properties.mode === "sea")) {
    const { places } = sea.properties;
    for (const end of [places[0], places[places.length - 1]]) {
      if (!end) continue;
      const at = point(sea.geometry.coordinates[end.at]!);
      const km = Math.min(...rail.map((s) => pointToLineDistance(at, s, { units: "kilometers" })));
      if (km > PORT_MAX_KM_FROM_RAIL) {
        problems.push({ file, feature: sea.properties.id, fault: `${end.name} is ${Math.round(km)} km from the nearest railway of this corridor (at most ${PORT_MAX_KM_FROM_RAIL}): the ferry meets no train` });
      }
    }
  }
}

export function validateCorridor(f: DataFile & { id: string }, geo: GeoContext, problems: DataProblem[]): CorridorCollection {
  const empty: CorridorCollection = { type: "FeatureCollection", features: [] };
  if (!(CORRIDOR_IDS as readonly string[]).includes(f.id)) {
    problems.push({ file: f.file, fault: `"${f.id}" is not a corridor id (expected one of ${CORRIDOR_IDS.join(", ")})` });
  }
  const collection = parseWith(f, corridorCollectionSchema, problems);
  if (!collection) return empty;
  const segments: Segment[] = [];
  collection.features.forEach((rawFeature, i) => {
    const parsed = v.safeParse(segmentSchema, rawFeature);
    if (!parsed.success) {
      problems.push({ file: f.file, feature: featureName(rawFeature, i), fault: describeIssue(parsed.issues) });
      return;
    }
    const segment: Segment = parsed.output;
    checkSegmentGeography(f.file, segment, geo, problems);
    segments.push(segment);
  });
  checkDuplicates(f.file, segments.map((s) => s.properties.id), problems);
  if (collection.features.length === 0) problems.push({ file: f.file, fault: "has no segments" });
  checkFerriesMeetTrains(f.file, segments, problems);
  return { type: "FeatureCollection", features: segments };
}

/** A segment shared by corridors (same id) must be drawn the same in each file. */
function checkSharedSegments(files: AtlasFiles["corridors"], collections: CorridorCollection[], problems: DataProblem[]): void {
  const firstSeen = new Map<string, { file: string; coordinates: string }>();
  collections.forEach((collection, i) => {
    for (const segment of collection.features) {
      const coordinates = JSON.stringify(segment.geometry.coordinates);
      const earlier = firstSeen.get(segment.properties.id);
      if (!earlier) firstSeen.set(segment.properties.id, { file: files[i]!.file, coordinates });
      else if (earlier.coordinates !== coordinates) {
        problems.push({ file: files[i]!.file, feature: segment.properties.id, fault: `differs from the segment of the same id in ${earlier.file}` });
      }
    }
  });
}

/** The countries a corridor's land segments cross, as sorted ISO alpha-2 codes: computed, never listed by hand. */
export function corridorCountries(collection: CorridorCollection, geo: GeoContext): string[] {
  const crossed = new Set<string>();
  for (const segment of collection.features) {
    if (segment.properties.mode === "sea") continue;
    for (const code of countriesCrossed(segment.geometry.coordinates, geo)) crossed.add(code);
  }
  return [...crossed].sort();
}

export function validateHubs(f: DataFile, corridors: Map<CorridorId, CorridorCollection>, problems: DataProblem[]): Hub[] {
  const collection = parseWith(f, corridorCollectionSchema, problems);
  if (!collection) return [];
  const hubs: Hub[] = [];
  collection.features.forEach((rawFeature, i) => {
    const parsed = v.safeParse(hubSchema, rawFeature);
    if (!parsed.success) {
      problems.push({ file: f.file, feature: featureName(rawFeature, i), fault: describeIssue(parsed.issues) });
      return;
    }
    const hub: Hub = parsed.output;
    const { id } = hub.properties;
    const fault = coordinateFault(hub.geometry.coordinates);
    if (fault) problems.push({ file: f.file, feature: id, fault });
    for (const corridorId of hub.properties.corridors) {
      const lines = corridors.get(corridorId);
      if (!lines) {
        problems.push({ file: f.file, feature: id, fault: `names unknown corridor "${corridorId}"` });
        continue;
      }
      if (fault || lines.features.length === 0) continue;
      const nearestKm = Math.min(...lines.features.map((s) => pointToLineDistance(hub.geometry, s, { units: "kilometers" })));
      if (nearestKm > HUB_MAX_KM_FROM_CORRIDOR) {
        problems.push({ file: f.file, feature: id, fault: `is ${Math.round(nearestKm)} km from the nearest line of "${corridorId}" (at most ${HUB_MAX_KM_FROM_CORRIDOR})` });
      }
    }
    hubs.push(hub);
  });
  checkDuplicates(f.file, hubs.map((h) => h.properties.id), problems);
  return hubs;
}

/** Validates the corridor and hub files together; `data` only comes back when there is no problem. */
export function validateAtlas(files: AtlasFiles, geo: GeoContext): { data?: Pick<ValidatedAtlasData, "corridors" | "hubs">; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const metas = validateMeta(files.meta, problems);
  const collections = files.corridors.map((f) => validateCorridor(f, geo, problems));
  checkSharedSegments(files.corridors, collections, problems);
  const byId = new Map<CorridorId, CorridorCollection>();
  files.corridors.forEach((f, i) => byId.set(f.id as CorridorId, collections[i]!));
  for (const meta of metas) {
    if (!byId.has(meta.id)) problems.push({ file: files.meta.file, feature: meta.id, fault: `has no data/corridors/${meta.id}.geojson` });
  }
  const hubs = validateHubs(files.hubs, byId, problems);
  if (problems.length > 0) return { problems };
  return {
    problems,
    data: {
      corridors: CORRIDOR_IDS.map((id) => ({ ...metas.find((m) => m.id === id)!, countries: corridorCountries(byId.get(id)!, geo), segments: byId.get(id)! })),
      hubs: { type: "FeatureCollection", features: hubs },
    },
  };
}
