import { describe, expect, test } from "vitest";
import { gzipSync } from "node:zlib";
import { writePmtiles } from "../../../scripts/basemap/pmtiles-writer";
import { openArchive } from "../../support/pmtiles-reader";

const options = { minZoom: 0, maxZoom: 2, bounds: [-10, -10, 10, 10] as const, center: [1, 2, 1] as const, metadata: { name: "t" } };
const bytes = (text: string) => gzipSync(new TextEncoder().encode(text));
// The reader gunzips tiles (the header says they are gzip), so compare the decoded text.
const text = (data: ArrayBuffer) => new TextDecoder().decode(data);

describe("writePmtiles", () => {
  test("every tile written reads back byte for byte with the pmtiles library", async () => {
    const tiles = [
      { z: 0, x: 0, y: 0, body: "root" },
      { z: 1, x: 1, y: 0, body: "a" },
      { z: 2, x: 3, y: 2, body: "b" },
      { z: 1, x: 0, y: 1, body: "c" },
    ];
    const archive = openArchive(writePmtiles(tiles.map((t) => ({ ...t, data: bytes(t.body) })), options));
    for (const t of tiles) {
      const got = await archive.getZxy(t.z, t.x, t.y);
      expect(got, `tile ${t.z}/${t.x}/${t.y}`).toBeDefined();
      expect(text(got!.data)).toBe(t.body);
    }
    expect(await archive.getZxy(2, 0, 0)).toBeUndefined();
  });

  test("the header carries bounds, zooms, centre and metadata", async () => {
    const archive = openArchive(writePmtiles([{ z: 0, x: 0, y: 0, data: bytes("x") }], options));
    const header = await archive.getHeader();
    expect([header.minLon, header.minLat, header.maxLon, header.maxLat]).toEqual([-10, -10, 10, 10]);
    expect([header.minZoom, header.maxZoom, header.centerLon, header.centerLat]).toEqual([0, 2, 1, 2]);
    expect(await archive.getMetadata()).toEqual({ name: "t" });
  });

  test("identical tiles are stored once and still all addressable", async () => {
    const tiles = [0, 1, 2, 3].map((x) => ({ z: 2, x, y: 1, data: bytes("sea") }));
    const written = writePmtiles(tiles, options);
    const archive = openArchive(written);
    const header = await archive.getHeader();
    expect(header.numTileContents).toBe(1);
    expect(header.numAddressedTiles).toBe(4);
    for (const t of tiles) expect(text((await archive.getZxy(2, t.x, 1))!.data)).toBe("sea");
  });
});
