// The corridor lines' opacity has two reasons to change: a picked corridor makes the others
// recede, and a chosen year fades some lines (model/year.ts says which). This one place
// combines them, so neither undoes the other.
import type { ExpressionSpecification, Map as MapLibreMap } from "maplibre-gl";
import { CORRIDOR_LINE_LAYER_IDS } from "./corridor-layers";
import { FAINT_OPACITY as FAINT, sectionFaintInShownYear as faintInShownYear } from "./year-expressions";

const selected: ExpressionSpecification = ["boolean", ["feature-state", "selected"], false];
const RECEDED = 0.22;
const CASING = 0.85;

export interface CorridorOpacity {
  /** The lines of corridors not picked recede (a corridor is shown), or all are full again. */
  setReceded(on: boolean): void;
  /** A year other than today is shown: the lines it makes faint are drawn so. */
  setDated(on: boolean): void;
}

export function makeCorridorOpacity(map: MapLibreMap): CorridorOpacity {
  let receded = false;
  let dated = false;
  const apply = () => {
    const faint: ExpressionSpecification = ["case", faintInShownYear, FAINT, 1];
    // Always read feature state, even when nothing recedes (a case whose branches agree), never a
    // constant: MapLibre refreshes the paint of tiles built under an earlier value from the current
    // one, and a tile built while a corridor was picked, landing after the pick was undone, failed
    // on a constant ("this.expression.evaluate is not a function"; quick tour steps).
    const byPick: ExpressionSpecification = ["case", selected, 1, receded ? RECEDED : 1];
    const value: ExpressionSpecification = dated ? ["*", byPick, faint] : byPick;
    for (const layer of CORRIDOR_LINE_LAYER_IDS) map.setPaintProperty(layer, "line-opacity", value);
    map.setPaintProperty("corridor-casing", "line-opacity", dated ? ["case", faintInShownYear, FAINT * CASING, CASING] : CASING);
  };
  // Only on a change: every setPaintProperty starts a 300 ms paint transition, and a map in
  // transition is not idle, so a needless call at load delayed the first idle (map-ready).
  return {
    setReceded(on) {
      if (on === receded) return;
      receded = on;
      apply();
    },
    setDated(on) {
      if (on === dated) return;
      dated = on;
      apply();
    },
  };
}
