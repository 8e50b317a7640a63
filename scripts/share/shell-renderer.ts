// Loads render-shell.tsx through Vite, with Solid's compiler set to server rendering, in
// production mode, with the site's base path and public address defined as in the browser
// build: the components read the same import.meta.env values as in the app.
import { resolve } from "node:path";
import { runnerImport } from "vite";
import solid from "vite-plugin-solid";

export type RenderPageShell = typeof import("./render-shell.tsx").renderPageShell;

export async function loadShellRenderer(basePath: string, siteUrl: string): Promise<RenderPageShell> {
  const { module } = await runnerImport<typeof import("./render-shell.tsx")>(resolve(import.meta.dirname, "render-shell.tsx"), {
    configFile: false,
    logLevel: "warn",
    mode: "production",
    base: basePath,
    define: { "import.meta.env.VITE_SITE_URL": JSON.stringify(siteUrl) },
    plugins: [solid({ solid: { generate: "ssr", hydratable: false } })],
  });
  return module.renderPageShell;
}
