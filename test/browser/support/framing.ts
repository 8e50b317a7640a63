// What the map shows, read the way a person would see it: the camera from the documented
// `#map=zoom/lat/lng`, projected onto the map canvas's box, against the boxes of whatever lies
// over the map (panel, legend, tour caption). Nothing here asks the app how it framed anything.
import { readFileSync, readdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { bbox } from "@turf/bbox";

export interface Box { left: number; top: number; right: number; bottom: number }
interface Camera { zoom: number; lat: number; lng: number }

/** [west, south, east, north] of a corridor, a hub, or the overview (every corridor and hub). */
export type Extent = [number, number, number, number];

const corridorFiles = readdirSync("data/corridors").filter((f) => f.endsWith(".geojson"));
const hubs = JSON.parse(readFileSync("data/hubs.geojson", "utf8"));

export const corridorExtent = (id: string): Extent => bbox(JSON.parse(readFileSync(`data/corridors/${id}.geojson`, "utf8"))) as Extent;
export function hubExtent(id: string): Extent {
  const hub = hubs.features.find((h: { properties: { id: string } }) => h.properties.id === id);
  const [lng, lat] = hub.geometry.coordinates;
  return [lng, lat, lng, lat];
}
export function overviewExtent(): Extent {
  const all = [...corridorFiles.map((f) => corridorExtent(f.replace(".geojson", ""))), bbox(hubs) as Extent];
  return [Math.min(...all.map((b) => b[0])), Math.min(...all.map((b) => b[1])), Math.max(...all.map((b) => b[2])), Math.max(...all.map((b) => b[3]))];
}

export interface Shown {
  camera: Camera;
  canvas: Box;
  /** Panel, legend (when open), tour caption: each one's box, where it is on screen. */
  covers: Record<string, Box>;
}

/** The camera and the layout once the map is at rest; undefined while it moves or before it has a camera. */
export async function readShown(page: Page): Promise<Shown | undefined> {
  return page.evaluate(() => {
    const canvas = document.querySelector(".map-canvas");
    if (!canvas || canvas.getAttribute("data-moving") !== "false") return undefined;
    const map = new URLSearchParams(location.hash.slice(1)).get("map");
    if (!map) return undefined;
    const [zoom, lat, lng] = map.split("/").map(Number) as [number, number, number];
    // No named functions in here: tsx (which runs the dev scripts) would wrap them in a helper the page lacks.
    const covers: Record<string, { left: number; top: number; right: number; bottom: number }> = {};
    for (const [name, selector] of [["panel", ".panel"], ["legend", ".legend[open]"], ["caption", ".tour-caption"]] as const) {
      const element = document.querySelector(selector);
      if (element && element.getClientRects().length > 0) {
        const { left, top, right, bottom } = element.getBoundingClientRect();
        covers[name] = { left, top, right, bottom };
      }
    }
    const { left, top, right, bottom } = canvas.getBoundingClientRect();
    return { camera: { zoom, lat, lng }, canvas: { left, top, right, bottom }, covers };
  });
}

/** Web Mercator, as MapLibre draws it: 512 px for the world at zoom 0, the camera at the canvas's centre. */
export function project(shown: Shown, [lng, lat]: [number, number]): [number, number] {
  const world = 512 * 2 ** shown.camera.zoom;
  const x = (l: number) => ((l + 180) / 360) * world;
  const y = (p: number) => ((1 - Math.log(Math.tan(Math.PI / 4 + (p * Math.PI) / 360)) / Math.PI) / 2) * world;
  const { canvas } = shown;
  return [(canvas.left + canvas.right) / 2 + x(lng) - x(shown.camera.lng), (canvas.top + canvas.bottom) / 2 + y(lat) - y(shown.camera.lat)];
}

export function projectExtent(shown: Shown, [w, s, e, n]: Extent): Box {
  const [left, bottom] = project(shown, [w, s]);
  const [right, top] = project(shown, [e, n]);
  return { left, top, right, bottom };
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
// The camera in the address is rounded (two decimals of zoom): allow a pixel or two.
const SLACK_PX = 3;

/**
 * What is wrong with how `extent` is shown, in words, or [] when it is framed: on the canvas, under
 * nothing, and (unless it is a point) at least a third of the canvas's width or height.
 */
export function framingFaults(shown: Shown, extent: Extent): string[] {
  const box = projectExtent(shown, extent);
  const inner = { left: box.left + SLACK_PX, top: box.top + SLACK_PX, right: box.right - SLACK_PX, bottom: box.bottom - SLACK_PX };
  const faults: string[] = [];
  const c = shown.canvas;
  const round = (b: Box) => [b.left, b.top, b.right, b.bottom].map(Math.round).join(",");
  if (box.left < c.left - SLACK_PX || box.top < c.top - SLACK_PX || box.right > c.right + SLACK_PX || box.bottom > c.bottom + SLACK_PX) {
    faults.push(`runs off the map: ${round(box)} on a canvas at ${round(c)}`);
  }
  const point = extent[0] === extent[2] && extent[1] === extent[3];
  for (const [name, cover] of Object.entries(shown.covers)) {
    if (overlaps(point ? box : inner, cover)) faults.push(`lies under the ${name} (${round(cover)}): ${round(box)}`);
  }
  const width = box.right - box.left;
  const height = box.bottom - box.top;
  if (!point && width < (c.right - c.left) / 3 && height < (c.bottom - c.top) / 3) {
    faults.push(`is small: ${Math.round(width)}×${Math.round(height)} px on a ${Math.round(c.right - c.left)}×${Math.round(c.bottom - c.top)} canvas (zoom ${shown.camera.zoom})`);
  }
  if (point && shown.camera.zoom < 6) faults.push(`a place shown at zoom ${shown.camera.zoom}`);
  return faults;
}

/** Waits until the map is at rest with `extent` framed; returns the faults left when it gives up. */
export async function waitForFraming(page: Page, extent: Extent, timeoutMs = 15_000): Promise<string[]> {
  const until = Date.now() + timeoutMs;
  let faults = ["the map never came to rest with a camera in the address"];
  while (Date.now() < until) {
    const shown = await readShown(page);
    if (shown) {
      faults = framingFaults(shown, extent);
      if (faults.length === 0) return [];
    }
    // Not framed yet: wait until the camera is at rest (the map's `data-moving`) and one more
    // frame has been drawn, so a layout change (legend, caption, resize) can reframe first.
    await page.waitForFunction(() => document.querySelector("[data-moving='true']") === null, null, { timeout: Math.max(1, until - Date.now()) }).catch(() => undefined);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  return faults;
}
