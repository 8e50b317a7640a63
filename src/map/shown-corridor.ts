// The corridor shown, as the style reads it: a global state, and expressions that branch on it
// (which hubs it names first and larger: corridor-layers).
import type { ExpressionSpecification } from "maplibre-gl";
import { CORRIDOR_IDS, type CorridorId } from "../model/corridor";

/** The corridor shown (its id; "" for none): its hubs are named however far out it is framed (a phone's corridor page). */
export const SHOWN_CORRIDOR_STATE = "shownCorridor";

/** By the corridor shown: `each` of that corridor (none where it gives undefined), or `otherwise`. */
export function byShownCorridor(each: (corridor: CorridorId) => ExpressionSpecification | boolean | undefined, otherwise: ExpressionSpecification | boolean = false): ExpressionSpecification {
  const branches = CORRIDOR_IDS.flatMap((id) => {
    const value = each(id);
    return value === undefined ? [] : [id, value];
  });
  return (branches.length ? ["match", ["global-state", SHOWN_CORRIDOR_STATE], ...branches, otherwise] : otherwise) as ExpressionSpecification;
}
