import { describe, expect, test } from "vitest";
import type { Map as MapLibreMap } from "maplibre-gl";
import { makeCorridorOpacity } from "../../../src/map/corridor-opacity";
import { CORRIDOR_LINE_LAYER_IDS } from "../../../src/map/corridor-layers";
import { sectionFaintInShownYear as faintInShownYear } from "../../../src/map/year-expressions";

/** A stand-in map that keeps the last line-opacity set on each layer. */
function recordingMap() {
  const opacity = new Map<string, unknown>();
  const map = { setPaintProperty: (layer: string, _property: string, value: unknown) => opacity.set(layer, value) };
  return { opacity, map: map as unknown as MapLibreMap };
}

const mentions = (value: unknown, part: unknown) => JSON.stringify(value).includes(JSON.stringify(part));

describe("the corridor lines' opacity", () => {
  test("a past year fades the lines of unknown opening, casing included; today puts them back", () => {
    const { opacity, map } = recordingMap();
    const lines = makeCorridorOpacity(map);
    lines.setDated(true);
    for (const layer of [...CORRIDOR_LINE_LAYER_IDS, "corridor-casing"]) expect(mentions(opacity.get(layer), faintInShownYear), layer).toBe(true);
    lines.setDated(false);
    for (const layer of CORRIDOR_LINE_LAYER_IDS) expect(opacity.get(layer)).toEqual(["case", ["boolean", ["feature-state", "selected"], false], 1, 1]);
  });

  test("once the lines' opacity reads feature state it always does, whatever is undone, in any order", () => {
    // MapLibre refreshes the paint of a tile built under an earlier value from the current value;
    // a constant there throws (a tile built while a corridor was picked, landing after the pick
    // was undone: quick tour steps). So every value set reads the feature's state.
    const { opacity, map } = recordingMap();
    const lines = makeCorridorOpacity(map);
    const steps: [keyof typeof lines, boolean][] = [["setReceded", true], ["setReceded", false], ["setDated", true], ["setReceded", true], ["setDated", false], ["setReceded", false]];
    for (const [step, on] of steps) {
      lines[step](on);
      for (const layer of CORRIDOR_LINE_LAYER_IDS) expect(mentions(opacity.get(layer), ["feature-state", "selected"]), `${step}(${on}) ${layer}`).toBe(true);
    }
  });

  test("a picked corridor's recede and a past year's fading combine: neither undoes the other", () => {
    const { opacity, map } = recordingMap();
    const lines = makeCorridorOpacity(map);
    lines.setReceded(true);
    lines.setDated(true);
    const value = opacity.get(CORRIDOR_LINE_LAYER_IDS[0]!);
    expect(mentions(value, faintInShownYear)).toBe(true);
    expect(mentions(value, ["feature-state", "selected"])).toBe(true);
    lines.setDated(false);
    expect(mentions(opacity.get(CORRIDOR_LINE_LAYER_IDS[0]!), faintInShownYear)).toBe(false);
    expect(mentions(opacity.get(CORRIDOR_LINE_LAYER_IDS[0]!), ["feature-state", "selected"])).toBe(true);
  });
});
