import { describe, expect, test } from "vitest";
import { NAME_BELOW_PX, framingPadding, freeArea } from "../../../src/model/free-area";

// Room beside the extent for a name set to the side of a point: 5% of the free width over 600 px, at most 40.
const BESIDE = 34; // of 1280 px free

const canvas = { left: 0, top: 0, right: 1280, bottom: 720 };

describe("the free part of the map", () => {
  test("is the whole canvas when nothing lies over it, or the overlays miss it", () => {
    expect(freeArea(canvas, [])).toEqual(canvas);
    expect(freeArea(canvas, [{ left: -400, top: 0, right: 0, bottom: 720 }])).toEqual(canvas);
  });

  test("a caption along the bottom takes away the strip above it", () => {
    expect(freeArea(canvas, [{ left: 38, top: 500, right: 1242, bottom: 698 }])).toEqual({ ...canvas, bottom: 500 });
  });

  test("a legend in the top right corner is cut from the side that leaves more map", () => {
    // 260 wide and 380 tall: cutting its width away leaves more than cutting its height.
    expect(freeArea(canvas, [{ left: 1008, top: 12, right: 1268, bottom: 392 }])).toEqual({ ...canvas, right: 1008 });
    // A short, wide legend is cut from the top instead.
    expect(freeArea(canvas, [{ left: 900, top: 12, right: 1268, bottom: 60 }])).toEqual({ ...canvas, top: 60 });
  });

  test("several overlays are each cut away", () => {
    const free = freeArea(canvas, [
      { left: 38, top: 500, right: 1242, bottom: 698 },
      { left: 1008, top: 12, right: 1268, bottom: 392 },
    ]);
    expect(free).toEqual({ left: 0, top: 0, right: 1008, bottom: 500 });
  });
});

describe("the framing padding", () => {
  test("keeps a margin from the edges, and a smaller gap from an overlay", () => {
    expect(framingPadding(canvas, [{ left: 38, top: 500, right: 1242, bottom: 698 }])).toEqual({ left: 43 + BESIDE, right: 43 + BESIDE, top: 43, bottom: 228 + NAME_BELOW_PX });
  });

  test("an overlay about as deep as the margin, like the zoom buttons in a corner, costs a few pixels", () => {
    expect(framingPadding(canvas, [{ left: 1241, top: 652, right: 1270, bottom: 710 }])).toEqual({ left: 43 + 32, right: 47 + 32, top: 43, bottom: 43 + NAME_BELOW_PX }); // of 1241 px free
  });

  test("a phone's margin is smaller, and it keeps no room beside for names", () => {
    expect(framingPadding({ left: 0, top: 0, right: 390, bottom: 460 }, []).left).toBe(23);
  });

  test("a small window with the legend open keeps no room beside: its corridor must still fit", () => {
    const padding = framingPadding({ left: 0, top: 0, right: 644, bottom: 640 }, [{ left: 360, top: 12, right: 632, bottom: 429 }]);
    expect([padding.left, padding.right]).toEqual([38, 292]);
  });

  test("a wide screen keeps at most 40 px beside the extent for names", () => {
    const wide = framingPadding({ left: 0, top: 0, right: 1920, bottom: 1080 }, []);
    expect([wide.left, wide.right]).toEqual([48 + 40, 48 + 40]);
  });

  test("ignores overlays that would leave only a sliver, rather than zooming out to the world", () => {
    const strip = { left: 0, top: 0, right: 390, bottom: 300 };
    const padding = framingPadding(strip, [{ left: 0, top: 120, right: 390, bottom: 300 }]);
    expect(padding.bottom).toBe(padding.top + NAME_BELOW_PX);
  });
});
