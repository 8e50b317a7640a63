// Published facts about a corridor or a hub (data/facts.json): a figure, its unit and year, and the
// page that published it. Kept apart from the quotes, which stay verbatim passages of articles.
import type * as v from "valibot";
import type { factSchema } from "./data-schema";

/** What a figure measures. */
export const FACT_METRICS = ["length", "capacity", "volume", "transit-time", "opened"] as const;
export type FactMetric = (typeof FACT_METRICS)[number];

/** Every unit a figure may carry; rates are per year, except a crossing's trains per day. */
export const FACT_UNITS = ["km", "t/yr", "TEU/yr", "trains/day", "days", "year"] as const;
export type FactUnit = (typeof FACT_UNITS)[number];

/** The units that fit each metric: a length in tonnes is a typing slip, not a figure. */
export const UNITS_BY_METRIC: Record<FactMetric, readonly FactUnit[]> = {
  length: ["km"],
  capacity: ["t/yr", "TEU/yr", "trains/day"],
  volume: ["t/yr", "TEU/yr", "trains/day"],
  "transit-time": ["days"],
  opened: ["year"],
};

/** A figure that is not yet a fact of the present: a goal set for the year, or someone's forecast. */
export const FACT_OUTLOOKS = ["target", "forecast"] as const;

/** One published figure, as data/facts.json holds it (rules in validate-facts.ts). */
export type Fact = v.InferOutput<typeof factSchema>;

/** The figures about one corridor or hub, grouped by what they measure (in FACT_METRICS order), newest first. */
export function factsAbout(facts: readonly Fact[], id: string): { metric: FactMetric; facts: Fact[] }[] {
  const mine = facts.filter((f) => f.about === id);
  return FACT_METRICS.flatMap((metric) => {
    const group = mine.filter((f) => f.metric === metric).sort((a, b) => b.year - a.year);
    return group.length > 0 ? [{ metric, facts: group }] : [];
  });
}

/** A figure in millions when it is one (4,500,000 t → 4.5 million t), as people write tonnages and TEU. */
export function inMillions(value: number, unit: FactUnit): number | undefined {
  return (unit === "t/yr" || unit === "TEU/yr") && value >= 1_000_000 ? value / 1_000_000 : undefined;
}
