import { describe, expect, test } from "vitest";
import { clampYear, sectionInYear, yearRange } from "../../../src/model/year";

describe("the network in a given year", () => {
  const kti = { status: "operating", opened: 2014 } as const;

  test("a section opened in 2014 is absent in 2013 and present in 2014 and after", () => {
    expect(sectionInYear(kti, 2013)).toBe("hidden");
    expect(sectionInYear(kti, 2014)).toBe("shown");
    expect(sectionInYear(kti, 2020)).toBe("shown");
  });

  test("today shows every section as the data describes it now", () => {
    for (const status of ["operating", "under-construction", "planned"] as const) {
      expect(sectionInYear({ status }, undefined)).toBe("shown");
    }
  });

  test("an operating line whose opening year is unknown is faint in any past year, never guessed in or out", () => {
    expect(sectionInYear({ status: "operating" }, 1900)).toBe("faint");
    expect(sectionInYear({ status: "operating" }, 2025)).toBe("faint");
  });

  test("a line not yet built is in no past year", () => {
    expect(sectionInYear({ status: "under-construction", opened: 2000 }, 2025)).toBe("hidden");
    expect(sectionInYear({ status: "planned" }, 2025)).toBe("hidden");
  });

  test("the range runs from the earliest known opening to today", () => {
    expect(yearRange([kti, { status: "operating", opened: 1883 }, { status: "planned" }], 2026)).toEqual({ first: 1883, today: 2026 });
    expect(yearRange([], 2026)).toEqual({ first: 2026, today: 2026 });
  });

  test("an asked-for year is clamped: this year or later is today, earlier than the first is the first", () => {
    const range = { first: 1883, today: 2026 };
    expect(clampYear(2014, range)).toBe(2014);
    expect(clampYear(2026, range)).toBeUndefined();
    expect(clampYear(2030, range)).toBeUndefined();
    expect(clampYear(1066, range)).toBe(1883);
    expect(clampYear(undefined, range)).toBeUndefined();
  });
});
