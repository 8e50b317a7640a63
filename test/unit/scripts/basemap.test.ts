import { beforeAll, describe, expect, test } from "vitest";
import { buildBasemapArchive } from "../../../scripts/build-basemap";
import { BASEMAP_LAYERS, BASEMAP_MAX_ZOOM } from "../../../src/model/basemap";
import { CLIP_BBOX, INITIAL_BOUNDS } from "../../../src/model/region";
import { tileRange } from "../../../scripts/basemap/tiles";
import { layerContains, openArchive, readVectorTile, tileAt } from "../../support/pmtiles-reader";
import { ALMATY, CASPIAN_CENTRE, LAKES, SEAS } from "../../fixtures/places";
import type { PMTiles } from "pmtiles";

let bytes: Uint8Array;
let archive: PMTiles;

beforeAll(() => {
  bytes = buildBasemapArchive().archive;
  archive = openArchive(bytes);
});

async function isLand(point: [number, number], z = 5) {
  const t = tileAt(point, z);
  return layerContains(await readVectorTile(archive, t.z, t.x, t.y), BASEMAP_LAYERS.land, t.px, t.py);
}
async function isLake(point: [number, number], z = 5) {
  const t = tileAt(point, z);
  return layerContains(await readVectorTile(archive, t.z, t.x, t.y), BASEMAP_LAYERS.water, t.px, t.py);
}

describe("the basemap archive", () => {
  test("the middle of the Caspian is in no land polygon", async () => {
    for (const z of [3, 5, BASEMAP_MAX_ZOOM]) expect(await isLand(CASPIAN_CENTRE, z), `zoom ${z}`).toBe(false);
  });

  test("Almaty is on land", async () => {
    for (const z of [3, 5, BASEMAP_MAX_ZOOM]) expect(await isLand(ALMATY, z), `zoom ${z}`).toBe(true);
  });

  test.each(Object.entries(LAKES))("%s is drawn as water", async (_name, point) => {
    expect(await isLake(point)).toBe(true);
  });

  test.each(Object.entries(SEAS))("the %s is open sea", async (_name, point) => {
    expect(await isLand(point)).toBe(false);
  });

  test("its declared bounds are the clip box", async () => {
    const h = await archive.getHeader();
    expect([h.minLon, h.minLat, h.maxLon, h.maxLat]).toEqual([...CLIP_BBOX]);
  });

  test("land reaches all the way to the clip box's edges, so no cut edge shows inside it", async () => {
    // Near each edge of the clip box there is land in Natural Earth: Guinea-Bissau (west), Kyushu
    // (east), the Putorana plateau (north) and Tanzania (south).
    const nearEdges: [number, number][] = [
      [CLIP_BBOX[0] + 0.5, 12], [CLIP_BBOX[2] - 0.5, 33.3], [95, CLIP_BBOX[3] - 0.5], [35, CLIP_BBOX[1] + 0.5],
    ];
    for (const p of nearEdges) expect(await isLand(p, BASEMAP_MAX_ZOOM), `land at ${p}`).toBe(true);
  });

  test("it has every layer the style needs, with names, labels and places", async () => {
    const t = tileAt(ALMATY, 4);
    const tile = await readVectorTile(archive, t.z, t.x, t.y);
    for (const name of [BASEMAP_LAYERS.land, BASEMAP_LAYERS.river, BASEMAP_LAYERS.boundary, BASEMAP_LAYERS.place]) {
      expect(tile?.layers[name], name).toBeDefined();
    }
    const places = tile!.layers[BASEMAP_LAYERS.place]!;
    const names = Array.from({ length: places.length }, (_, i) => places.feature(i).properties.name);
    expect(names).toEqual(expect.arrayContaining(["Almaty", "Bishkek"]));
  });

  test("every label carries its Russian and Kazakh name, in Cyrillic, for the map in those languages", async () => {
    const t = tileAt(ALMATY, 4);
    const tile = await readVectorTile(archive, t.z, t.x, t.y);
    for (const layerName of [BASEMAP_LAYERS.place, BASEMAP_LAYERS.countryLabel]) {
      const layer = tile!.layers[layerName]!;
      const labels = Array.from({ length: layer.length }, (_, i) => layer.feature(i).properties);
      expect(labels.length, layerName).toBeGreaterThan(0);
      for (const label of labels) {
        for (const key of ["name_ru", "name_kk"]) expect(String(label[key]), `${label.name} ${key}`).toMatch(/^[\p{Script=Cyrillic}\s.’'()-]+$/u);
      }
    }
    const byName = (layerName: string, name: string) => {
      const layer = tile!.layers[layerName]!;
      return Array.from({ length: layer.length }, (_, i) => layer.feature(i).properties).find((p) => p.name === name);
    };
    expect(byName(BASEMAP_LAYERS.place, "Almaty")).toMatchObject({ name_ru: "Алматы", name_kk: "Алматы" });
    expect(byName(BASEMAP_LAYERS.countryLabel, "Kazakhstan")).toMatchObject({ name_ru: "Казахстан", name_kk: "Қазақстан" });
  });

  test("the whole archive and the first view's tiles stay within budget", async () => {
    expect(bytes.length).toBeLessThan(1.5 * 1024 * 1024);
    // The first view (zoom ~4) needs the z4 tiles over the initial bounds.
    const { minX, maxX, minY, maxY } = tileRange(INITIAL_BOUNDS, 4);
    let firstView = 0;
    for (let x = minX; x <= maxX; x++) {
      for (let y = minY; y <= maxY; y++) firstView += (await archive.getZxy(4, x, y))?.data.byteLength ?? 0;
    }
    expect(firstView).toBeGreaterThan(0);
    expect(firstView).toBeLessThan(300 * 1024);
  });
});
