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

  test("an answer to the hello, arriving after the first steps were asked, does not pull the view back", () => {
    const stops = makeAskedStops();
    stops.ask(1);
    stops.ask(2);
    expect(stops.answer(0)).toBeUndefined();
    expect(stops.answer(1)).toBeUndefined();
    expect(stops.answer(2)).toBe(2);
  });

  test("with nothing asked, a stop the tour window went to on its own is where it is", () => {
    const stops = makeAskedStops();
    expect(stops.answer(5)).toBe(5);
    stops.ask(6);
    expect(stops.answer(6)).toBe(6);
    expect(stops.answer(3)).toBe(3);
  });
});
