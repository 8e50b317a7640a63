import { defineConfig } from "vite";
import solid from "vite-plugin-solid";
import { VitePWA } from "vite-plugin-pwa";
import { resolveSiteConfig } from "./src/model/site-config.ts";
import { contentSecurityPolicy } from "./scripts/csp.ts";
import { notoSansFonts } from "./scripts/noto-sans-fonts.ts";

const { basePath, siteUrl, siteUrlGiven } = resolveSiteConfig(process.env);

export default defineConfig({
  base: basePath,
  plugins: [
    solid(),
    notoSansFonts(),
    contentSecurityPolicy(),
    VitePWA({
      strategies: "injectManifest",
      srcDir: "src",
      filename: "sw.ts",
      injectRegister: false, // src/ui/offline.ts registers it, under the base path
      manifest: false, // public/manifest.webmanifest is ours
      // Only compile src/sw.ts here: scripts/precache.ts writes its list once every page exists.
      injectManifest: { injectionPoint: undefined },
      devOptions: { enabled: false },
    }),
  ],
  define: {
    // The public address shared links name; "" when the build was not told it (see publicAddress).
    "import.meta.env.VITE_SITE_URL": JSON.stringify(siteUrlGiven ? siteUrl : ""),
  },
  build: {
    outDir: process.env.OUT_DIR ?? "dist",
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 1200, // maplibre-gl alone is ~1 MB before gzip
  },
});
