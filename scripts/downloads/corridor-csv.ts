// One corridor as CSV, one row per section, for a spreadsheet. The licence and the data's date
// are columns of every row rather than comment lines, which many CSV readers do not skip.
import { stringify } from "csv-stringify/sync";
import type { DataStamp } from "./data-stamp.ts";
import { publishedKmNote, publishedKmOfSection, type SectionRecord } from "./section-records.ts";

export const CSV_COLUMNS = [
  "id", "name", "mode", "status", "opened", "opened_source", "target", "target_source", "drawn_km", "published_km", "published_km_note",
  "countries", "trace", "traced_from", "sources", "licence", "data_date",
] as const;

/** The CSV text: a header, then the sections in corridor order. Never throws. */
export function corridorCsv(records: readonly SectionRecord[], stamp: DataStamp): string {
  const rows = records.map((record) => {
    const p = record.properties;
    return {
      id: p.id,
      name: p.name,
      mode: p.mode,
      status: p.status,
      opened: p.opened ?? "", // unknown stays empty: never a guessed year
      opened_source: p.openedSource?.url ?? "",
      target: p.target ?? "", // a line still to come: the year a published source gives
      target_source: p.targetSource?.url ?? "",
      drawn_km: record.drawnKm,
      published_km: publishedKmOfSection(record),
      published_km_note: publishedKmNote(record),
      countries: record.countries.join(" "),
      trace: p.trace,
      traced_from: p.tracedFrom,
      sources: p.source,
      licence: stamp.licence,
      data_date: stamp.dataDate,
    };
  });
  // A byte-order mark, so Excel reads the en dashes and Cyrillic station names as UTF-8.
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS], bom: true });
}
