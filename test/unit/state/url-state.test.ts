import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { formatCamera, formatPath, formatUrlState, parseUrlState, type AddressState, type View } from "../../../src/state/url-state";
import { CORRIDOR_IDS } from "../../../src/model/corridor";

const hubIds = new Set<string>(JSON.parse(readFileSync("data/hubs.geojson", "utf8")).features.map((f: { properties: { id: string } }) => f.properties.id));
const BASES = ["/", "/corridor-atlas/", "/a/b/"];
const parse = (pathname: string, base = "/sub/", search = "", hash = "") => parseUrlState({ pathname, search, hash }, base, hubIds);

describe("parseUrlState and formatPath", () => {
  const views: View[] = [
    undefined,
    { kind: "tour" },
    ...CORRIDOR_IDS.map((id) => ({ kind: "corridor" as const, id })),
    ...[...hubIds].map((id) => ({ kind: "hub" as const, id })),
  ];

  test.each(BASES)("every corridor, hub, the tour and the overview round-trip under base %s", (base) => {
    for (const view of views) {
      const state = parseUrlState({ pathname: formatPath(view, base), search: "", hash: "" }, base, hubIds);
      expect(state.view, formatPath(view, base)).toEqual(view);
      expect(state.problems).toEqual([]);
    }
  });

  test("every tour stop round-trips through the address", () => {
    const stops = JSON.parse(readFileSync("data/tour.json", "utf8")).stops as unknown[];
    for (let n = 1; n <= stops.length; n++) {
      const state = parse(formatPath({ kind: "tour" }, "/sub/"), "/sub/", "", `#map=4/45/60&stop=${n}`);
      expect([state.view, state.stop]).toEqual([{ kind: "tour" }, n]);
    }
  });

  test("a path without its trailing slash, or with index.html, means the same page", () => {
    expect(parse("/sub/corridors/kti").view).toEqual({ kind: "corridor", id: "kti" });
    expect(parse("/sub/corridors/kti/index.html").view).toEqual({ kind: "corridor", id: "kti" });
    expect(parse("/sub").view).toBeUndefined();
  });

  test("reads the camera, the quote, the tour stop and the embed flag", () => {
    const state = parse("/sub/tour/", "/sub/", "?embed", "#map=5.5/43.6/51.2&quote=some-quote&stop=3");
    expect(state).toEqual({ view: { kind: "tour" }, embed: true, presenter: false, camera: { zoom: 5.5, lat: 43.6, lng: 51.2 }, quote: "some-quote", stop: 3, problems: [] });
  });

  test("formatUrlState is its inverse: path, query and fragment, under every base", () => {
    const states: AddressState[] = [
      { view: undefined, embed: false, presenter: false },
      { view: { kind: "corridor", id: "kti" }, embed: true, presenter: false, camera: { zoom: 5.5, lat: 43.6, lng: 51.2 }, quote: "a-quote" },
      { view: { kind: "tour" }, embed: false, presenter: true, stop: 4 },
      { view: { kind: "hub", id: [...hubIds][0]! }, embed: false, presenter: false, camera: { zoom: 7, lat: -12.5, lng: 100.25 } },
      { view: { kind: "corridor", id: "kti" }, embed: false, presenter: false, year: 2014 },
    ];
    for (const base of BASES) {
      for (const state of states) {
        const address = new URL(formatUrlState(state, base), "https://host");
        const parsed = parseUrlState(address, base, hubIds);
        expect(parsed, address.href).toEqual({ ...state, problems: [] });
      }
    }
    expect(formatUrlState(states[2]!, "/sub/")).toBe("/sub/tour/?presenter#stop=4");
  });

  test("the camera is written as MapLibre writes it, with the decimals its zoom needs", () => {
    expect(formatCamera({ zoom: 4.123, lat: 43.123456, lng: 51.987654 })).toBe("4.12/43.12/51.99");
    expect(formatCamera({ zoom: 9, lat: 43.123456, lng: 51.987654 })).toBe("9/43.1235/51.9877");
  });

  test("unknown ids are problems, and the view falls back to the overview", () => {
    expect(parse("/sub/corridors/silk-road/")).toMatchObject({ view: undefined, problems: [{ kind: "unknown-corridor", id: "silk-road" }] });
    expect(parse("/sub/hubs/atlantis/")).toMatchObject({ view: undefined, problems: [{ kind: "unknown-hub", id: "atlantis" }] });
    expect(parse("/sub/no/such/page/")).toMatchObject({ view: undefined, problems: [{ kind: "unknown-address" }] });
  });

  test.each([
    "/sub/corridors/__proto__/", "/sub/corridors/constructor/", "/sub/hubs/__proto__/", "/sub/hubs/toString/",
    "/sub/corridors/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E/", "/sub/corridors/%E0%A4%A/", "/sub/../../etc/passwd",
    "/sub/corridors/kti/extra/", "/other/corridors/kti/", `/sub/corridors/${"x".repeat(60000)}/`, "/sub/javascript:alert(1)/",
    "/sub/%00/", "/sub/corridors//", "",
  ])("survives %s without throwing or selecting anything it should not", (pathname) => {
    const state = parse(pathname);
    expect(state.view === undefined || state.view.kind === "corridor").toBe(true);
    if (state.view?.kind === "corridor") expect(CORRIDOR_IDS).toContain(state.view.id);
    for (const p of state.problems) expect(JSON.stringify(p).length).toBeLessThan(200);
  });

  test.each([
    "#map=NaN/1/2", "#map=Infinity/1/2", "#map=1/2", "#map=1/95/2", "#map=1/2/400", "#map=-1/2/3", "#map=//", "#map=1e400/1/1", `#map=${"9".repeat(60000)}`,
  ])("a camera like %s is ignored", (hash) => {
    expect(parse("/sub/", "/sub/", "", hash).camera).toBeUndefined();
  });

  test("a tour stop that is not a number is ignored; out-of-range numbers are kept for the tour to clamp", () => {
    expect(parse("/sub/tour/", "/sub/", "", "#stop=abc").stop).toBeUndefined();
    expect(parse("/sub/tour/", "/sub/", "", "#stop=999").stop).toBe(999);
  });

  test.each(["#year=abc", "#year=14", "#year=20145", "#year=-2014", "#year=2014.5", "#year="])("a year like %s is ignored (today)", (hash) => {
    expect(parse("/sub/", "/sub/", "", hash).year).toBeUndefined();
  });

  test("a four-digit year is kept as written, for the app to clamp to its range", () => {
    expect(parse("/sub/corridors/kti/", "/sub/", "", "#map=5/40/55&year=2014").year).toBe(2014);
    expect(parse("/sub/", "/sub/", "", "#year=1066").year).toBe(1066);
  });
});

import { hostileAddresses } from "../../support/hostile-addresses";

describe("hostile addresses", () => {
  const addresses = hostileAddresses();
  test("there are at least 200 of them", () => {
    expect(addresses.length).toBeGreaterThanOrEqual(200);
  });

  test("parseUrlState never throws on any, selects only real things, and echoes back only short text", () => {
    for (const { path, search, hash } of addresses) {
      const state = parseUrlState({ pathname: `/sub/${path}`, search, hash }, "/sub/", hubIds);
      if (state.view?.kind === "corridor") expect(CORRIDOR_IDS).toContain(state.view.id);
      if (state.view?.kind === "hub") expect(hubIds.has(state.view.id)).toBe(true);
      if (state.camera) expect(Object.values(state.camera).every(Number.isFinite)).toBe(true);
      if (state.quote) expect(state.quote).toMatch(/^[a-z0-9-]+$/);
      for (const p of state.problems) expect(JSON.stringify(p).length).toBeLessThan(200);
    }
  });
});
