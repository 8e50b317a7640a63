import { describe, expect, test } from "vitest";
import type { Map as MapLibreMap } from "maplibre-gl";
import { makeSelection } from "../../../src/map/corridor-selection";
import { CORRIDOR_LINE_LAYER_IDS, SHOWN_CORRIDOR_STATE, SHOWN_HUB_STATE } from "../../../src/map/corridor-layers";
import { CLIP_BBOX, growByPixels } from "../../../src/model/region";
import { makeCorridorOpacity } from "../../../src/map/corridor-opacity";
import { HUB_EDGES_STATE } from "../../../src/map/hub-name-places";
import type { AtlasData } from "../../../src/model/corridor";

const data = {
  corridors: [{ id: "kti", segments: { type: "FeatureCollection", features: [{ type: "Feature", properties: {}, geometry: { type: "LineString", coordinates: [[53, 43], [55, 39]] } }] } }],
  hubs: { type: "FeatureCollection", features: [{ type: "Feature", properties: { id: "aktau" }, geometry: { type: "Point", coordinates: [51.2, 43.6] } }] },
} as unknown as AtlasData;

/** A stand-in map that records what the selection asks of it. */
function recordingMap() {
  const calls: string[] = [];
  const map = {
    setFeatureState: (target: { id: string }, state: object) => calls.push(`state ${target.id} ${JSON.stringify(state)}`),
    setPaintProperty: (layer: string) => calls.push(`paint ${layer}`),
    setGlobalStateProperty: (name: string, value: unknown) => calls.push(`global ${name} ${JSON.stringify(value)}`),
    fitBounds: () => calls.push("fitBounds"),
    easeTo: () => calls.push("easeTo"),
    getZoom: () => 4,
    // A laptop's map centred on the Aral Sea: Aktau lies near no edge, so no hub is named inward.
    getCenter: () => ({ lng: 60, lat: 42 }),
    getCanvas: () => ({ clientWidth: 1280, clientHeight: 720 }),
    on: () => {},
  };
  return { calls, map: map as unknown as MapLibreMap };
}

const keep = { padding: { top: 0, bottom: 0, left: 0, right: 0 }, instant: true, frame: false };

