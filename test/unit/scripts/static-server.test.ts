import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { request } from "node:http";
import { resolveRequestPath, startStaticServer, type RunningServer } from "../../../scripts/static-server";

const root = mkdtempSync(join(tmpdir(), "atlas-site-"));
mkdirSync(join(root, "corridors", "kti"), { recursive: true });
writeFileSync(join(root, "index.html"), "<p>home</p>");
writeFileSync(join(root, "404.html"), "<p>not here</p>");
writeFileSync(join(root, "corridors", "kti", "index.html"), "<p>kti</p>");
writeFileSync(join(root, "data.bin"), Buffer.from("0123456789"));

let site: RunningServer;
beforeAll(async () => {
  site = await startStaticServer({ root, basePath: "/sub/" });
});
afterAll(() => site.close());

function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
    const url = new URL(path, site.url);
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on("error", reject).end();
  });
}

describe("the static server behaves like GitHub Pages", () => {
  test("a folder serves its index.html", async () => {
    const res = await get("/sub/corridors/kti/");
    expect([res.status, res.body.toString()]).toEqual([200, "<p>kti</p>"]);
  });

  test("a folder without its trailing slash redirects", async () => {
    const res = await get("/sub/corridors/kti");
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe("/sub/corridors/kti/");
  });

  test("an unknown path gets 404.html with status 404", async () => {
    const res = await get("/sub/corridors/nowhere/");
    expect([res.status, res.body.toString()]).toEqual([404, "<p>not here</p>"]);
  });

  test("nothing outside the base path or the root is served", async () => {
    expect((await get("/index.html")).status).toBe(404);
    expect(resolveRequestPath(root, "/sub/", "/sub/../../etc/passwd")).toBeUndefined();
    expect(resolveRequestPath(root, "/sub/", "/sub/%2e%2e/%2e%2e/etc/passwd")).toBeUndefined();
    expect(resolveRequestPath(root, "/sub/", "/sub/%E0%A4%A")).toBeUndefined();
  });

  test("text is gzipped when the browser accepts it", async () => {
    const res = await get("/sub/", { "Accept-Encoding": "gzip" });
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(res.body).toString()).toBe("<p>home</p>");
  });

  test("byte ranges are answered with 206", async () => {
    const res = await get("/sub/data.bin", { Range: "bytes=2-5" });
    expect(res.status).toBe(206);
    expect(res.body.toString()).toBe("2345");
    expect(res.headers["content-range"]).toBe("bytes 2-5/10");
  });
});
