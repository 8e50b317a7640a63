// What a click or a tap on the map picks, from what lies under it. Pure: the map finds the
// candidates (src/map/mount-atlas-map.ts), this decides between them.
import type { CorridorId } from "./corridor";

/** A hub symbol under the pointer, and how far its point lies from it on screen. */
export interface HubUnder { id: string; distancePx: number }

/** A corridor's line under the pointer. */
export interface LineUnder { corridor: CorridorId; segment: string; chord: boolean }

/**
 * The hub whose point lies nearest the pointer. Zoomed out, neighbouring ports' symbols overlap
 * (Aktau and Kuryk, Poti and Batumi, a few pixels apart), and the symbol drawn on top was picked
 * whichever port was tapped.
 */
export function nearestHub(under: readonly HubUnder[]): string | undefined {
  return [...under].sort((a, b) => a.distancePx - b.distancePx)[0]?.id;
}

/**
 * The line to pick: the shown corridor's where it is among them, else the first. Corridors that
 * share a track are drawn side by side, 2–3 px apart; on the KTI's page a finger on its line
 * opened the North–South one beside it.
 */
export function lineToPick(under: readonly LineUnder[], shown: CorridorId | undefined): LineUnder | undefined {
  return under.find((line) => line.corridor === shown) ?? under[0];
}
