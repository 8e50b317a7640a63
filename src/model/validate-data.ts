// Every rule the atlas's data must meet. Pure: the caller reads the files and supplies the
// basemap's land and countries (GeoContext). Never throws: faults come back as problems that
// name the file, the feature and the fault.
import * as v from "valibot";
import { pointToLineDistance } from "@turf/point-to-line-distance";
import {
  CORRIDOR_IDS, type AtlasData, type CorridorCollection, type CorridorId, type CorridorMeta, type Hub, type Segment,
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

export function validateMeta(f: DataFile, problems: DataProblem[]): CorridorMeta[] {
  const file = parseWith(f, corridorMetaFileSchema, problems);
  if (!file) return [];
  const metas: CorridorMeta[] = [];
  file.corridors.forEach((entry, i) => {
    const parsed = v.safeParse(corridorMetaSchema, entry);
    if (parsed.success) metas.push(parsed.output as CorridorMeta);
    else problems.push({ file: f.file, feature: featureName({ properties: entry }, i), fault: describeIssue(parsed.issues) });
  });
  checkDuplicates(f.file, metas.map((m) => m.id), problems);
  for (const id of CORRIDOR_IDS) {
    if (!metas.some((m) => m.id === id)) problems.push({ file: f.file, feature: id, fault: "corridor is missing" });
  }
  return metas;
}

function checkSegmentGeography(file: string, segment: Segment, geo: GeoContext, problems: DataProblem[]): void {
  const { id, mode, vertices, channelKm, waterToleranceKm } = segment.properties;
  const coordinates = segment.geometry.coordinates;
  if (coordinates.length < 2) {
    problems.push({ file, feature: id, fault: `LineString has ${coordinates.length} point(s), needs at least 2` });
    return;
  }
  if (vertices.length !== coordinates.length) {
    problems.push({ file, feature: id, fault: `has ${coordinates.length} coordinates but ${vertices.length} named vertices` });
  }
  const faults = coordinates.map(coordinateFault).filter((fault): fault is string => fault !== undefined);
  if (faults.length > 0) {
    problems.push({ file, feature: id, fault: faults[0]! });
    return;
  }
  if (waterToleranceKm !== undefined && mode === "sea") {
    problems.push({ file, feature: id, fault: "waterToleranceKm is for rail and road segments; sea legs use channelKm" });
  }
  for (const crossing of wrongSurfaceCrossings(coordinates, mode, geo, channelKm, waterToleranceKm)) {
    const from = vertices[crossing.edge]?.name ?? `vertex ${crossing.edge + 1}`;
    const to = vertices[crossing.edge + 1]?.name ?? `vertex ${crossing.edge + 2}`;
    const surface = mode === "sea" ? "land" : "open water";
    const [lng, lat] = crossing.at.map((n) => Math.round(n * 1000) / 1000);
    problems.push({ file, feature: id, fault: `${mode} segment crosses ${surface} for ${crossing.lengthKm} km from [${lng}, ${lat}] (between ${from} and ${to})` });
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
    const segment = parsed.output as Segment;
    checkSegmentGeography(f.file, segment, geo, problems);
    segments.push(segment);
  });
  checkDuplicates(f.file, segments.map((s) => s.properties.id), problems);
  if (collection.features.length === 0) problems.push({ file: f.file, fault: "has no segments" });
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

function checkCountries(metaFile: string, meta: CorridorMeta, collection: CorridorCollection, geo: GeoContext, problems: DataProblem[]): void {
  const crossed = new Set<string>();
  for (const segment of collection.features) {
    if (segment.properties.mode === "sea") continue;
    for (const code of countriesCrossed(segment.geometry.coordinates, geo)) crossed.add(code);
  }
  const declared = new Set(meta.countries);
  const missing = [...crossed].filter((c) => !declared.has(c)).sort();
  const extra = [...declared].filter((c) => !crossed.has(c)).sort();
  if (missing.length) problems.push({ file: metaFile, feature: meta.id, fault: `its segments cross ${missing.join(", ")}, missing from countries` });
  if (extra.length) problems.push({ file: metaFile, feature: meta.id, fault: `countries lists ${extra.join(", ")}, which its segments never cross` });
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
    const hub = parsed.output as Hub;
    const { id } = hub.properties;
    const fault = coordinateFault(hub.geometry.coordinates);
    if (fault) problems.push({ file: f.file, feature: id, fault });
    for (const corridorId of hub.properties.corridors) {
      const lines = corridors.get(corridorId as CorridorId);
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
export function validateAtlas(files: AtlasFiles, geo: GeoContext): { data?: Pick<AtlasData, "corridors" | "hubs">; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const metas = validateMeta(files.meta, problems);
  const collections = files.corridors.map((f) => validateCorridor(f, geo, problems));
  checkSharedSegments(files.corridors, collections, problems);
  const byId = new Map<CorridorId, CorridorCollection>();
  files.corridors.forEach((f, i) => byId.set(f.id as CorridorId, collections[i]!));
  for (const meta of metas) {
    const collection = byId.get(meta.id);
    if (!collection) problems.push({ file: files.meta.file, feature: meta.id, fault: `has no data/corridors/${meta.id}.geojson` });
    else if (collection.features.length > 0) checkCountries(files.meta.file, meta, collection, geo, problems);
  }
  const hubs = validateHubs(files.hubs, byId, problems);
  if (problems.length > 0) return { problems };
  return {
    problems,
    data: {
      corridors: CORRIDOR_IDS.map((id) => ({ ...metas.find((m) => m.id === id)!, segments: byId.get(id)! })),
      hubs: { type: "FeatureCollection", features: hubs },
    },
  };
}
