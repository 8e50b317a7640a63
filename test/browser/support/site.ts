// The built site, served under a sub-path the way GitHub Pages serves it.
import { resolve } from "node:path";
import { afterAll, beforeAll } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium } from "../../../scripts/chromium.ts";
import { startStaticServer, type RunningServer } from "../../../scripts/static-server.ts";

/** The sub-path every browser test serves the site under. */
export const TEST_BASE_PATH = "/corridor-atlas/";
/** Where the browser project's global setup builds the site (TEST_DIST lets parallel work keep apart). */
export const TEST_DIST = resolve(process.env.TEST_DIST ?? ".test-dist");

export function serveTestSite(): Promise<RunningServer> {
  return startStaticServer({ root: TEST_DIST, basePath: TEST_BASE_PATH });
}

export interface TestEnv { browser: Browser; site: RunningServer }

/** One Chromium and one served site for a test file, opened before its tests and closed after. */
export function useTestSite(): TestEnv {
  const env = {} as TestEnv;
  beforeAll(async () => {
    [env.browser, env.site] = await Promise.all([launchChromium(), serveTestSite()]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}
