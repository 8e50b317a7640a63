// What a view of the atlas is about, as plain data: the corridor or hub it shows, and where the
// camera looks. The map draws them, the address carries them, the tour names them.
import type { CorridorId } from "./corridor";

/** One corridor or one hub; nothing selected is the overview. */
export type Selection =
  | { kind: "corridor"; id: CorridorId }
  | { kind: "hub"; id: string };

/** The zoom a hub is shown at, on its page and its tour stop. */
export const HUB_ZOOM = 7;

/** Where the camera looks, as in the address's `#map=zoom/lat/lng`. */
export interface Camera { zoom: number; lat: number; lng: number }

/** Whether two selections are the same corridor or hub (both undefined: both the overview). */
export function sameSelection(a: Selection | undefined, b: Selection | undefined): boolean {
  return a?.kind === b?.kind && a?.id === b?.id;
}
