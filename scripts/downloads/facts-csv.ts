// The published figures (data/facts.json) as CSV, one row per figure, for a spreadsheet. Every row
// names its source, since the figure is that source's, not the atlas's: a reader cites the source.
import { stringify } from "csv-stringify/sync";
import type { Fact } from "../../src/model/fact.ts";
import type { DataStamp } from "./data-stamp.ts";

export const FACTS_CSV_COLUMNS = [
  "about", "about_name", "metric", "value", "value_to", "unit", "year", "outlook", "part", "note",
  "source_name", "source_url", "source_title", "source_published", "licence", "data_date",
] as const;

/** What a figure's row says of its use: the figures are the sources', not under the map's ODbL. */
export const FACTS_LICENCE = "Each figure as published by the source named on its row: cite that source.";

/**
 * The CSV text: a header, then the figures in the file's order. `names` gives each corridor's and
 * hub's English name by id. Unknown parts stay empty, never filled in. Never throws.
 */
export function factsCsv(facts: readonly Fact[], names: ReadonlyMap<string, string>, stamp: DataStamp): string {
  const rows = facts.map((fact) => ({
    about: fact.about,
    about_name: names.get(fact.about) ?? "",
    metric: fact.metric,
    value: fact.value,
    value_to: fact.valueTo ?? "",
    unit: fact.unit,
    year: fact.year,
    outlook: fact.outlook ?? "",
    part: fact.part ?? "",
    note: fact.note ?? "",
    source_name: fact.source.name,
    source_url: fact.source.url,
    source_title: fact.source.title ?? "",
    source_published: fact.source.published ?? "",
    licence: FACTS_LICENCE,
    data_date: stamp.dataDate,
  }));
  // A byte-order mark, as in the corridors' CSV, so Excel reads the en dashes as UTF-8.
  return stringify(rows, { header: true, columns: [...FACTS_CSV_COLUMNS], bom: true });
}
