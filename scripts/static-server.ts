// A small static server that behaves like GitHub Pages: the site lives under a sub-path, a folder
// serves its index.html, an unknown path gets 404.html with status 404, text is gzipped, and byte
// ranges work (the PMTiles basemap is read with Range requests).
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { createGzip } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".geojson": "application/geo+json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".kml": "application/vnd.google-earth.kml+xml; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".pmtiles": "application/octet-stream",
  ".txt": "text/plain; charset=utf-8",
};
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".geojson", ".csv", ".kml", ".webmanifest", ".svg", ".txt"]);

export interface StaticServerOptions {
  root: string;
  /** e.g. "/corridor-atlas/"; must start and end with "/". */
  basePath: string;
  port?: number;
  host?: string;
}

export interface RunningServer {
  server: Server;
  /** The site's address, ending in the base path. */
  url: string;
  close(): Promise<void>;
}

/** Maps a request path to a file under root, or undefined (never escapes root). */
export function resolveRequestPath(root: string, basePath: string, urlPath: string): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? "/");
  } catch {
    return undefined;
  }
  if (pathname + "/" === basePath) pathname = basePath;
  if (!pathname.startsWith(basePath)) return undefined;
  const relative = normalize(pathname.slice(basePath.length)).replace(/^([/\\])+/, "");
  const candidate = resolve(root, relative);
  if (candidate !== resolve(root) && !candidate.startsWith(resolve(root) + sep)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isDirectory()) {
    const index = join(candidate, "index.html");
    return existsSync(index) ? index : undefined;
  }
  return existsSync(candidate) ? candidate : undefined;
}

function send(req: IncomingMessage, res: ServerResponse, file: string, status: number): void {
  const ext = extname(file);
  const size = statSync(file).size;
  res.setHeader("Content-Type", TYPES[ext] ?? "application/octet-stream");
  res.setHeader("Accept-Ranges", "bytes");
  res.setHeader("Cache-Control", "max-age=600");
  const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? "");
  if (range && status === 200) {
    const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
    const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (start > end || start >= size) {
      res.writeHead(416, { "Content-Range": `bytes */${size}` }).end();
      return;
    }
    res.writeHead(206, { "Content-Range": `bytes ${start}-${end}/${size}`, "Content-Length": end - start + 1 });
    if (req.method === "HEAD") return void res.end();
    createReadStream(file, { start, end }).pipe(res);
    return;
  }
  const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  res.setHeader("Vary", "Accept-Encoding");
  if (gzip) {
    res.writeHead(status, { "Content-Encoding": "gzip" });
    if (req.method === "HEAD") return void res.end();
    createReadStream(file).pipe(createGzip()).pipe(res);
  } else {
    res.writeHead(status, { "Content-Length": size });
    if (req.method === "HEAD") return void res.end();
    createReadStream(file).pipe(res);
  }
}

export function startStaticServer({ root, basePath, port = 0, host = "127.0.0.1" }: StaticServerOptions): Promise<RunningServer> {
  const notFound = join(root, "404.html");
  const server = createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405).end();
      return;
    }
    const url = req.url ?? "/";
    const pathOnly = url.split(/[?#]/)[0] ?? "/";
    // GitHub Pages redirects a folder without its trailing slash.
    if (!pathOnly.endsWith("/") && !extname(pathOnly)) {
      const folder = resolveRequestPath(root, basePath, `${pathOnly}/`);
      if (folder) {
        res.writeHead(301, { Location: `${pathOnly}/${url.slice(pathOnly.length)}` }).end();
        return;
      }
    }
    const file = resolveRequestPath(root, basePath, url);
    if (file) send(req, res, file, 200);
    else if (existsSync(notFound)) send(req, res, notFound, 404);
    else res.writeHead(404, { "Content-Type": "text/plain" }).end("Not found");
  });
  return new Promise((resolvePromise) => {
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === "object" && address ? address.port : port;
      resolvePromise({
        server,
        url: `http://${host === "0.0.0.0" ? "localhost" : host}:${actualPort}${basePath}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
