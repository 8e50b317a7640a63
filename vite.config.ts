import { defineConfig } from "vite";
import solid from "vite-plugin-solid";
import { resolveSiteConfig } from "./src/model/site-config.ts";

const { basePath, siteUrl } = resolveSiteConfig(process.env);

export default defineConfig({
  base: basePath,
  plugins: [solid()],
  define: {
    // The public address, for share cards and canonical links (later features).
    "import.meta.env.VITE_SITE_URL": JSON.stringify(siteUrl),
  },
  build: {
    outDir: process.env.OUT_DIR ?? "dist",
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 1200, // maplibre-gl alone is ~1 MB before gzip
  },
});
