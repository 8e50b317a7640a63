// A viewer sees the corridors, reads the legend, and points at a line to see which corridor it is.
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { useTestSite } from "./support/site";
import { openAtlas } from "./support/open-atlas";
import { cameraFromHash, colourDistance, coloursNear, pagePointOf, pointInsideLineOf, projectToScreen, textBoxNear, type PixelBox } from "./support/pixels";
import { waitForMapIdle, waitForMapReady, watchPage } from "./support/page-watch";
import type { CorridorCollection, CorridorMeta, HubCollection, TourStop } from "../../src/model/corridor";
import { PNG } from "pngjs";
import { THEME } from "../../src/map/theme";

const meta = JSON.parse(readFileSync("data/corridors/corridors.json", "utf8")).corridors as CorridorMeta[];
const collection = (id: string) => JSON.parse(readFileSync(`data/corridors/${id}.geojson`, "utf8")) as CorridorCollection;

const hubs = (JSON.parse(readFileSync("data/hubs.geojson", "utf8")) as HubCollection).features
  .map((h) => ({ ...h.properties, at: h.geometry.coordinates as [number, number] }));
// Two hubs nearer than this on screen: a name set beside one (about 100 px) runs into the other.
const CROWDED_PX = 60;
const env = useTestSite();

const open = (viewport = { width: 1280, height: 720 }, hash = "") => openAtlas(env.browser, env.site, hash, viewport);

/**
 * The two ends of a straight stretch in the middle of one of the corridor's rail segments,
 * preferring a segment no other corridor shares.
 */
function stretchOf(corridorId: string): [[number, number], [number, number]] {
  const others = new Set(meta.filter((m) => m.id !== corridorId).flatMap((m) => collection(m.id).features.map((f) => f.properties.id)));
  const rail = collection(corridorId).features.filter((f) => f.properties.mode === "rail");
  const segment = rail.find((f) => !others.has(f.properties.id)) ?? rail[0];
  if (!segment) throw new Error(`${corridorId} has no rail segment`);
  const c = segment.geometry.coordinates;
  const i = Math.max(0, Math.floor(c.length / 2) - 1);
  return [c[i] as [number, number], c[i + 1] as [number, number]];
}

// The hover goes pointer → MapLibre's query → the legend; under SwiftShader on a busy machine that
// can take more than a frame or two, so each position waits up to half a second for it.
async function activeLegendItem(page: Page) {
  return page.locator(".legend__item--active .legend__name").first().textContent({ timeout: 500 }).catch(() => null);
}

/** How close any pixel within a few px of a place comes to a colour: 0 is the colour itself. */
async function nearestTo(page: Page, point: [number, number], colour: string) {
  return Math.min(...[...(await coloursNear(page, point, 4))].map((c) => colourDistance(c, colour)));
}
/** The middle vertex of one segment of a corridor: a point on its drawn line. */
function onSegment(corridorId: string, segmentId: string): [number, number] {
  const c = collection(corridorId).features.find((f) => f.properties.id === segmentId)!.geometry.coordinates;
  return c[Math.floor(c.length / 2)] as [number, number];
}

/**
 * The corridor's hubs left unnamed on the map, each unless another of them is so near on screen
 * (the Caspian's ports) that MapLibre had to leave one name out.
 */
async function unnamedHubsOf(page: Page, corridorId: string, crowdedPx = CROWDED_PX): Promise<string[]> {
  const camera = cameraFromHash(await page.evaluate(() => location.hash));
  const named = (await page.locator(".map-canvas").getAttribute("data-named-hubs"))!.split(" ").filter(Boolean);
  const own = hubs.filter((h) => h.corridors.includes(corridorId as never)).map((h) => h.id);
  const canvas = (await page.locator(".maplibregl-canvas").boundingBox())!;
  const at = (hub: string) => projectToScreen(hubs.find((h) => h.id === hub)!.at, camera, canvas.width, canvas.height);
  return own.filter((h) => !named.includes(h)).flatMap((hub) => {
    const nearest = Math.min(...own.filter((other) => other !== hub).map((other) => Math.hypot(at(hub).x - at(other).x, at(hub).y - at(other).y)));
    return nearest < crowdedPx ? [] : [`${corridorId} at zoom ${camera.zoom}: ${hub} is not named, and no other of its hubs is within ${crowdedPx} px (nearest ${Math.round(nearest)} px)`];
  });
}

