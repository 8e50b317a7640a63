import { describe, expect, test } from "vitest";
import { localeBasePath, localeOfPath } from "../../../src/i18n/locales";
import { formatPath, parseUrlState } from "../../../src/state/url-state";

const BASE = "/corridor-atlas/";
const hubs = new Set(["aktau"]);

describe("the language of a page comes from its folder", () => {
  test.each([
    ["/corridor-atlas/", "en", "/corridor-atlas/"],
    ["/corridor-atlas/corridors/titr/", "en", "/corridor-atlas/"],
    ["/corridor-atlas/ru/", "ru", "/corridor-atlas/ru/"],
    ["/corridor-atlas/ru", "ru", "/corridor-atlas/ru/"],
    ["/corridor-atlas/kk/tour/", "kk", "/corridor-atlas/kk/"],
    ["/corridor-atlas/en/corridors/titr/", "en", "/corridor-atlas/"],
    ["/corridor-atlas/de/corridors/titr/", "en", "/corridor-atlas/"],
    ["/corridor-atlas/russian/", "en", "/corridor-atlas/"],
    ["/elsewhere/ru/", "en", "/corridor-atlas/"],
  ])("%s is %s, with its addresses under %s", (path, locale, pageBase) => {
    expect(localeOfPath(path, BASE)).toEqual({ locale, pageBase });
  });

  test("a view's address in each language, and back", () => {
    const view = { kind: "corridor" as const, id: "titr" as const };
    expect(formatPath(view, localeBasePath("ru", BASE))).toBe("/corridor-atlas/ru/corridors/titr/");
    expect(formatPath({ kind: "tour" }, localeBasePath("kk", BASE))).toBe("/corridor-atlas/kk/tour/");
    expect(formatPath(undefined, localeBasePath("en", BASE))).toBe("/corridor-atlas/");
    const { pageBase } = localeOfPath("/corridor-atlas/kk/hubs/aktau/", BASE);
    const state = parseUrlState({ pathname: "/corridor-atlas/kk/hubs/aktau/", search: "", hash: "#map=7/43.6/51.2" }, pageBase, hubs);
    expect(state.view).toEqual({ kind: "hub", id: "aktau" });
    expect(state.camera).toEqual({ zoom: 7, lat: 43.6, lng: 51.2 });
    expect(state.problems).toEqual([]);
  });

  test("an unknown page inside a language folder is a problem that language reports", () => {
    const { locale, pageBase } = localeOfPath("/corridor-atlas/ru/corridors/nowhere/", BASE);
    expect(locale).toBe("ru");
    expect(parseUrlState({ pathname: "/corridor-atlas/ru/corridors/nowhere/", search: "", hash: "" }, pageBase, hubs).problems)
      .toEqual([{ kind: "unknown-corridor", id: "nowhere" }]);
  });
});
