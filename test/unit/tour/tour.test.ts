import { describe, expect, test } from "vitest";
import { clampStop, escapeEffect, progressLabel, stepTo, tourActionForKey, tourKeyRows, viewOfStop, type KeyInput } from "../../../src/tour/tour";

describe("tourActionForKey", () => {
  test.each([
    ["ArrowRight", "next"], ["ArrowDown", "next"], ["PageDown", "next"], [" ", "next"], ["n", "next"], ["N", "next"], ["Enter", "next"],
    ["ArrowLeft", "previous"], ["ArrowUp", "previous"], ["PageUp", "previous"], ["p", "previous"], ["P", "previous"], ["Backspace", "previous"],
    ["Home", "first"], ["End", "last"], ["b", "black"], ["B", "black"], [".", "black"], ["f", "fullscreen"], ["F", "fullscreen"], ["h", "caption"], ["H", "caption"],
    ["Escape", "escape"], ["?", "help"], ["F5", "swallow"],
  ])("%j means %s", (key, action) => {
    expect(tourActionForKey({ key })).toBe(action);
  });

  test("Shift+Space goes back", () => {
    expect(tourActionForKey({ key: " ", shiftKey: true })).toBe("previous");
  });

  test("browser shortcuts and other keys are left alone", () => {
    expect(tourActionForKey({ key: "r", ctrlKey: true })).toBeUndefined();
    expect(tourActionForKey({ key: "ArrowRight", altKey: true })).toBeUndefined();
    expect(tourActionForKey({ key: "x" })).toBeUndefined();
    expect(tourActionForKey({ key: "Tab" })).toBeUndefined();
  });
});

describe("what a stop shows", () => {
  test("every kind of stop in the data is handled: a pick, the overview, or its own camera", () => {
    expect(viewOfStop({ kind: "corridor", id: "kti" })).toEqual({ selection: { kind: "corridor", id: "kti" } });
    expect(viewOfStop({ kind: "hub", id: "aktau" })).toEqual({ selection: { kind: "hub", id: "aktau" } });
    expect(viewOfStop({ kind: "overview" })).toEqual({ selection: undefined });
    expect(viewOfStop({ kind: "camera", center: [51.2, 43.6], zoom: 6 })).toEqual({ selection: undefined, camera: { zoom: 6, lng: 51.2, lat: 43.6 } });
  });
});

describe("the keys dialog", () => {
  test("lists every key the handler takes, once, and F5 not at all", () => {
    const rows = tourKeyRows("Space");
    expect(rows.map((r) => r.action)).toEqual(["next", "previous", "first", "last", "black", "fullscreen", "caption", "escape", "help"]);
    expect(rows[0]!.keycaps).toBe("→ ↓ Page Down Space N Enter");
    expect(rows[1]!.keycaps).toBe("← ↑ Page Up P Backspace Shift+Space");
    // Each keycap shown is a key the handler maps to that row's action.
    const KEY_OF: Record<string, KeyInput> = { "→": { key: "ArrowRight" }, "↓": { key: "ArrowDown" }, "←": { key: "ArrowLeft" }, "↑": { key: "ArrowUp" },
      "Page Down": { key: "PageDown" }, "Page Up": { key: "PageUp" }, Space: { key: " " }, "Shift+Space": { key: " ", shiftKey: true }, Esc: { key: "Escape" } };
    for (const row of rows) {
      for (const cap of row.keycaps.replace(/Page (Up|Down)/g, "Page_$1").split(" ").map((c) => c.replace("_", " "))) {
        expect(tourActionForKey(KEY_OF[cap] ?? { key: cap }), `${cap} in the ${row.action} row`).toBe(row.action);
      }
    }
  });

  test("names the space bar in the page's language", () => {
    expect(tourKeyRows("Пробел")[1]!.keycaps).toContain("Shift+Пробел");
  });
});

