// Where a hub's name is set around its point: to the right of it first, then under, over and to
// the left. A hub near an edge of the view the atlas frames is named towards the map's middle
// only, so its name never runs off the map there ("ort of Poti" on a phone, "Dostyk" cut at the
// top of a 1024×768 tour stop): MapLibre places a label that hangs up to 100 px off the map.
import type { ExpressionSpecification, VariableAnchorOffsetCollectionSpecification } from "maplibre-gl";
import type { Hub } from "../model/corridor";
import { NEAR_EDGES, nearEdges, type NearEdges, type ScreenCamera } from "../model/screen-edges";

/** Ems from the point to the name: as far as a radial offset of 0.9 sets it, corners included. */
const AWAY = 0.9;
const DIAGONAL = AWAY / Math.SQRT2;

type Place = [anchor: VariableAnchorOffsetCollectionSpecification[number] & string, offset: [number, number]];
// Every place around the point, in the order they are tried: beside it, under, over, then corners.
// ("left" is the anchor: the point is at the name's left, so the name is to its right.)
const RIGHT: Place = ["left", [AWAY, 0]];
const BELOW: Place = ["top", [0, AWAY]];
const ABOVE: Place = ["bottom", [0, -AWAY]];
const LEFT: Place = ["right", [-AWAY, 0]];
const CORNERS: Place[] = [
  ["top-left", [DIAGONAL, DIAGONAL]], ["bottom-left", [DIAGONAL, -DIAGONAL]],
  ["top-right", [-DIAGONAL, DIAGONAL]], ["bottom-right", [-DIAGONAL, -DIAGONAL]],
];

const collection = (places: Place[]) => places.flat() as VariableAnchorOffsetCollectionSpecification;

// Away from the edges: to the right of its point first, then under, over and to the left:
// neighbouring ports on a coast (Aktau and Kuryk, Poti and Batumi) are named in the order their
// points lie. Under and over first, the name below the northern point sat beside the southern one
// and read as its name.
const NAMED_ANYWHERE = collection([RIGHT, BELOW, ABOVE, LEFT]);

/**
 * Whether a name set at `anchor` stays clear of `edges`: nothing of it to the west of a point near
 * the west edge, and so on. A name centred on its point's row or column (beside it, under or over
 * it) reaches half its size both ways.
 */
function clearOf([anchor]: Place, edges: NearEdges): boolean {
  const centredAcross = anchor === "top" || anchor === "bottom";
  const centredAlong = anchor === "left" || anchor === "right";
  const westward = anchor === "right" || anchor.endsWith("-right") || centredAcross;
  const eastward = anchor === "left" || anchor.endsWith("-left") || centredAcross;
  const above = anchor.startsWith("bottom") || centredAlong;
  const below = anchor.startsWith("top") || centredAlong;
  return !(edges.includes("w") && westward) && !(edges.includes("e") && eastward) &&
    !(edges.includes("n") && above) && !(edges.includes("s") && below);
}


/** The places a name near `edges` may take, in the order they are tried (to the right first, as anywhere). */
const placesNear = (edges: NearEdges): VariableAnchorOffsetCollectionSpecification =>
  collection([RIGHT, BELOW, ABOVE, LEFT, ...CORNERS].filter((place) => clearOf(place, edges)));

/** The style's global state: each hub near an edge of the view shown, by id, with the edges it is near. */
export const HUB_EDGES_STATE = "hubEdges";
export type HubEdges = Record<string, Exclude<NearEdges, "">>;

/** The hubs' names' `text-variable-anchor-offset`: by the edges the view shown has each hub near. */
export const HUB_NAME_PLACES = ["match", ["to-string", ["get", ["get", "id"], ["object", ["global-state", HUB_EDGES_STATE]]]],
  ...NEAR_EDGES.flatMap((edges) => [edges, ["literal", placesNear(edges)]]), ["literal", NAMED_ANYWHERE]] as unknown as ExpressionSpecification;

/** The hubs near an edge of the view `camera` shows, for HUB_EDGES_STATE. Never throws. */
export function hubEdges(hubs: readonly Hub[], camera: ScreenCamera): HubEdges {
  return Object.fromEntries(hubs.flatMap((hub) => {
    const edges = nearEdges(hub.geometry.coordinates, camera);
    return edges ? [[hub.properties.id, edges]] : [];
  }));
}
