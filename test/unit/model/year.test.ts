import { describe, expect, test } from "vitest";
import { clampYear, hubInYear, hubOpened, milestoneYears, sectionInYear, yearRange } from "../../../src/model/year";
import type { Fact } from "../../../src/model/fact";

const TODAY = 2026;

describe("the network in a past year", () => {
  const kti = { status: "operating", opened: 2014 } as const;

  test("a section opened in 2014 is absent in 2013 and present in 2014 and after", () => {
    expect(sectionInYear(kti, 2013, TODAY)).toBe("hidden");
    expect(sectionInYear(kti, 2014, TODAY)).toBe("shown");
    expect(sectionInYear(kti, 2020, TODAY)).toBe("shown");
  });

  test("today shows every section as the data describes it now", () => {
    for (const status of ["operating", "under-construction", "planned"] as const) {
      expect(sectionInYear({ status }, undefined, TODAY)).toBe("shown");
      expect(sectionInYear({ status }, TODAY, TODAY)).toBe("shown");
    }
  });

  test("an operating line whose opening year is unknown is faint in any past year, never guessed in or out", () => {
    expect(sectionInYear({ status: "operating" }, 1900, TODAY)).toBe("faint");
    expect(sectionInYear({ status: "operating" }, 2025, TODAY)).toBe("faint");
  });

  test("a line not yet built is in no past year, whatever its target", () => {
    expect(sectionInYear({ status: "under-construction", opened: 2000 }, 2025, TODAY)).toBe("hidden");
    expect(sectionInYear({ status: "planned", target: 2020 }, 2025, TODAY)).toBe("hidden");
  });
});

describe("the network in a coming year, as announced", () => {
  const astara = { status: "planned", target: 2028 } as const;

  test("a line due in 2028 by its published target is faint in 2027 and shown from 2028", () => {
    expect(sectionInYear(astara, 2027, TODAY)).toBe("faint");
    expect(sectionInYear(astara, 2028, TODAY)).toBe("shown");
    expect(sectionInYear(astara, 2030, TODAY)).toBe("shown");
  });

  test("a line still to come with no target, or a missed one, is faint: nothing is announced for it", () => {
    expect(sectionInYear({ status: "under-construction" }, 2030, TODAY)).toBe("faint");
    expect(sectionInYear({ status: "under-construction", target: 2026 }, 2030, TODAY)).toBe("faint");
    expect(sectionInYear({ status: "planned", target: 2020 }, 2030, TODAY)).toBe("faint");
  });

  test("every line open today is shown in the years to come, its opening year known or not", () => {
    expect(sectionInYear({ status: "operating" }, 2028, TODAY)).toBe("shown");
    expect(sectionInYear({ status: "operating", opened: 2014 }, 2028, TODAY)).toBe("shown");
  });
});

describe("hubs through time", () => {
  const fact = (about: string, value: number, part?: string): Fact =>
    ({ about, metric: "opened", value, unit: "year", year: value, ...(part ? { part } : {}), source: { name: "s", url: "https://s.example/" } });

  test("a hub opens in the earliest year its published figures give; none gives none", () => {
    const facts = [fact("kuryk", 2017), fact("kuryk", 2016, "railway ferry complex"), fact("aktau", 1963), { ...fact("kuryk", 2010), metric: "length" as const, unit: "km" as const }];
    expect(hubOpened(facts, "kuryk")).toBe(2016);
    expect(hubOpened(facts, "aktau")).toBe(1963);
    expect(hubOpened(facts, "tashkent")).toBeUndefined();
  });

  test("a hub is there from its opening year, faint in past years when that is unknown, and in every coming year", () => {
    expect(hubInYear(2016, 2015, TODAY)).toBe("hidden");
    expect(hubInYear(2016, 2016, TODAY)).toBe("shown");
    expect(hubInYear(undefined, 1990, TODAY)).toBe("faint");
    expect(hubInYear(undefined, undefined, TODAY)).toBe("shown");
    expect(hubInYear(undefined, 2028, TODAY)).toBe("shown");
  });
});

describe("the control's years", () => {
  test("the range runs from the earliest known opening, past today, to the last target still to come", () => {
    const sections = [
      { status: "operating", opened: 2014 }, { status: "operating", opened: 1883 },
      { status: "planned", target: 2028 }, { status: "under-construction", target: 2025 },
    ] as const;
    expect(yearRange(sections, TODAY)).toEqual({ first: 1883, today: TODAY, last: 2028 });
    expect(yearRange([{ status: "planned", target: 2024 }], TODAY)).toEqual({ first: TODAY, today: TODAY, last: TODAY });
    expect(yearRange([], TODAY)).toEqual({ first: TODAY, today: TODAY, last: TODAY });
  });

  test("play stops at each year a line opened, today, and each year a line is due", () => {
    const sections = [
      { status: "operating", opened: 2014 }, { status: "operating", opened: 1883 }, { status: "operating", opened: 2014 },
      { status: "planned", target: 2028 }, { status: "planned", target: 2024 }, { status: "operating" },
    ] as const;
    expect(milestoneYears(sections, yearRange(sections, TODAY))).toEqual([1883, 2014, TODAY, 2028]);
  });

  test("an asked-for year is clamped into the range; the present year is today", () => {
    const range = { first: 1883, today: TODAY, last: 2028 };
    expect(clampYear(2014, range)).toBe(2014);
    expect(clampYear(2027, range)).toBe(2027);
    expect(clampYear(TODAY, range)).toBeUndefined();
    expect(clampYear(2999, range)).toBe(2028);
    expect(clampYear(1066, range)).toBe(1883);
    expect(clampYear(undefined, range)).toBeUndefined();
    expect(clampYear(2030, { first: 1883, today: TODAY, last: TODAY })).toBeUndefined();
  });
});
