import { defineConfig } from "vitest/config";

// No Solid plugin here: it would switch the test environment to jsdom. Unit tests cover the pure
// modules (and the build's server rendering of the page shell, through Vite: page-meta.test.ts);
// components are tested in a real browser against the built site.
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["test/unit/**/*.test.{ts,tsx}"], environment: "node", testTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/browser/support/global-setup.ts"],
          // One Chromium at a time: the machine has two cores and SwiftShader is hungry.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
