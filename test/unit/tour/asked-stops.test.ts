import { describe, expect, test } from "vitest";
import { makeAskedStops } from "../../../src/tour/asked-stops";

describe("the stops a presenter window asked for", () => {
  test("answers to earlier steps that land after later ones are behind, and the last one is shown", () => {
    const stops = makeAskedStops();
    for (const index of [1, 2, 3]) stops.ask(index);
    expect(stops.answer(1)).toBeUndefined();
    expect(stops.answer(2)).toBeUndefined();
    expect(stops.answer(3)).toBe(3);
  });

  test("a stop the tour window went to on its own is where it is", () => {
    const stops = makeAskedStops();
    expect(stops.answer(5)).toBe(5);
    stops.ask(6);
    stops.ask(7);
    // Its own keys took it elsewhere meanwhile: that wins, and nothing asked is pending any more.
    expect(stops.answer(0)).toBe(0);
    expect(stops.answer(6)).toBe(6);
  });
});
