import { describe, expect, test } from "vitest";
import { endOfExtent } from "../../../src/model/extent";

describe("which end of an extent a place lies towards", () => {
  const extent = [40, 30, 88, 50] as const; // 48° wide: thirds at 56° and 72°

  test("the western and eastern thirds are its ends, edges included", () => {
    expect([40, 50, 56].map((lng) => endOfExtent(lng, extent))).toEqual(["west", "west", "west"]);
    expect([72, 80, 88].map((lng) => endOfExtent(lng, extent))).toEqual(["east", "east", "east"]);
  });

  test("the middle third is neither", () => {
    expect([56.1, 64, 71.9].map((lng) => endOfExtent(lng, extent))).toEqual([undefined, undefined, undefined]);
  });
});
