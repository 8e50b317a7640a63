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

export type HubNameAnchor = VariableAnchorOffsetCollectionSpecification[number] & string;
/**
 * Every place around the point, in the order they are tried: beside it, under, over, then the
 * corners; each with which way its name reaches from the point, east (1) or west (-1) and down (1)
 * or up (-1), both ways (0) where it is centred on the point's row or column. ("left" is the
 * anchor: the point is at the name's left, so the name is to its right.)
 */
export const PLACES: [HubNameAnchor, x: number, y: number][] = [
  ["left", 1, 0], ["top", 0, 1], ["bottom", 0, -1], ["right", -1, 0],
  ["top-left", 1, 1], ["bottom-left", 1, -1], ["top-right", -1, 1], ["bottom-right", -1, -1],
];
/** Where a place sets the name from the point, in ems. */
export const placeOffset = (x: number, y: number) => x && y ? [x * DIAGONAL, y * DIAGONAL] : [x * AWAY, y * AWAY];
const collection = (places: typeof PLACES) => places.flatMap(([anchor, x, y]) => [anchor, placeOffset(x, y)]) as VariableAnchorOffsetCollectionSpecification;

// Away from the edges: to the right of its point first, then under, over and to the left:
// neighbouring ports on a coast (Aktau and Kuryk, Poti and Batumi) are named in the order their
// points lie. Under and over first, the name below the northern point sat beside the southern one
// and read as its name.
const NAMED_ANYWHERE = collection(PLACES.slice(0, 4));

/**
 * The places a name near `edges` may take, in the order they are tried: none reaching towards an
 * edge it is near; near both sides, over or under the point, reaching half its width each way.
 */
const placesNear = (edges: NearEdges) => collection(PLACES.filter(([, x, y]) =>
  (edges.includes("we") ? !x : !(edges.includes("w") && x <= 0) && !(edges.includes("e") && x >= 0)) && !(edges.includes("n") && y <= 0) && !(edges.includes("s") && y >= 0)));

/** The style's global state: each hub near an edge of the view shown, by id, with the edges it is near. */
export const HUB_EDGES_STATE = "hubEdges";
export type HubEdges = Record<string, Exclude<NearEdges, "">>;

/** Every place, the one given first and the rest in their order. */
const placesFrom = (first: HubNameAnchor) => collection([...PLACES].sort(([a], [b]) => +(b === first) - +(a === first)));

/**
 * The hubs' names' `text-variable-anchor-offset`: by the edges the view shown has each hub near.
 * Away from them, the hub shown (`isShownHub`) tries every place, first the one the build found
 * clear of the lines on its page (its `nameAnchor`, scripts/data/hub-name-anchors.ts); near both
 * sides, over its point first where the build found fewer lines there (`nameOver`).
 */
export const hubNamePlaces = (isShownHub: ExpressionSpecification) => ["match", ["to-string", ["get", ["get", "id"], ["object", ["global-state", HUB_EDGES_STATE]]]],
  ...NEAR_EDGES.flatMap((edges) => [edges, edges === "we"
    ? ["case", ["all", isShownHub, ["==", ["get", "nameOver"], true]], ["literal", collection(PLACES.filter(([, x]) => !x).reverse())], ["literal", placesNear(edges)]]
    : ["literal", placesNear(edges)]]),
  ["case", isShownHub, ["match", ["get", "nameAnchor"], ...PLACES.flatMap(([anchor]) => [anchor, ["literal", placesFrom(anchor)]]), ["literal", NAMED_ANYWHERE]], ["literal", NAMED_ANYWHERE]],
] as unknown as ExpressionSpecification;

/** The hubs near an edge of the view `camera` shows, for HUB_EDGES_STATE. Never throws. */
export function hubEdges(hubs: readonly Hub[], camera: ScreenCamera): HubEdges {
  return Object.fromEntries(hubs.flatMap((hub) => {
    const edges = nearEdges(hub.geometry.coordinates, camera);
    return edges ? [[hub.properties.id, edges]] : [];
  }));
}