describe("showing a corridor or hub on the map", () => {
  test("the overview at load changes no paint property (each would start a transition and delay the first idle)", () => {
    const { calls, map } = recordingMap();
    makeSelection(map, data, makeCorridorOpacity(map)).select(undefined, keep);
    // No hub near an edge is the style's own default state, which MapLibre leaves as it is.
    expect(calls.filter((c) => c !== `global ${HUB_EDGES_STATE} {}`)).toEqual([]);
  });

  test("the other lines recede once when a corridor is picked, and come back once when it is closed", () => {
    const { calls, map } = recordingMap();
    const selection = makeSelection(map, data, makeCorridorOpacity(map));
    selection.select({ kind: "corridor", id: "kti" }, keep);
    expect(calls.filter((c) => c.startsWith("paint"))).toHaveLength(CORRIDOR_LINE_LAYER_IDS.length + 1);
    calls.length = 0;
    selection.select({ kind: "hub", id: "aktau" }, keep);
    expect(calls.filter((c) => c.startsWith("paint"))).toHaveLength(CORRIDOR_LINE_LAYER_IDS.length + 1); // a hub keeps every line readable
    calls.length = 0;
    selection.select({ kind: "hub", id: "aktau" }, keep);
    selection.select(undefined, keep);
    expect(calls.filter((c) => c.startsWith("paint"))).toEqual([]);
    expect(calls).toContain('state aktau {"selected":false}');
  });

  test("the corridor and hub shown reach the map's labels once per change: none at load, then KTI, then the hub instead", () => {
    const { calls, map } = recordingMap();
    const selection = makeSelection(map, data, makeCorridorOpacity(map));
    const shown = () => calls.filter((c) => c.startsWith(`global ${SHOWN_CORRIDOR_STATE}`) || c.startsWith(`global ${SHOWN_HUB_STATE}`));
    selection.select(undefined, keep);
    selection.select({ kind: "corridor", id: "kti" }, keep);
    selection.select({ kind: "corridor", id: "kti" }, keep);
    selection.select({ kind: "hub", id: "aktau" }, keep);
    selection.select(undefined, keep);
    expect(shown()).toEqual([
      `global ${SHOWN_CORRIDOR_STATE} "kti"`, `global ${SHOWN_CORRIDOR_STATE} ""`, `global ${SHOWN_HUB_STATE} "aktau"`, `global ${SHOWN_HUB_STATE} ""`,
    ]);
  });

  test("a hub near an edge of the view about to be framed is told to the labels before the camera sets off, and again where the camera comes to rest", () => {
    const { calls, map: recording } = recordingMap();
    let landed = () => {};
    let center = { lng: 60, lat: 42 };
    // A phone's 390 px map at zoom 3: about 11 px a degree. Framed on 56° E, Aktau (51.2° E) lands
    // 140 px from its west side; the reader then pans to 60° E, where it is 95 px from it.
    const map = {
      ...recording, cameraForBounds: () => ({ center: { lng: 56, lat: 42 }, zoom: 3 }), getZoom: () => 3, getCenter: () => center,
      getMaxBounds: () => null, setMaxBounds: () => {}, once: () => {}, getCanvas: () => ({ clientWidth: 390, clientHeight: 464 }),
      on: (event: string, listener: () => void) => { if (event === "moveend") landed = listener; },
    } as unknown as MapLibreMap;
    const selection = makeSelection(map, data, makeCorridorOpacity(map));
    const frame = { instant: true, frame: true, padding: { top: 0, bottom: 0, left: 0, right: 0 } };
    selection.select({ kind: "corridor", id: "kti" }, frame);
    const told = () => calls.filter((c) => c.startsWith(`global ${HUB_EDGES_STATE}`) || c === "fitBounds");
    expect(told()).toEqual([`global ${HUB_EDGES_STATE} {"aktau":"w"}`, "fitBounds"]);
    center = { lng: 56, lat: 42 };
    landed();
    expect(told().at(-1)).toBe(`global ${HUB_EDGES_STATE} {"aktau":"w"}`);
    // Where the reader leaves it: Aktau 209 px from the west side of 390, 181 from the east, near neither.
    center = { lng: 50, lat: 42 };
    landed();
    expect(told().at(-1)).toBe(`global ${HUB_EDGES_STATE} {}`);
    // A view whose camera came with the address is told from where the map is.
    const kept = { ...frame, frame: false };
    center = { lng: 60, lat: 42 };
    selection.select({ kind: "hub", id: "aktau" }, kept);
    expect(told().at(-1)).toBe(`global ${HUB_EDGES_STATE} {"aktau":"w"}`);
  });

  test("framing lets the map look past the basemap's edge as far as the cover: widened for the flight, narrowed once it lands, unless another has begun", () => {
    let bounds: [[number, number], [number, number]] | null = null;
    const landings: (() => void)[] = [];
    const steps: string[] = [];
    const map = {
      ...recordingMap().map,
      cameraForBounds: () => ({ zoom: 3 }),
      getMaxBounds: () => bounds && { toArray: () => bounds },
      setMaxBounds: (next: [number, number, number, number]) => {
        bounds = [[next[0], next[1]], [next[2], next[3]]];
        steps.push(`bounds south ${next[1].toFixed(1)}`);
      },
      once: (event: string, listener: () => void) => { if (event === "moveend") landings.push(listener); },
      fitBounds: () => steps.push("fly"),
    } as unknown as MapLibreMap;
    const selection = makeSelection(map, data, makeCorridorOpacity(map));
    const frame = { instant: false, frame: true };
    // A caption over the lower 400 px: the map may look that far south of the basemap's edge.
    const captioned = growByPixels(CLIP_BBOX, { bottom: 400 }, 3)[1];
    const captionBelow = { top: 0, bottom: 400, left: 0, right: 0 };
    const nothingOver = { top: 0, bottom: 0, left: 0, right: 0 };
    selection.select(undefined, { ...frame, padding: captionBelow });
    landings.shift()!();
    // Then the caption goes: the flight starts from the wider bounds, and they narrow as it lands.
    selection.select({ kind: "corridor", id: "kti" }, { ...frame, padding: nothingOver });
    landings.shift()!();
    // A framing that begins before the last has landed: that landing must not narrow it.
    selection.select({ kind: "hub", id: "aktau" }, { ...frame, padding: captionBelow });
    const superseded = landings.shift()!;
    selection.select({ kind: "corridor", id: "kti" }, { ...frame, padding: nothingOver });
    superseded();
    landings.shift()!();
    const south = (value: number) => `bounds south ${value.toFixed(1)}`;
    expect(steps).toEqual([
      south(captioned), "fly", south(captioned),
      south(captioned), "fly", south(CLIP_BBOX[1]),
      south(captioned), "fly",
      south(captioned), "fly", south(CLIP_BBOX[1]),
    ]);
    expect(CLIP_BBOX[1]).toBeGreaterThan(captioned);
  });
});
