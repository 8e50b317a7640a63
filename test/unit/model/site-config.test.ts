import { describe, expect, test } from "vitest";
import { publicAddress, resolveSiteConfig } from "../../../src/model/site-config";

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

  test("SITE_URL is known to be given or not", () => {
    expect(resolveSiteConfig({ SITE_URL: "https://host/sub/" }).siteUrlGiven).toBe(true);
    // Even when it names the local preview's own address.
    expect(resolveSiteConfig({ SITE_URL: "http://localhost:4173/" }).siteUrlGiven).toBe(true);
    expect(resolveSiteConfig({ BASE_PATH: "/sub/" })).toMatchObject({ siteUrl: "http://localhost:4173/sub/", siteUrlGiven: false });
  });
});

describe("publicAddress", () => {
  const neverAsked = () => { throw new Error("the page's origin is not needed when SITE_URL is given"); };

  test("names SITE_URL, whatever the page is served at", () => {
    expect(publicAddress("/sub/corridors/kti/", "/sub/", "https://host/atlas/", neverAsked)).toBe("https://host/atlas/corridors/kti/");
  });

  test("without SITE_URL, names where the page is served, never localhost", () => {
    expect(publicAddress("/sub/ru/hubs/aktau/#map=5/43/51", "/sub/", "", () => "https://deployed.example")).toBe("https://deployed.example/sub/ru/hubs/aktau/#map=5/43/51");
  });
});
