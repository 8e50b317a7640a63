// Expressions that let layers share MapLibre's compiled shader programs.
//
// MapLibre compiles one program per layer type and per way each paint property varies: constant,
// by zoom, by feature, or by both. Without a GPU (Chrome's SwiftShader: laptops and phones whose
// graphics are blocklisted, and every CI browser) each program is compiled, and its pipeline built,
// in the middle of the first frames, blocking the page. The corridors and hubs must vary by
// feature (colour, hover and selection); giving the basemap's lines and dots the same kinds of
// expression lets them share those programs: 10 programs at load instead of 14, and the map is
// ready about 5% sooner (`npm run bench`, then compare). The values drawn do not change.
import type { ExpressionSpecification } from "maplibre-gl";

/** A value MapLibre treats as varying by feature, though it is the same for every one. */
export function perFeature(value: string | number): ExpressionSpecification {
  return ["case", ["has", "__shared-program"], value, value];
}

/** A linear ramp over zoom that MapLibre treats as varying by feature and zoom. */
export function perFeatureByZoom(stops: [zoom: number, value: number][]): ExpressionSpecification {
  return ["interpolate", ["linear"], ["zoom"], ...stops.flatMap(([zoom, value]) => [zoom, perFeature(value)])] as ExpressionSpecification;
}

/** No offset, in the form the corridor lines' side-by-side offset takes. */
export const NO_LINE_OFFSET = perFeatureByZoom([[0, 0], [24, 0]]);
