import { describe, expect, test } from "vitest";
import { lineToPick, nearestHub, type LineUnder } from "../../../src/model/pick";

describe("what a tap on the map picks", () => {
  test("of overlapping hub symbols, the hub whose point is nearest the tap, not the one drawn on top", () => {
    expect(nearestHub([{ id: "kuryk", distancePx: 6 }, { id: "aktau", distancePx: 1 }])).toBe("aktau");
    expect(nearestHub([{ id: "kuryk", distancePx: 2 }, { id: "aktau", distancePx: 5 }])).toBe("kuryk");
    expect(nearestHub([])).toBeUndefined();
  });

  test("of lines side by side on a shared track, the corridor shown; else the first", () => {
    const northSouth: LineUnder = { corridor: "north-south", segment: "zhanaozen-bereket", chord: false };
    const kti: LineUnder = { corridor: "kti", segment: "zhanaozen-bereket", chord: false };
    expect(lineToPick([northSouth, kti], "kti")).toBe(kti);
    expect(lineToPick([northSouth, kti], undefined)).toBe(northSouth);
    expect(lineToPick([northSouth, kti], "titr")).toBe(northSouth);
    expect(lineToPick([], "kti")).toBeUndefined();
  });
});