/**
 * The names set over the middle of another hub's symbol, where they read as that hub's: the Port
 * of Baku's over Turkmenbashi's on the Middle Corridor's tour stop, Makhachkala's over Aktau's and
 * Kuryk's on the North–South's. MapLibre's own placement says so (`data-hub-names-over-hubs`).
 */
async function namesOverHubs(page: Page, where: string): Promise<string[]> {
  const over = (await page.locator(".map-canvas").getAttribute("data-hub-names-over-hubs"))!.split(" ").filter(Boolean);
  return over.map((pair) => `${where}: ${pair.replace(">", "'s name is over the symbol of ")}`);
}

/** Within this many px of a hub's point lie its symbol and ring, and every line through it. */
const NEAR_POINT_PX = 26;

/** How many px of corridor line, sampled every 2 px, lie in `box` on the map, leaving out those near the hub's point. */
function linePixelsIn(box: PixelBox, lines: [number, number][][], camera: { zoom: number; lat: number; lng: number }, canvas: { width: number; height: number }, at: { x: number; y: number }): number {
  let samples = 0;
  for (const line of lines) {
    const screen = line.map((p) => projectToScreen(p, camera, canvas.width, canvas.height));
    screen.slice(1).forEach((b, i) => {
      const a = screen[i]!;
      const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 2));
      for (let s = 0; s <= steps; s++) {
        const [x, y] = [a.x + ((b.x - a.x) * s) / steps, a.y + ((b.y - a.y) * s) / steps];
        if (Math.hypot(x - at.x, y - at.y) >= NEAR_POINT_PX && x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3]) samples++;
      }
    });
  }
  return samples * 2;
}

