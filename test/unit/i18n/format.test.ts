import { describe, expect, test } from "vitest";
import { makeLocaleFormat } from "../../../src/i18n/format";
import { pluralCategories, type PluralForms } from "../../../src/i18n/plural";

const passages: PluralForms = { one: "{n} фрагмент", few: "{n} фрагмента", many: "{n} фрагментов", other: "{n} фрагмента" };

describe("numbers, dates, plurals and countries follow each language's rules (Intl)", () => {
  test("Russian plurals pick one, few and many by the number's ending", () => {
    const ru = makeLocaleFormat("ru");
    expect([1, 2, 5, 11, 21, 22, 25, 101].map((n) => ru.plural(passages, n))).toEqual([
      "1 фрагмент", "2 фрагмента", "5 фрагментов", "11 фрагментов", "21 фрагмент", "22 фрагмента", "25 фрагментов", "101 фрагмент",
    ]);
    expect(pluralCategories("ru")).toEqual(expect.arrayContaining(["one", "few", "many", "other"]));
  });

  test("a form a language lacks falls back to other", () => {
    // 3 is "few" in Russian; forms without "few" fall back to "other".
    expect(makeLocaleFormat("ru").plural({ one: "{n} фрагмент", other: "{n} фрагм." }, 3)).toBe("3 фрагм.");
    expect(makeLocaleFormat("en").plural({ one: "{n} passage", other: "{n} passages" }, 1)).toBe("1 passage");
  });

  test("numbers group thousands the local way, dates are in words, countries in the language", () => {
    const ru = makeLocaleFormat("ru");
    const kk = makeLocaleFormat("kk");
    expect(ru.number(12345.6).replace(/\s/g, " ")).toBe("12 346");
    expect(makeLocaleFormat("en").number(12345)).toBe("12,345");
    // A published figure keeps its decimals: 917.5 km is not 918 km.
    expect(makeLocaleFormat("en").figure(917.5)).toBe("917.5");
    expect(ru.figure(1.6)).toBe("1,6");
    expect(kk.figure(4766)).toMatch(/^4\s766$/);
    expect(ru.date("2024-07-04")).toMatch(/^4 июля 2024/);
    expect(kk.date("2024-07-04")).toMatch(/шілде/);
    expect(ru.date("not stated")).toBe("not stated");
    expect(kk.country("KZ")).toBe("Қазақстан");
    expect(ru.country("AZ")).toBe("Азербайджан");
    expect(ru.country("??")).toBe("??");
  });
});
