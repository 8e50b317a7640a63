// `npm start` (after the build) and `npm run serve`: serves dist/ the way a static host would.
import { resolve } from "node:path";
import { resolveSiteConfig } from "../src/model/site-config.ts";
import { startStaticServer } from "./static-server.ts";

const { basePath } = resolveSiteConfig(process.env);
const port = Number(process.env.PORT ?? 4173);
const running = await startStaticServer({ root: resolve(process.env.OUT_DIR ?? "dist"), basePath, port, host: process.env.HOST ?? "127.0.0.1" });
console.log(`Corridor Atlas is being served at ${running.url}  (Ctrl+C to stop)`);
