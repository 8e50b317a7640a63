// Where a hub's name is set around its point: to the right of it first, then under, over and to
// the left. On a corridor's page, a hub at either end of the corridor is named towards the middle
// only, so its name never runs off the map at the edge its end is framed against ("ort of Poti").
import type { DataDrivenPropertyValueSpecification, ExpressionSpecification, VariableAnchorOffsetCollectionSpecification } from "maplibre-gl";
import type { AtlasData } from "../model/corridor";
import { corridorExtent, endOfExtent, type ExtentEnd } from "../model/extent";
import { byShownCorridor, hubsOn } from "./shown-corridor";

/** Ems from the point to the name: as far as a radial offset of 0.9 sets it, corners included. */
const AWAY = 0.9;
const DIAGONAL = AWAY / Math.SQRT2;

// To the right of its point first, then under, over and to the left: neighbouring ports on a coast
// (Aktau and Kuryk, Poti and Batumi) are named in the order their points lie. Under and over
// first, the name below the northern point sat beside the southern one and read as its name.
export const NAMED_ANYWHERE: VariableAnchorOffsetCollectionSpecification = ["left", [AWAY, 0], "top", [0, AWAY], "bottom", [0, -AWAY], "right", [-AWAY, 0]];
// At the western end: to the right, then below or above and to the right.
const EASTWARD: VariableAnchorOffsetCollectionSpecification = ["left", [AWAY, 0], "top-left", [DIAGONAL, DIAGONAL], "bottom-left", [DIAGONAL, -DIAGONAL]];
// At the eastern end: to the left, then below or above and to the left.
const WESTWARD: VariableAnchorOffsetCollectionSpecification = ["right", [-AWAY, 0], "top-right", [-DIAGONAL, DIAGONAL], "bottom-right", [-DIAGONAL, -DIAGONAL]];

export type HubNamePlaces = DataDrivenPropertyValueSpecification<VariableAnchorOffsetCollectionSpecification>;

const literal = (places: VariableAnchorOffsetCollectionSpecification) => ["literal", places] as unknown as ExpressionSpecification;

/**
 * The shown corridor's hub names' `text-variable-anchor-offset`: a hub in the western or eastern
 * third of the corridor shown named towards its middle; any other anywhere around its point.
 */
export function shownCorridorHubNamePlaces(data: Pick<AtlasData, "corridors" | "hubs">): HubNamePlaces {
  return byShownCorridor((id) => {
    const corridor = data.corridors.find((c) => c.id === id);
    if (!corridor) return undefined;
    const extent = corridorExtent(corridor);
    const at = (end: ExtentEnd) => hubsOn(data.hubs, id).features
      .filter((h) => endOfExtent(h.geometry.coordinates[0]!, extent) === end).map((h) => h.properties.id);
    const [west, east] = [at("west"), at("east")];
    const ends = [...(west.length ? [west, literal(EASTWARD)] : []), ...(east.length ? [east, literal(WESTWARD)] : [])];
    return ends.length ? ["match", ["get", "id"], ...ends, literal(NAMED_ANYWHERE)] as unknown as ExpressionSpecification : undefined;
  }, literal(NAMED_ANYWHERE));
}
