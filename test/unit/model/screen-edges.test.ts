import { describe, expect, test } from "vitest";
import { NAME_REACH_PX, nearEdges, screenPoint } from "../../../src/model/screen-edges";
import { latitudeOfMercatorY, mercatorY } from "../../../src/model/region";

const camera = { lng: 60, lat: 42, zoom: 3, widthPx: 1000, heightPx: 600 };

describe("screenPoint", () => {
  test("puts the camera's centre at the canvas's middle, and a degree east 512·2^zoom/360 px to its right", () => {
    expect(screenPoint([60, 42], camera)).toEqual({ x: 500, y: 300 });
    expect(screenPoint([61, 42], camera).x).toBeCloseTo(500 + (512 * 8) / 360, 6);
    expect(screenPoint([60, 43], camera).y).toBeLessThan(300);
  });
});

describe("nearEdges", () => {
  const at = (x: number, y: number) => {
    // The point at (x, y) on the canvas: back along the same projection.
    const lng = 60 + ((x - 500) * 360) / (512 * 8);
    const lat = latitudeOfMercatorY(mercatorY(42) - ((y - 300) * 2 * Math.PI) / (512 * 8));
    return nearEdges([lng, lat], camera);
  };
  test("names the edges within a name's reach, north or south first", () => {
    expect(at(500, 300)).toBe("");
    expect(at(NAME_REACH_PX.side - 5, 300)).toBe("w");
    expect(at(1000 - NAME_REACH_PX.side + 5, 300)).toBe("e");
    expect(at(500, NAME_REACH_PX.end - 5)).toBe("n");
    expect(at(500, 600 - NAME_REACH_PX.end + 5)).toBe("s");
    expect(at(10, 10)).toBe("nw");
    expect(at(990, 590)).toBe("se");
  });
  test("measures from the part of the map nothing lies over: the zoom buttons' column, the tour's caption", () => {
    const lngAt = (x: number) => 60 + ((x - 500) * 360) / (512 * 8);
    const covered = { ...camera, inset: { right: 60, bottom: 200 } };
    // 240 px from the canvas's right side, 180 px from the buttons' column: beyond a name's reach of either.
    expect(nearEdges([lngAt(760), 42], camera)).toBe("");
    expect(nearEdges([lngAt(800), 42], covered)).toBe("e");
    // Under the caption (the lower 200 px): named upwards, towards the free part.
    expect(screenPoint([60, 33], camera).y).toBeGreaterThan(600 - 200);
    expect(nearEdges([60, 33], camera)).toBe("");
    expect(nearEdges([60, 33], covered)).toBe("s");
  });

  test("on a map too narrow for a name beside a point either way, names both sides, so it is set over or under it", () => {
    // A phone's hub page: the hub in the middle of a 300 px map, 150 px from either side.
    const narrow = { ...camera, widthPx: 300 };
    expect(nearEdges([60, 42], narrow)).toBe("we");
    expect(nearEdges([60, 42], { ...narrow, heightPx: 80 })).toBe("nwe");
    // Room on one side: only the other is named, as before.
    expect(nearEdges([60 + (40 * 360) / (512 * 8), 42], narrow)).toBe("e");
  });

  test("has a point just off the canvas named away from it, so no name is seen cut, and says nothing of one further off", () => {
    expect(at(-20, 300)).toBe("e");
    expect(at(500, 620)).toBe("n");
    expect(at(-20, -10)).toBe("se");
    expect(at(-NAME_REACH_PX.side - 5, 300)).toBe("");
    expect(at(500, 600 + NAME_REACH_PX.end + 5)).toBe("");
  });
});
