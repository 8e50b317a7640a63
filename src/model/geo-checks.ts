// Geographic rules for segments: on the globe, inside the region, on land or at sea as their mode says.
import type { Position } from "geojson";
import { REGION_BBOX } from "./region";
import type { Mode } from "./corridor";

/** Tells water from land on the basemap, and which country a point is in. */
export interface GeoContext {
  isWater(lng: number, lat: number): boolean;
  countryAt(lng: number, lat: number): string | undefined;
}

const EARTH_RADIUS_KM = 6371;
/** Sampling step along each edge when checking land and water. */
export const SAMPLE_KM = 1;
/** A rail line may hug a coast, and a ferry leave a quay: runs shorter than this are not a crossing. */
export const COAST_TOLERANCE_KM = 3;

export function distanceKm([lng1, lat1]: Position, [lng2, lat2]: Position): number {
  const rad = Math.PI / 180;
  const dLat = (lat2! - lat1!) * rad;
  const dLng = (lng2! - lng1!) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1! * rad) * Math.cos(lat2! * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
}

/** A fault in one coordinate, or undefined when it is fine. */
export function coordinateFault(position: Position): string | undefined {
  const [lng, lat] = position;
  if (position.length < 2 || !Number.isFinite(lng) || !Number.isFinite(lat)) return `coordinate ${JSON.stringify(position)} is not a number pair`;
  if (Math.abs(lng!) > 180 || Math.abs(lat!) > 90) return `coordinate [${lng}, ${lat}] is off the globe`;
  const [w, s, e, n] = REGION_BBOX;
  if (lng! < w || lng! > e || lat! < s || lat! > n) return `coordinate [${lng}, ${lat}] is outside the region ${JSON.stringify(REGION_BBOX)}`;
  return undefined;
}

interface Sample { at: Position; kmFromStart: number; edge: number }

/** Points every SAMPLE_KM along the line (and at each vertex), with their distance from the start. */
export function sampleLine(coordinates: Position[]): Sample[] {
  const samples: Sample[] = [];
  let travelled = 0;
  for (let i = 0; i < coordinates.length - 1; i++) {
    const a = coordinates[i]!;
    const b = coordinates[i + 1]!;
    const km = distanceKm(a, b);
    const steps = Math.max(1, Math.ceil(km / SAMPLE_KM));
    for (let s = 0; s < steps; s++) {
      const t = s / steps;
      samples.push({ at: [a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t], kmFromStart: travelled + km * t, edge: i });
    }
    travelled += km;
  }
  const last = coordinates[coordinates.length - 1]!;
  samples.push({ at: last, kmFromStart: travelled, edge: coordinates.length - 2 });
  return samples;
}

export interface SurfaceCrossing { lengthKm: number; at: Position; edge: number }

/**
 * Stretches where a segment runs over the wrong surface (water for rail and road, land for sea)
 * for longer than COAST_TOLERANCE_KM. Sea legs may cross land within `channelKm` of either end.
 */
export function wrongSurfaceCrossings(
  coordinates: Position[], mode: Mode, geo: GeoContext, channelKm = 0, toleranceKm = COAST_TOLERANCE_KM,
): SurfaceCrossing[] {
  const samples = sampleLine(coordinates);
  const totalKm = samples[samples.length - 1]?.kmFromStart ?? 0;
  const wrong = (s: Sample) => {
    const water = geo.isWater(s.at[0]!, s.at[1]!);
    if (mode !== "sea") return water;
    const inChannel = s.kmFromStart <= channelKm || totalKm - s.kmFromStart <= channelKm;
    return !water && !inChannel;
  };
  const crossings: SurfaceCrossing[] = [];
  let runStart: Sample | undefined;
  let runEnd: Sample | undefined;
  const close = () => {
    if (runStart && runEnd && runEnd.kmFromStart - runStart.kmFromStart > toleranceKm) {
      crossings.push({ lengthKm: Math.round(runEnd.kmFromStart - runStart.kmFromStart), at: runStart.at, edge: runStart.edge });
    }
    runStart = runEnd = undefined;
  };
  for (const s of samples) {
    if (wrong(s)) {
      runStart ??= s;
      runEnd = s;
    } else close();
  }
  close();
  return crossings;
}

// Natural Earth borders are generalised: a line along a border may graze the neighbour for a km or two.
const MIN_KM_IN_COUNTRY = 3;
/**
 * How far Natural Earth's 1:10m borders may stray from the real ones: Shu – Arys, along the
 * Kazakh–Kyrgyz border between Taraz and Shymkent, lies inside Kyrgyzstan's outline for 15 km,
 * never deeper than 2.9 km, and made the Middle Corridor "cross" Kyrgyzstan.
 */
export const BORDER_SLACK_KM = 4;
const AROUND = [[1, 0], [-1, 0], [0, 1], [0, -1], [Math.SQRT1_2, Math.SQRT1_2], [Math.SQRT1_2, -Math.SQRT1_2], [-Math.SQRT1_2, Math.SQRT1_2], [-Math.SQRT1_2, -Math.SQRT1_2]];

/** Whether, BORDER_SLACK_KM from a point in `code` in each of eight directions, there is no other country (the sea may be). */
function wellInside([lng, lat]: Position, code: string, geo: GeoContext): boolean {
  const dLat = BORDER_SLACK_KM / (EARTH_RADIUS_KM * Math.PI / 180);
  const dLng = dLat / Math.cos(lat! * Math.PI / 180);
  return AROUND.every(([x, y]) => (geo.countryAt(lng! + x! * dLng, lat! + y! * dLat) ?? code) === code);
}

/**
 * Countries a line runs through, as ISO alpha-2 codes in the order it enters them: for more than a
 * graze, and either ending there (a link to a terminal just over a border) or going deeper than
 * the borders' slack somewhere (not a line that only runs along a border).
 */
export function countriesCrossed(coordinates: Position[], geo: GeoContext): Set<string> {
  const samples = sampleLine(coordinates);
  const kmIn = new Map<string, number>();
  const counted = new Set<string>();
  samples.forEach((s, i) => {
    const code = geo.countryAt(s.at[0]!, s.at[1]!);
    if (!code) return;
    kmIn.set(code, (kmIn.get(code) ?? 0) + SAMPLE_KM);
    if (!counted.has(code) && (i === 0 || i === samples.length - 1 || wellInside(s.at, code, geo))) counted.add(code);
  });
  return new Set([...kmIn].filter(([code, km]) => km >= MIN_KM_IN_COUNTRY && counted.has(code)).map(([code]) => code));
}