describe("the corridors on the map", () => {
  test("a picked corridor stands out in its colour and the others recede, on the map itself", async () => {
    // One camera for both views (given in the address, so the pick does not reframe), on two lines
    // that no other corridor shares: the Middle Corridor's Shalkar – Beineu and the East–West's
    // Shalkar – Aktobe, side by side in western Kazakhstan, clear of the panel.
    const camera = "#map=5/47.5/60";
    const [titr, eastWest] = [meta.find((m) => m.id === "titr")!, meta.find((m) => m.id === "east-west")!];
    const [onTitr, onEastWest] = [onSegment("titr", "shalkar-beineu"), onSegment("east-west", "shalkar-aktobe")];
    const overview = await openAtlas(env.browser, env.site, camera, { width: 1440, height: 900 });
    expect(await nearestTo(overview.page, onEastWest, eastWest.colour), "the East–West in its colour").toBeLessThan(12);
    await overview.context.close();
    const picked = await openAtlas(env.browser, env.site, `corridors/titr/${camera}`, { width: 1440, height: 900 });
    await expect.poll(() => nearestTo(picked.page, onTitr, titr.colour), { message: "the Middle Corridor in its colour" }).toBeLessThan(12);
    await expect.poll(() => nearestTo(picked.page, onEastWest, eastWest.colour), { message: "the East–West faded" }).toBeGreaterThan(40);
    // The map's own feature state says the same: the pick reached the map, not only the page.
    expect(await picked.page.locator(".map-canvas").getAttribute("data-selected")).toBe("corridor:titr");
    await picked.context.close();
  });

  test("the legend names every corridor with its length, the line styles and the hub kinds", async () => {
    const { context, page, watch } = await open();
    const corridors = page.getByRole("list", { name: "Corridor colours", exact: true }).getByRole("listitem");
    expect(await corridors.count()).toBe(meta.length);
    for (const [i, m] of meta.entries()) {
      const text = await corridors.nth(i).textContent();
      expect(text).toContain(m.shortName);
      expect(text).toMatch(/[\d,]+ km/);
    }
    expect(await page.getByRole("list", { name: "Line styles" }).textContent()).toContain("Under construction");
    expect(await page.getByRole("list", { name: "Line styles" }).textContent()).toContain("Straight: no station mapped");
    expect(await page.getByRole("list", { name: "Hub symbols", exact: true }).textContent()).toContain("Sea port");
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.outsideRequests).toEqual([]);
    await context.close();
  });

  test.each(meta.map((m) => [m.shortName, m.id]))("pointing at a line of the %s highlights it in the legend, and clicking it opens its panel", async (shortName, id) => {
    const [a, b] = stretchOf(id);
    // Zoom 6 on the stretch: side-by-side lines are well apart; the pointer sweeps across them
    // at the middle of the stretch, as a person hunting for a line would.
    const { context, page } = await open({ width: 1280, height: 720 }, `#map=6/${(a[1] + b[1]) / 2}/${(a[0] + b[0]) / 2}`);
    const [pa, pb] = [await pagePointOf(page, a), await pagePointOf(page, b)];
    const [x, y] = [(pa.x + pb.x) / 2, (pa.y + pb.y) / 2];
    let seen: string | null = null;
    // Aim first where the line is drawn in its colour; sweep across the stretch if that misses.
    const aim = await pointInsideLineOf(page, [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], meta.find((m) => m.id === id)!.colour, 20);
    if (aim) {
      await page.mouse.move(aim.x, aim.y);
      seen = await activeLegendItem(page);
    }
    for (let d = -20; d <= 20 && seen !== shortName; d += 2) {
      for (const [dx, dy] of [[d, 0], [0, d]] as const) {
        await page.mouse.move(x + dx, y + dy);
        seen = await activeLegendItem(page);
        if (seen === shortName) break;
      }
    }
    expect(seen).toBe(shortName);
    expect(await page.locator(".map-canvas").getAttribute("data-highlighted"), "the map's own hover state").toBe(id);
    await page.mouse.down();
    await page.mouse.up();
    const name = meta.find((m) => m.id === id)!.name;
    await expect.poll(() => page.getByRole("heading", { level: 2 }).textContent()).toBe(name);
    await context.close();
  });

  test("a pointer resting on the legend while the map is still starting highlights, once the map is there", async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const watch = watchPage(page, env.site.url);
    // Hold the map's code back until the pointer is on the legend, so the map starts under it.
    let releaseMap!: () => void;
    const mapHeld = new Promise<void>((resolve) => (releaseMap = resolve));
    await page.route("**/assets/mount-atlas-map-*.js", async (route) => {
      await mapHeld;
      await route.continue();
    });
    await page.goto(env.site.url);
    const item = page.getByRole("list", { name: "Corridor colours", exact: true }).getByRole("listitem").filter({ hasText: meta[0]!.shortName });
    await item.hover();
    releaseMap();
    await waitForMapReady(page);
    expect(await activeLegendItem(page)).toBe(meta[0]!.shortName);
    expect(await page.getByRole("heading", { name: "Something went wrong in the atlas" }).count()).toBe(0);
    expect(watch.pageErrors).toEqual([]);
    await context.close();
  });

  test("a straight stretch of an operating line (no station mapped along it) is drawn unbroken, not dashed as a line still to be built", async () => {
    const section = collection("titr").features.find((f) => f.properties.id === "zhezkazgan-saksaulskaya")!;
    const chord = section.properties.chords!.reduce((longest, c) => {
      const length = (at: number) => Math.hypot(...[0, 1].map((k) => section.geometry.coordinates[at + 1]![k]! - section.geometry.coordinates[at]![k]!) as [number, number]);
      return length(c.at) > length(longest.at) ? c : longest;
    });
    const [a, b] = [section.geometry.coordinates[chord.at]!, section.geometry.coordinates[chord.at + 1]!] as [number, number][];
    const along = (t: number): [number, number] => [a![0] + (b![0] - a![0]) * t, a![1] + (b![1] - a![1]) * t];
    const { context, page } = await open(undefined, `#map=7/${along(0.5)[1]}/${along(0.5)[0]}`);
    await waitForMapIdle(page);
    const colour = meta.find((m) => m.id === "titr")!.colour;
    const png = PNG.sync.read(await page.screenshot({ scale: "css" }));
    const drawn = (x: number, y: number) => {
      const i = (y * png.width + x) * 4;
      return colourDistance(`#${[0, 1, 2].map((k) => png.data[i + k]!.toString(16).padStart(2, "0")).join("")}`, colour) <= 24;
    };
    // Column by column along the middle of the stretch (it runs nearly east–west here): the line
    // crosses every one, within the few pixels its offset from the track moves it. A dash pattern
    // leaves columns in its gaps.
    const gaps: number[] = [];
    const [from, to] = [await pagePointOf(page, along(0.25)), await pagePointOf(page, along(0.75))];
    for (let x = Math.min(from.x, to.x); x <= Math.max(from.x, to.x); x++) {
      const y = Math.round(from.y + ((to.y - from.y) * (x - from.x)) / (to.x - from.x));
      if (![...Array(25).keys()].some((dy) => drawn(x, y - 12 + dy))) gaps.push(x);
    }
    expect(Math.abs(to.x - from.x)).toBeGreaterThan(50);
    expect(gaps, "columns along the stretch where its line is not drawn").toEqual([]);
    await context.close();
  });

  test("neighbouring ports on a coast are each named beside their own point, so the names read in the order the ports lie", async () => {
    const { context, page } = await openAtlas(env.browser, env.site, "corridors/titr/", { width: 1280, height: 720 }, { reducedMotion: "reduce" });
    await waitForMapIdle(page);
    const png = PNG.sync.read(await page.screenshot({ scale: "css" }));
    const ink = (x: number, y: number) => {
      const i = (y * png.width + x) * 4;
      const hex = `#${[0, 1, 2].map((k) => png.data[i + k]!.toString(16).padStart(2, "0")).join("")}`;
      return colourDistance(hex, THEME.placeText) <= 40;
    };
    // The name's letters in a band to the right of the point, at the point's own height: the
    // first place a name is set. Named under the northern port, Aktau's name sat beside Kuryk.
    const namedBeside = async (hub: string) => {
      const { x, y } = await pagePointOf(page, hubs.find((h) => h.id === hub)!.at);
      let letters = 0;
      for (let dx = 10; dx <= 60; dx++) for (let dy = -3; dy <= 3; dy++) if (ink(x + dx, y + dy)) letters++;
      return letters;
    };
    for (const [north, south] of [["aktau", "kuryk"], ["poti", "batumi"]]) {
      expect(await namedBeside(north!), `${north}'s name beside its point, north of ${south}`).toBeGreaterThan(0);
    }
    await context.close();
  });

  // In English and in Russian, whose names are longer, on a tall phone and a small one.
  test.each([["English", 390, 844, ""], ["Russian", 360, 640, "ru/"]] as const)("in %s on a %i×%i phone, a corridor's page names its ports and hubs, though it is framed further out than hubs are named elsewhere, and no name runs off the map or over another hub's symbol", async (_language, width, height, lang) => {
    const faults: string[] = [];
    for (const { id } of meta) {
      const { context, page } = await openAtlas(env.browser, env.site, `${lang}corridors/${id}/`, { width, height }, { reducedMotion: "reduce", isMobile: true, hasTouch: true });
      await waitForMapIdle(page);
      // Set beside a point at the corridor's end, framed a few pixels from the map's edge, a name
      // ran off it ("ort of Poti") or under the zoom buttons: MapLibre's own placement says so.
      const cut = (await page.locator(".map-canvas").getAttribute("data-hub-names-cut"))!.split(" ").filter(Boolean);
      if (cut.length) faults.push(`${id}: the names of ${cut.join(", ")} run off the map or under its buttons`);
      faults.push(...await namesOverHubs(page, id));
      const zoom = cameraFromHash(await page.evaluate(() => location.hash)).zoom;
      // Hubs are named from zoom 4.5 elsewhere; a phone frames every corridor further out.
      if (zoom >= 4.5) faults.push(`${id}: framed at zoom ${zoom}, where every hub is named anyway`);
      faults.push(...await unnamedHubsOf(page, id));
      await context.close();
    }
    expect(faults).toEqual([]);
  });

  test("on a 1920×1080 projector, every corridor's tour stop names its ports and hubs, before the basemap names a country", async () => {
    // Zoomed in past 4.5, its names were placed after the basemap's: "GEORGIA" left Poti, the
    // Middle Corridor's end, unnamed, while the North–South's Caspian ports were named.
    const stops = (JSON.parse(readFileSync("data/tour.json", "utf8")) as { stops: TourStop[] }).stops;
    const faults: string[] = [];
    for (const [index, stop] of stops.entries()) {
      if (stop.show.kind !== "corridor") continue;
      const { context, page } = await openAtlas(env.browser, env.site, `tour/#stop=${index + 1}`, { width: 1920, height: 1080 }, { reducedMotion: "reduce" });
      await waitForMapIdle(page);
      // Zoomed in this far, ports 20 px apart (Poti and Batumi, Aktau and Kuryk) are each named.
      faults.push(...await unnamedHubsOf(page, stop.show.id, 12));
      await context.close();
    }
    expect(faults).toEqual([]);
  });

  test.each([[1024, 768], [1280, 800], [1920, 1080]])("on a %i×%i projector, no hub's name at any tour stop runs off the map, under its buttons or over another hub's symbol, and from 1280 px a corridor's stop names its hubs", async (width, height) => {
    // A reviewer's tour: "Dostyk" cut at the top at 1024×768, "…khachkala" at the left and "Tash…"
    // at the right at 1280×800, "…umi" and "…oti" at the left of the East–West stop at 1920×1080.
    const stops = (JSON.parse(readFileSync("data/tour.json", "utf8")) as { stops: TourStop[] }).stops;
    const { context, page } = await openAtlas(env.browser, env.site, "tour/", { width, height }, { reducedMotion: "reduce" });
    const canvas = page.locator(".map-canvas");
    const faults: string[] = [];
    for (const [index, stop] of stops.entries()) {
      if (index > 0) {
        // Every stop moves the camera: the map says it is at rest again once the new stop is drawn.
        await canvas.evaluate((element) => element.setAttribute("data-idle", "false"));
        await page.keyboard.press("ArrowRight");
      }
      await expect.poll(() => page.locator(".tour-caption__title").textContent()).toBe(stop.title);
      await waitForMapIdle(page);
      const cut = await canvas.getAttribute("data-hub-names-cut");
      if (cut) faults.push(`stop ${index + 1} (${stop.id}): ${cut}`);
      faults.push(...await namesOverHubs(page, `stop ${index + 1} (${stop.id})`));
      // Names kept off the edges must not be names left out. (At 1024×768 the Middle Corridor's
      // stop has no room for both Baku's and Turkmenbashi's names, 45 px apart: there, only what
      // is named must be whole, and on its own hub.)
      if (stop.show.kind === "corridor" && width >= 1280) faults.push(...await unnamedHubsOf(page, stop.show.id));
    }
    expect(faults).toEqual([]);
    await context.close();
  });

  test("on every hub's page its name is set clear of the corridor lines around it", async () => {
    // MapLibre places a name clear of other names, but knows nothing of lines: at 1440×900 the
    // hub's own name lay over its lines on 7 of the 20 pages, over 246 px of the Port of
    // Turkmenbashi's railway east and 584 px of the Khorgos dry port's lines.
    const lines = meta.flatMap((m) => collection(m.id).features.map((f) => f.geometry.coordinates as [number, number][]));
    const { context, page } = await open({ width: 1440, height: 900 });
    const faults: string[] = [];
    for (const hub of hubs) {
      await page.goto(new URL(`hubs/${hub.id}/`, env.site.url).href);
      await waitForMapReady(page);
      await waitForMapIdle(page);
      const camera = cameraFromHash(await page.evaluate(() => location.hash));
      const canvas = (await page.locator(".maplibregl-canvas").boundingBox())!;
      const png = PNG.sync.read(await page.screenshot({ scale: "css", clip: canvas }));
      const at = projectToScreen(hub.at, camera, canvas.width, canvas.height);
      // The dark text nearest the hub's point, past its symbol and ring: its name, as drawn.
      const name = textBoxNear(png, at, THEME.placeText, { from: NEAR_POINT_PX });
      if (!name) {
        faults.push(`${hub.id}: no name beside its point`);
        continue;
      }
      const under = linePixelsIn(name, lines, camera, canvas, at);
      if (under > 8) faults.push(`${hub.id}: its name (${name.join(", ")}) lies over ${under} px of corridor line`);
    }
    expect(faults).toEqual([]);
    await context.close();
  });

  test("on a 390×844 phone every hub's page names it whole, in Russian, whose names run longest", async () => {
    // Set beside a hub in the middle of a phone's narrow map, a long name ran off one side or the
    // other: "Сухой порт «Хоргос" was cut at the right of its page.
    const { context, page } = await openAtlas(env.browser, env.site, "ru/", { width: 390, height: 844 }, { isMobile: true, hasTouch: true, reducedMotion: "reduce" });
    const canvas = page.locator(".map-canvas");
    const faults: string[] = [];
    for (const hub of hubs) {
      await page.goto(new URL(`ru/hubs/${hub.id}/`, env.site.url).href);
      await waitForMapReady(page);
      await waitForMapIdle(page);
      if (!(await canvas.getAttribute("data-named-hubs"))!.split(" ").includes(hub.id)) faults.push(`${hub.id}: not named on its own page`);
      const cut = (await canvas.getAttribute("data-hub-names-cut"))!.split(" ").filter(Boolean);
      if (cut.length) faults.push(`${hub.id}'s page: the names of ${cut.join(", ")} run off the map or under its buttons`);
    }
    expect(faults).toEqual([]);
    await context.close();
  });

  test("on a phone the legend starts folded and opens with a tap", async () => {
    const { context, page } = await open({ width: 390, height: 844 });
    const corridors = page.getByRole("list", { name: "Corridor colours", exact: true });
    expect(await corridors.isVisible()).toBe(false);
    await page.getByText("Legend", { exact: true }).click();
    expect(await corridors.isVisible()).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBe(0);
    await context.close();
  });
});
