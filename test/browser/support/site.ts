// The built site, served under a sub-path the way GitHub Pages serves it.
import { resolve } from "node:path";
import { startStaticServer, type RunningServer } from "../../../scripts/static-server.ts";

/** The sub-path every browser test serves the site under. */
export const TEST_BASE_PATH = "/corridor-atlas/";
/** Where the browser project's global setup builds the site. */
export const TEST_DIST = resolve(".test-dist");

export function serveTestSite(): Promise<RunningServer> {
  return startStaticServer({ root: TEST_DIST, basePath: TEST_BASE_PATH });
}
