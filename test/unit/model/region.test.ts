import { describe, expect, test } from "vitest";
import {
  CLIP_BBOX, INITIAL_BOUNDS, LOWEST_FRAMING_ZOOM, REGION_BBOX, bboxContains, bboxUnion, growByHalfViewport, growByPixels, latitudeOfMercatorY, mercatorY, zoomToFit,
} from "../../../src/model/region";

describe("region geometry", () => {
  test("the whole world fits a 512 px square at zoom 0", () => {
    expect(zoomToFit([-180, -85.0511, 180, 85.0511], { widthPx: 512, heightPx: 512 })).toBeCloseTo(0, 3);
  });

  test("mercator y and its inverse agree", () => {
    for (const lat of [-60, -15, 0, 37.5, 60, 84]) expect(latitudeOfMercatorY(mercatorY(lat))).toBeCloseTo(lat, 9);
  });

  test("half a 1024 px wide screen at zoom 2 (a 2048 px world) is 90 degrees of longitude", () => {
    const grown = growByHalfViewport([0, 0, 10, 10], 2, { widthPx: 1024, heightPx: 0 });
    expect(grown[0]).toBeCloseTo(-90, 9);
    expect(grown[2]).toBeCloseTo(10 + 90, 9);
  });

  test("each side grows by its own pixels: a caption's 400 px below, nothing above", () => {
    // At zoom 2 the world is 2048 px: 400 px of it is 0.390625 of π in Mercator y.
    const [west, south, east, north] = growByPixels([40, 10, 50, 20], { bottom: 400, right: 512 }, 2);
    expect(west).toBe(40);
    expect(north).toBeCloseTo(20, 9);
    expect(east).toBeCloseTo(50 + 90, 9);
    expect(mercatorY(10) - mercatorY(south)).toBeCloseTo((400 / 2048) * 2 * Math.PI, 9);
  });

  test("the union of two boxes holds both", () => {
    expect(bboxUnion([40, 10, 50, 20], [45, -5, 60, 15])).toEqual([40, -5, 60, 20]);
  });

  test("growing never leaves Web Mercator's range", () => {
    const [, south, , north] = growByPixels([0, -80, 10, 80], { top: 5000, bottom: 5000 }, 0);
    expect([south, north]).toEqual([-85, 85]);
  });

  test("the first view lies inside the region", () => {
    expect(bboxContains(REGION_BBOX, INITIAL_BOUNDS)).toBe(true);
  });

  test("the clip box covers the region plus half a screen at the lowest framing zoom", () => {
    const needed = growByHalfViewport(REGION_BBOX, LOWEST_FRAMING_ZOOM);
    expect(bboxContains(CLIP_BBOX, needed)).toBe(true);
    // …and not wildly more, or the basemap would carry land nobody can reach.
    expect(CLIP_BBOX[2] - CLIP_BBOX[0]).toBeLessThan(needed[2] - needed[0] + 4);
  });
});
