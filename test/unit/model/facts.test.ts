import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validateFacts } from "../../../src/model/validate-facts";
import { formatProblem, type DataProblem } from "../../../src/model/validate-data";
import { CORRIDOR_IDS } from "../../../src/model/corridor";
import { FACT_METRICS, UNITS_BY_METRIC } from "../../../src/model/fact";
import { factAboutIdsOf, hubIdsOf, readFactsFile } from "../../../scripts/validate-data";

const FIXTURES = "test/fixtures/facts";
const fixture = (name: string) => ({ file: join(FIXTURES, `${name}.json`), text: readFileSync(join(FIXTURES, `${name}.json`), "utf8") });
const problemsFor = (name: string) => {
  const problems: DataProblem[] = [];
  validateFacts(fixture(name), new Set(["kti", "aktau"]), problems);
  return problems;
};

describe("the facts validator", () => {
  test("accepts a fact with its unit, year and source", () => {
    expect(problemsFor("valid")).toEqual([]);
  });

  // Each fixture breaks one rule in its second fact; the message names the file, the fact and the fault.
  test.each([
    ["unknown-unit", "fact #2 (kti length)", /^unit is not one of km, t\/yr, TEU\/yr, trains\/day, days, year$/],
    ["unknown-metric", "fact #2 (kti speed)", /^metric is not one of length, capacity, volume, transit-time, opened$/],
    ["no-year", "fact #2 (kti length)", /^year is missing$/],
    ["no-source-name", "fact #2 (kti length)", /^source\.name is missing$/],
    ["empty-source-name", "fact #2 (kti length)", /^source\.name is empty$/],
    ["http-url", "fact #2 (kti length)", /^source\.url is not an https address$/],
    ["not-an-iso-date", "fact #2 (kti length)", /^source\.published is not a YYYY-MM-DD date$/],
    ["unknown-about", "fact #2 (silk-road length)", /^is about unknown id "silk-road" \(not a corridor or hub\)$/],
    ["unit-unfit-for-metric", "fact #2 (kti length)", /^unit "t\/yr" does not fit length \(expected km\)$/],
    ["range-upside-down", "fact #2 (kti length)", /^valueTo 800 is not above value 900$/],
    ["opened-year-mismatch", "fact #2 (kti opened)", /^opened in 2014 but its year is 2013$/],
    ["unknown-field", "fact #2 (kti length)", /^speaker is not a field of a fact$/],
    ["repeated", "fact #3 (kti length)", /^repeats fact #2$/],
  ])("%s is rejected, naming the file, the fact and the fault", (name, feature, fault) => {
    const problems = problemsFor(name);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe(join(FIXTURES, `${name}.json`));
    expect(problems[0]!.feature).toBe(feature);
    expect(problems[0]!.fault).toMatch(fault);
    expect(formatProblem(problems[0]!)).toBe(`${FIXTURES}/${name}.json: "${feature}": ${problems[0]!.fault}`);
  });

  test("a file that is not JSON is one fault naming the file", () => {
    const problems = problemsFor("bad-json");
    expect(problems.map((p) => [p.file, p.feature, p.fault.split(" (")[0]])).toEqual([[join(FIXTURES, "bad-json.json"), undefined, "is not valid JSON"]]);
  });

  test("every metric has a unit; lengths are in km and openings in years", () => {
    for (const metric of FACT_METRICS) expect(UNITS_BY_METRIC[metric].length, metric).toBeGreaterThan(0);
    expect(UNITS_BY_METRIC.length).toEqual(["km"]);
    expect(UNITS_BY_METRIC.opened).toEqual(["year"]);
  });
});

describe("the atlas's facts", () => {
  const problems: DataProblem[] = [];
  const facts = validateFacts(readFactsFile(), factAboutIdsOf(), problems);

  test("all pass the rules", () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  test("every corridor has a published length, each with an https source", () => {
    for (const id of CORRIDOR_IDS) expect(facts.some((f) => f.about === id && f.metric === "length"), id).toBe(true);
    for (const fact of facts) expect(fact.source.url).toMatch(/^https:\/\//);
  });

  test("the KTI line opened in 2014, and its published lengths disagree and are all kept", () => {
    const kti = facts.filter((f) => f.about === "kti");
    expect(kti.filter((f) => f.metric === "opened").map((f) => f.value)).toContain(2014);
    const lengths = new Set(kti.filter((f) => f.metric === "length" && !f.part).map((f) => f.value));
    expect(lengths).toContain(928);
    expect(lengths.size).toBeGreaterThan(1);
  });

  test("facts about hubs name hubs that exist", () => {
    const hubs = new Set(hubIdsOf());
    for (const fact of facts.filter((f) => !(CORRIDOR_IDS as readonly string[]).includes(f.about))) expect(hubs.has(fact.about), fact.about).toBe(true);
  });
});
