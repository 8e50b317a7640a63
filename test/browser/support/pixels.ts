// Where a [lng, lat] lands on screen, from the camera MapLibre writes into the address
// (#zoom/lat/lng), and what colour the screenshot has there.
import { PNG } from "pngjs";
import type { Locator, Page } from "playwright-core";
import { screenPoint } from "../../../src/model/screen-edges";

export interface Camera { zoom: number; lat: number; lng: number }

/** The camera MapLibre keeps in the fragment, `#map=zoom/lat/lng` (other parameters may follow). */
export function cameraFromHash(hash: string): Camera {
  const value = new URLSearchParams(hash.replace(/^#/, "")).get("map") ?? "";
  const [zoom, lat, lng] = value.split("/").map(Number);
  if (![zoom, lat, lng].every((n) => Number.isFinite(n))) throw new Error(`no camera in hash ${JSON.stringify(hash)}`);
  return { zoom: zoom!, lat: lat!, lng: lng! };
}

export function projectToScreen(point: [number, number], camera: Camera, width: number, height: number) {
  const { x, y } = screenPoint(point, { ...camera, widthPx: width, heightPx: height });
  return { x: Math.round(x), y: Math.round(y) };
}

const hex = (r: number, g: number, b: number) => `#${[r, g, b].map((v) => v.toString(16).padStart(2, "0")).join("")}`;

/** Where [lng, lat] is on the page, given where the map's canvas sits and the camera in the address. */
export async function pagePointOf(page: Page, point: [number, number]): Promise<{ x: number; y: number }> {
  const canvas = (await page.locator(".maplibregl-canvas").boundingBox())!;
  const camera = cameraFromHash(await page.evaluate(() => location.hash));
  const { x, y } = projectToScreen(point, camera, canvas.width, canvas.height);
  return { x: Math.round(canvas.x + x), y: Math.round(canvas.y + y) };
}

/** The most common colour in a (2r+1)² block around a point: robust to a label or a river crossing it. */
export async function dominantColourAt(page: Page, point: [number, number], radius = 6): Promise<string> {
  const { x, y } = await pagePointOf(page, point);
  const png = PNG.sync.read(await page.screenshot({ scale: "css" }));
  const counts = new Map<string, number>();
  for (let dy = -radius; dy <= radius; dy++) {
    for (let dx = -radius; dx <= radius; dx++) {
      const i = ((y + dy) * png.width + (x + dx)) * 4;
      const key = hex(png.data[i]!, png.data[i + 1]!, png.data[i + 2]!);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

/** Colour distance, so SwiftShader's rounding does not fail a test. */
export function colourDistance(a: string, b: string): number {
  const rgb = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
  const [p, q] = [rgb(a), rgb(b)];
  return Math.max(...p.map((v, i) => Math.abs(v - q[i]!)));
}

/** Every colour within `radius` px of a point, as hex strings: what a person sees around a place. */
export async function coloursNear(page: Page, point: [number, number], radius: number): Promise<Set<string>> {
  const { x, y } = await pagePointOf(page, point);
  const png = PNG.sync.read(await page.screenshot({ scale: "css" }));
  const colours = new Set<string>();
  for (let dy = -radius; dy <= radius; dy++) {
    for (let dx = -radius; dx <= radius; dx++) {
      if (dx * dx + dy * dy > radius * radius) continue;
      const i = ((y + dy) * png.width + (x + dx)) * 4;
      colours.add(hex(png.data[i]!, png.data[i + 1]!, png.data[i + 2]!));
    }
  }
  return colours;
}

/**
 * The page point nearest to [lng, lat] (within `radius` px) that sits inside a line drawn in
 * `colour`: its 3×3 neighbourhood all that colour, so a pointer there is on the line, not its edge.
 */
export async function pointInsideLineOf(page: Page, near: [number, number], colour: string, radius = 30): Promise<{ x: number; y: number } | undefined> {
  const centre = await pagePointOf(page, near);
  const png = PNG.sync.read(await page.screenshot({ scale: "css" }));
  const drawn = (x: number, y: number) => {
    const i = (y * png.width + x) * 4;
    return colourDistance(hex(png.data[i]!, png.data[i + 1]!, png.data[i + 2]!), colour) <= 24;
  };
  const inside = (x: number, y: number) => [-1, 0, 1].every((dy) => [-1, 0, 1].every((dx) => drawn(x + dx, y + dy)));
  let best: { x: number; y: number; d: number } | undefined;
  for (let dy = -radius; dy <= radius; dy++) {
    for (let dx = -radius; dx <= radius; dx++) {
      const [x, y] = [centre.x + dx, centre.y + dy];
      if (inside(x, y) && (!best || Math.hypot(dx, dy) < best.d)) best = { x, y, d: Math.hypot(dx, dy) };
    }
  }
  return best && { x: best.x, y: best.y };
}

/** A box on a screenshot, in its pixels: left, top, right, bottom. */
export type PixelBox = [number, number, number, number];

/**
 * The box of the text set nearest to a point on a screenshot: the pixels in `colour` (within
 * `tolerance`) between `from` and `reach` px of the point, grouped into one piece where they lie
 * within `gap` px of each other (the letters and lines of one name), and of the pieces larger than
 * a speck, the one nearest the point. `from` leaves out what is drawn on the point itself (a hub's
 * symbol and ring). Undefined when there is none.
 */
export function textBoxNear(png: PNG, at: { x: number; y: number }, colour: string, { from = 26, reach = 250, gap = 6, tolerance = 70 } = {}): PixelBox | undefined {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
  const inReach = (x: number, y: number) => x >= 0 && y >= 0 && x < png.width && y < png.height && Math.hypot(x - at.x, y - at.y) >= from && Math.hypot(x - at.x, y - at.y) <= reach;
  const isText = (x: number, y: number) => {
    const i = (y * png.width + x) * 4;
    return inReach(x, y) && Math.max(Math.abs(png.data[i]! - r!), Math.abs(png.data[i + 1]! - g!), Math.abs(png.data[i + 2]! - b!)) <= tolerance;
  };
  const seen = new Set<number>();
  let nearest: { distance: number; box: PixelBox } | undefined;
  for (let y = Math.max(0, Math.round(at.y - reach)); y < Math.min(png.height, at.y + reach); y++) {
    for (let x = Math.max(0, Math.round(at.x - reach)); x < Math.min(png.width, at.x + reach); x++) {
      if (seen.has(y * png.width + x) || !isText(x, y)) continue;
      const box: PixelBox = [x, y, x, y];
      const stack = [[x, y] as const];
      seen.add(y * png.width + x);
      while (stack.length > 0) {
        const [cx, cy] = stack.pop()!;
        box[0] = Math.min(box[0], cx); box[1] = Math.min(box[1], cy); box[2] = Math.max(box[2], cx); box[3] = Math.max(box[3], cy);
        for (let dy = -gap; dy <= gap; dy++) {
          for (let dx = -gap; dx <= gap; dx++) {
            const [nx, ny] = [cx + dx, cy + dy];
            if (seen.has(ny * png.width + nx) || !isText(nx, ny)) continue;
            seen.add(ny * png.width + nx);
            stack.push([nx, ny]);
          }
        }
      }
      if ((box[2] - box[0]) * (box[3] - box[1]) < 60) continue;
      const distance = Math.hypot(Math.max(box[0] - at.x, 0, at.x - box[2]), Math.max(box[1] - at.y, 0, at.y - box[3]));
      if (!nearest || distance < nearest.distance) nearest = { distance, box };
    }
  }
  return nearest?.box;
}

/**
 * How light a scrolling box is just inside its head and its foot, `inset` px in from its right
 * (or left) edge, in its padding, where no text is drawn: a shadow there says there is more that way.
 */
export async function edgeLightness(page: Page, box: Locator, { inset = 8, side = "right" }: { inset?: number; side?: "left" | "right" } = {}): Promise<{ head: number; foot: number }> {
  const { x, y, width, height } = (await box.boundingBox())!;
  const png = PNG.sync.read(await page.screenshot({ scale: "css" }));
  const column = Math.round(side === "right" ? x + width - inset : x + inset);
  const lightness = (at: number) => {
    const i = (Math.round(at) * png.width + column) * 4;
    return (png.data[i]! + png.data[i + 1]! + png.data[i + 2]!) / 3;
  };
  return { head: lightness(y + 5), foot: lightness(y + height - 6) };
}
