// The corridor lines' opacity has two reasons to change: a picked corridor makes the others
// recede, and a past year fades the lines whose opening year no source gives. This one place
// combines them, so neither undoes the other.
import type { ExpressionSpecification, Map as MapLibreMap } from "maplibre-gl";
import { CORRIDOR_LINE_LAYER_IDS, faintInShownYear } from "./corridor-layers";

const selected: ExpressionSpecification = ["boolean", ["feature-state", "selected"], false];
const RECEDED = 0.22;
const FAINT = 0.3;
const CASING = 0.85;

export interface CorridorOpacity {
  /** The lines of corridors not picked recede (a corridor is shown), or all are full again. */
  setReceded(on: boolean): void;
  /** A past year is shown: lines with an unknown opening year are drawn faint. */
  setPast(on: boolean): void;
}

export function makeCorridorOpacity(map: MapLibreMap): CorridorOpacity {
  let receded = false;
  let past = false;
  const apply = () => {
    const faint: ExpressionSpecification = ["case", faintInShownYear, FAINT, 1];
    const byPick: ExpressionSpecification | number = receded ? ["case", selected, 1, RECEDED] : 1;
    const value = past ? (receded ? ["*", byPick, faint] as ExpressionSpecification : faint) : byPick;
    for (const layer of CORRIDOR_LINE_LAYER_IDS) map.setPaintProperty(layer, "line-opacity", value);
    map.setPaintProperty("corridor-casing", "line-opacity", past ? ["case", faintInShownYear, FAINT * CASING, CASING] : CASING);
  };
  // Only on a change: every setPaintProperty starts a 300 ms paint transition, and a map in
  // transition is not idle, so a needless call at load delayed the first idle (map-ready).
  return {
    setReceded(on) {
      if (on === receded) return;
      receded = on;
      apply();
    },
    setPast(on) {
      if (on === past) return;
      past = on;
      apply();
    },
  };
}
