import { describe, expect, test } from "vitest";
import { resolveSiteConfig } from "../../../src/model/site-config";

describe("resolveSiteConfig", () => {
  test.each([
    [undefined, "/"], ["", "/"], ["/", "/"], ["sub", "/sub/"], ["/sub", "/sub/"], ["/sub/", "/sub/"],
    ["//a/b//", "/a/b/"], ["  /corridor-atlas/  ", "/corridor-atlas/"],
  ])("BASE_PATH %j becomes %j", (input, expected) => {
    expect(resolveSiteConfig({ BASE_PATH: input }).basePath).toBe(expected);
  });

  test("SITE_URL always ends with a slash", () => {
    expect(resolveSiteConfig({ SITE_URL: "https://host/sub" }).siteUrl).toBe("https://host/sub/");
    expect(resolveSiteConfig({ SITE_URL: "https://host/sub/" }).siteUrl).toBe("https://host/sub/");
  });

  test("a malformed SITE_URL stops the build", () => {
    expect(() => resolveSiteConfig({ SITE_URL: "not a url" })).toThrow();
  });
});