describe("stepping through the stops", () => {
  test("next and previous stop at the ends; Home and End jump", () => {
    expect(stepTo(0, "previous", 12)).toBe(0);
    expect(stepTo(0, "next", 12)).toBe(1);
    expect(stepTo(11, "next", 12)).toBe(11);
    expect(stepTo(5, "first", 12)).toBe(0);
    expect(stepTo(5, "last", 12)).toBe(11);
    expect(stepTo(5, "black", 12)).toBe(5);
  });

  test.each([
    [undefined, 0], [1, 0], [3, 2], [12, 11], [13, 11], [999, 11], [0, 0], [-4, 0], [Number.NaN, 0], [Number.POSITIVE_INFINITY, 0], [2.6, 2],
  ])("stop %s in the address is stop index %s", (n, index) => {
    expect(clampStop(n, 12)).toBe(index);
  });

  test("the progress reads as a person counts", () => {
    expect(progressLabel(2, 12)).toBe("3 / 12");
  });
});

import { readFileSync } from "node:fs";
import { validateTour } from "../../../src/tour/validate-tour";
import type { DataProblem } from "../../../src/model/validate-data";
import { hubIdsOf } from "../../../scripts/validate-data";

describe("data/tour.json", () => {
  const file = { file: "data/tour.json", text: readFileSync("data/tour.json", "utf8") };
  const known = { hubIds: new Set(hubIdsOf()), quoteIds: new Set<string>(JSON.parse(readFileSync("data/quotes.json", "utf8")).quotes.map((q: { id: string }) => q.id)) };

  test("is valid: it opens and closes on the overview and visits every corridor", () => {
    const problems: DataProblem[] = [];
    const stops = validateTour(file, known, problems);
    expect(problems).toEqual([]);
    expect(stops.length).toBeGreaterThanOrEqual(8);
  });

  test.each([
    ["an unknown hub", (t: { stops: Record<string, unknown>[] }) => { t.stops[2]!.show = { kind: "hub", id: "atlantis" }; }, /shows unknown hub "atlantis"/],
    ["a corridor id passed off as a hub", (t: { stops: Record<string, unknown>[] }) => { t.stops[2]!.show = { kind: "hub", id: "titr" }; }, /shows unknown hub "titr"/],
    ["an unknown quote", (t: { stops: Record<string, unknown>[] }) => { t.stops[1]!.quote = "made-up"; }, /quotes unknown quote "made-up"/],
    ["a missing corridor", (t: { stops: Record<string, unknown>[] }) => { t.stops = t.stops.filter((s) => (s.show as { id?: string }).id !== "casa"); }, /no stop shows the corridor "casa"/],
    ["a caption too long for the screen", (t: { stops: Record<string, unknown>[] }) => { t.stops[1]!.title = "x".repeat(80); }, /too long for a caption/],
  ])("rejects %s", (_, breakIt, fault) => {
    const tour = JSON.parse(file.text);
    breakIt(tour);
    const problems: DataProblem[] = [];
    validateTour({ ...file, text: JSON.stringify(tour) }, known, problems);
    expect(problems.map((p) => p.fault).join("\n")).toMatch(fault);
  });
});

describe("escapeEffect", () => {
  const nothingOpen = { help: false, black: false, fullscreen: false, askedToLeave: false };
  test("closes what is open first, one thing a press: the keys, the black screen, full screen", () => {
    expect(escapeEffect({ help: true, black: true, fullscreen: true, askedToLeave: true })).toBe("close-help");
    expect(escapeEffect({ ...nothingOpen, black: true, fullscreen: true, askedToLeave: true })).toBe("close-black");
    expect(escapeEffect({ ...nothingOpen, fullscreen: true, askedToLeave: true })).toBe("exit-fullscreen");
  });

  test("with nothing open, the first press asks and only a second one leaves", () => {
    expect(escapeEffect(nothingOpen)).toBe("ask-to-leave");
    expect(escapeEffect({ ...nothingOpen, askedToLeave: true })).toBe("leave");
  });
});
