// Builds the site once for every browser test, under the same sub-path GitHub Pages would use.
import { execFileSync } from "node:child_process";
import { TEST_BASE_PATH, TEST_DIST } from "./site.ts";

export default function setup(): void {
  // While iterating on a browser test, `REUSE_TEST_BUILD=1` keeps the last .test-dist.
  if (process.env.REUSE_TEST_BUILD === "1") return;
  execFileSync(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", BASE_PATH: TEST_BASE_PATH, SITE_URL: `https://atlas.example${TEST_BASE_PATH}`, OUT_DIR: TEST_DIST },
  });
}
