// Rules for the published facts (data/facts.json): each figure has a unit that fits what it
// measures, the year it describes, and a source a reader can open. Pure and never throws; faults
// come back as problems naming the file, the fact (its place in the list, what and what of) and the fault.
import * as v from "valibot";
import { describeIssue, factSchema, factsFileSchema } from "./data-schema";
import { UNITS_BY_METRIC, type Fact } from "./fact";
import { parseWith, type DataFile, type DataProblem } from "./validate-data";

/** "fact #3 (kti length)": the place in the list, so a fact without an id can still be found. */
function factName(raw: unknown, index: number): string {
  const { about, metric } = (raw ?? {}) as { about?: unknown; metric?: unknown };
  const words = [about, metric].filter((w): w is string => typeof w === "string" && w !== "");
  return `fact #${index + 1}${words.length ? ` (${words.join(" ")})` : ""}`;
}

/** The same figure from the same page twice: a copy, not a second source. */
const sameFact = (a: Fact, b: Fact) =>
  a.about === b.about && a.metric === b.metric && a.part === b.part && a.year === b.year &&
  a.value === b.value && a.unit === b.unit && a.source.url === b.source.url;

/** The rules beyond the shape; the first one a fact breaks, if any. */
function factFault(fact: Fact, aboutIds: ReadonlySet<string>): string | undefined {
  if (!aboutIds.has(fact.about)) return `is about unknown id "${fact.about}" (not a corridor or hub)`;
  const units = UNITS_BY_METRIC[fact.metric];
  if (!units.includes(fact.unit)) return `unit "${fact.unit}" does not fit ${fact.metric} (expected ${units.join(" or ")})`;
  if (fact.valueTo !== undefined && fact.valueTo <= fact.value) return `valueTo ${fact.valueTo} is not above value ${fact.value}`;
  if (fact.metric === "opened" && fact.value !== fact.year) return `opened in ${fact.value} but its year is ${fact.year}`;
  return undefined;
}

/** Validates data/facts.json against the corridor and hub ids; returns the facts that pass. */
export function validateFacts(file: DataFile, aboutIds: ReadonlySet<string>, problems: DataProblem[]): Fact[] {
  const raws = parseWith(file, factsFileSchema, problems)?.facts ?? [];
  const kept: { fact: Fact; index: number }[] = [];
  raws.forEach((raw, index) => {
    const feature = factName(raw, index);
    const parsed = v.safeParse(factSchema, raw);
    if (!parsed.success) return void problems.push({ file: file.file, feature, fault: describeIssue(parsed.issues) });
    const fact = parsed.output;
    const earlier = kept.find((k) => sameFact(k.fact, fact));
    const fault = factFault(fact, aboutIds) ?? (earlier ? `repeats fact #${earlier.index + 1}` : undefined);
    if (fault) return void problems.push({ file: file.file, feature, fault });
    kept.push({ fact, index });
  });
  return kept.map((k) => k.fact);
}
