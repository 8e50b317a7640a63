// Zoomed in on a station, a viewer sees the corridor drawn where the railway is: the positions
// come from OpenStreetMap's station nodes (the vendored extract), the colours from the screen.
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { useTestSite } from "./support/site";
import { openAtlas } from "./support/open-atlas";
import { colourDistance, coloursNear } from "./support/pixels";
import type { CorridorMeta } from "../../src/model/corridor";

const env = useTestSite();
const meta = JSON.parse(readFileSync("data/corridors/corridors.json", "utf8")).corridors as CorridorMeta[];
const stations = JSON.parse(readFileSync("data/sources/osm/stations.geojson", "utf8")) as {
  features: { properties: { osm: number; name: string }; geometry: { coordinates: [number, number] } }[];
};
const stationAt = (osm: number) => stations.features.find((f) => f.properties.osm === osm)!.geometry.coordinates;
const colourOf = (id: string) => meta.find((m) => m.id === id)!.colour;

// Zoom 9: a pixel is about 220 m, so a line drawn 2 km off the station would be 9 px away; side-by-side
// corridors are offset by up to 9 px, hence the 12 px look-around.
const ZOOM = 9;
const LOOK_PX = 12;

describe("the corridors drawn where the railways are", () => {
  test.each([
    ["the Port of Aktau's rail terminal", 7066248958, ["titr", "kti", "east-west"]],
    ["Kuryk port, at the end of its branch", 11910129790, ["titr"]],
    ["Serhetyaka, in the middle of the KTI line", 2398686424, ["kti", "north-south"]],
    ["Bereket, where KTI meets the line from Turkmenbashi", 2699667319, ["kti", "north-south", "titr"]],
  ] as const)("zoomed in on %s, its corridors are drawn there", async (_place, osm, corridors) => {
    const at = stationAt(osm);
    const { context, page, watch } = await openAtlas(env.browser, env.site, `#map=${ZOOM}/${at[1]}/${at[0]}`);
    const seen = [...(await coloursNear(page, at, LOOK_PX))];
    const drawn = corridors.filter((id) => seen.some((c) => colourDistance(c, colourOf(id)) <= 24));
    expect(drawn.length, `corridor colours near ${at}`).toBeGreaterThan(0);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });
});
