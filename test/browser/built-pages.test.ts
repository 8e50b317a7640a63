// What a chat app sees when it fetches a shared address: no JavaScript, just the built page.
import { describe, expect, test } from "vitest";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { TEST_BASE_PATH, TEST_DIST } from "./support/site";
import type { CorridorMeta } from "../../src/model/corridor";

const SITE_URL = `https://atlas.example${TEST_BASE_PATH}`;
const corridors = JSON.parse(readFileSync("data/corridors/corridors.json", "utf8")).corridors as CorridorMeta[];
const hubs = JSON.parse(readFileSync("data/hubs.geojson", "utf8")).features.map((f: { properties: { id: string; name: string } }) => f.properties) as { id: string; name: string }[];

const pages = [
  { path: "", title: "Corridor Atlas" },
  { path: "tour/", title: "Tour" },
  ...corridors.map((c) => ({ path: `corridors/${c.id}/`, title: c.name })),
  ...hubs.map((h) => ({ path: `hubs/${h.id}/`, title: h.name })),
];

function tags(html: string) {
  const meta = (key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
  return {
    title: /<title>([^<]*)<\/title>/.exec(html)?.[1],
    description: /<meta name="description" content="([^"]*)"/.exec(html)?.[1],
    canonical: /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1],
    meta,
  };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string) {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString()).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), kb: statSync(file).size / 1024 };
}

describe("the built site's shareable pages", () => {
  test.each(pages)("$path carries its own title, description, canonical address and card", ({ path, title }) => {
    const html = readFileSync(join(TEST_DIST, path, "index.html"), "utf8");
    const t = tags(html);
    expect(t.title).toContain(title.replace(/&/g, "&amp;"));
    expect(t.description?.length).toBeGreaterThan(40);
    expect(t.canonical).toBe(`${SITE_URL}${path}`);
    expect(t.meta("og:url")).toBe(`${SITE_URL}${path}`);
    expect(t.meta("og:title")).toBe(t.title);
    expect(t.meta("og:type")).toBe("website");
    expect(t.meta("og:site_name")).toBe("Corridor Atlas");
    expect(t.meta("twitter:card")).toBe("summary_large_image");
    expect(t.meta("og:image:alt")?.length).toBeGreaterThan(10);
    const image = t.meta("og:image")!;
    expect(image.startsWith(`${SITE_URL}share/`)).toBe(true);
    const size = pngSize(join(TEST_DIST, image.slice(SITE_URL.length)));
    expect([size.width, size.height]).toEqual([Number(t.meta("og:image:width")), Number(t.meta("og:image:height"))]);
    expect([size.width, size.height]).toEqual([1200, 630]);
    expect(size.kb).toBeLessThanOrEqual(300);
    // The page still loads the app from the site's own sub-path.
    expect(html).toMatch(new RegExp(`src="${TEST_BASE_PATH}assets/index-[\\w-]+\\.js"`));
  });

  test("404.html is the app, kept out of search results", () => {
    const html = readFileSync(join(TEST_DIST, "404.html"), "utf8");
    expect(html).toContain('<meta name="robots" content="noindex" />');
    expect(html).toContain('<div id="app">');
  });
});
