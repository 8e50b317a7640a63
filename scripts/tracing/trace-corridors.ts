// The whole tracing step, pure: declarations (data/sections) + the vendored OSM extract + hubs in,
// the text of every data/corridors/<id>.geojson out, or the faults that stop it. Same inputs, same
// bytes: the build re-runs it and fails when the committed files differ.
import * as v from "valibot";
import type { Position } from "geojson";
import { length } from "@turf/length";
import { CORRIDOR_ATTRIBUTION, CORRIDOR_IDS, ODBL_URL, type CorridorId, type Segment } from "../../src/model/corridor.ts";
import { describeIssue } from "../../src/model/data-schema.ts";
import { parseWith, type DataFile, type DataProblem } from "../../src/model/validate-data.ts";
import type { OsmExtract } from "./osm-extract.ts";
import {
  corridorSectionsSchema, publishedLengthFileSchema, publishedLengthSchema, sectionFileSchema, sectionSchema,
  type PublishedLength, type SectionDeclaration,
} from "./section-schema.ts";
import { makeTrackRouter } from "./track-router.ts";
import { traceSection, type TraceInputs } from "./trace-section.ts";

export interface SectionFiles {
  /** data/sections/*.json except the two below. */
  sections: DataFile[];
  /** data/sections/corridors.json: the sections of each corridor, in order. */
  corridors: DataFile;
  /** data/sections/published-lengths.json. */
  lengths: DataFile;
}

/** A drawn length may differ from the published one by this share before the build stops. */
export const LENGTH_TOLERANCE = 0.05;

export const ATTRIBUTION = CORRIDOR_ATTRIBUTION;
export const LICENCE =
  "Corridor geometry derived from OpenStreetMap data (© OpenStreetMap contributors): railways along its track or through its stations, " +
  "sea lanes and planned lines between the places named (each section's traced_from says which), " +
  `available under the Open Database Licence (ODbL 1.0): ${ODBL_URL}`;

function readSections(files: SectionFiles, problems: DataProblem[]): Map<string, { file: string; section: SectionDeclaration }> {
  const declared = new Map<string, { file: string; section: SectionDeclaration }>();
  for (const f of files.sections) {
    parseWith(f, sectionFileSchema, problems)?.sections.forEach((raw, i) => {
      const parsed = v.safeParse(sectionSchema, raw);
      const id = (raw as { id?: unknown })?.id;
      const name = typeof id === "string" ? id : `section #${i + 1}`;
      if (!parsed.success) problems.push({ file: f.file, feature: name, fault: describeIssue(parsed.issues) });
      else if (declared.has(parsed.output.id)) problems.push({ file: f.file, feature: name, fault: `is declared twice (also in ${declared.get(parsed.output.id)!.file})` });
      else declared.set(parsed.output.id, { file: f.file, section: parsed.output });
    });
  }
  return declared;
}

/** The drawn length of some segments, in km. */
export const drawnKm = (segments: Segment[]): number => segments.reduce((km, s) => km + length(s, { units: "kilometers" }), 0);

function checkPublishedLengths(f: DataFile, traced: Map<string, Segment>, problems: DataProblem[]): void {
  const raw = parseWith(f, publishedLengthFileSchema, problems)?.lengths ?? [];
  raw.forEach((entry, i) => {
    const parsed = v.safeParse(publishedLengthSchema, entry);
    const line = (entry as { line?: unknown })?.line;
    const feature = typeof line === "string" ? line : `length #${i + 1}`;
    if (!parsed.success) return problems.push({ file: f.file, feature, fault: describeIssue(parsed.issues) });
    const published: PublishedLength = parsed.output;
    const missing = published.sections.filter((id) => !traced.has(id));
    if (missing.length) return problems.push({ file: f.file, feature, fault: `names unknown or untraced section(s) ${missing.join(", ")}` });
    const km = drawnKm(published.sections.map((id) => traced.get(id)!));
    const off = (km - published.km) / published.km;
    if (Math.abs(off) > LENGTH_TOLERANCE && !published.expectedDifference) {
      problems.push({ file: f.file, feature, fault: `is drawn ${Math.round(km)} km long, ${Math.round(off * 100)}% off its published ${published.km} km (at most ${LENGTH_TOLERANCE * 100}%, or say why in expectedDifference)` });
    }
  });
}

export interface TraceOutput {
  /** File text by corridor id, as written to data/corridors/<id>.geojson. */
  files: Map<CorridorId, string>;
  segments: Map<string, Segment>;
  problems: DataProblem[];
}

/** Traces every declared section and assembles the corridor files. Never throws. */
export function traceCorridors(files: SectionFiles, extract: OsmExtract, hubs: TraceInputs["hubs"]): TraceOutput {
  const problems: DataProblem[] = [];
  const declared = readSections(files, problems);
  const inputs: TraceInputs = {
    stations: new Map(extract.stations.map((s) => [s.osm, s])),
    stationList: extract.stations,
    track: makeTrackRouter(extract.track),
    hubs,
  };
  const traced = new Map<string, Segment>();
  for (const [id, { file, section }] of declared) {
    const result = traceSection(section, inputs);
    if ("fault" in result) problems.push({ file, feature: id, fault: result.fault });
    else traced.set(id, result.segment);
  }
  const order = parseWith(files.corridors, corridorSectionsSchema, problems);
  const used = new Set(Object.values(order ?? {}).flat());
  for (const [id, { file }] of declared) if (!used.has(id)) problems.push({ file, feature: id, fault: "is in no corridor of data/sections/corridors.json" });
  const out = new Map<CorridorId, string>();
  for (const corridor of CORRIDOR_IDS) {
    const ids = order?.[corridor] ?? [];
    if (order && !ids.length) problems.push({ file: files.corridors.file, feature: corridor, fault: "corridor has no sections" });
    const unknown = ids.filter((id) => !declared.has(id));
    if (unknown.length) problems.push({ file: files.corridors.file, feature: corridor, fault: `names undeclared section(s) ${unknown.join(", ")}` });
    const features = ids.flatMap((id) => traced.get(id) ?? []);
    out.set(corridor, `${JSON.stringify({ type: "FeatureCollection", attribution: ATTRIBUTION, licence: LICENCE, features }, null, 1)}\n`);
  }
  checkPublishedLengths(files.lengths, traced, problems);
  return { files: out, segments: traced, problems };
}

/** Hub positions by id, from data/hubs.geojson's text; none when it does not parse (its validator says why). */
export function hubPositions(text: string): TraceInputs["hubs"] {
  try {
    const hubs = JSON.parse(text) as { features: { properties: { id: string; name: string }; geometry: { coordinates: Position } }[] };
    return new Map(hubs.features.map((h) => [h.properties.id, { name: h.properties.name, at: h.geometry.coordinates }]));
  } catch {
    return new Map();
  }
}
