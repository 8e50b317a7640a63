// The network through time: how a section looks in a given year. "Today" (no year chosen) shows
// every section as the data describes it now. A past year shows the lines open by then; a line
// whose opening year the data does not know is drawn faint, never guessed in or out.
import type { Status } from "./corridor";

/** A year the map can show, or undefined for today. */
export type ShownYear = number | undefined;

export type SectionInYear = "shown" | "faint" | "hidden";

export interface DatedSection { status: Status; opened?: number }

/**
 * How a section appears in `year`. Lines under construction or planned did not run in any past
 * year; an operating line runs from its opening year on.
 */
export function sectionInYear({ status, opened }: DatedSection, year: ShownYear): SectionInYear {
  if (year === undefined) return "shown";
  if (status !== "operating") return "hidden";
  if (opened === undefined) return "faint";
  return opened <= year ? "shown" : "hidden";
}

/** The years the control offers: from the earliest known opening to today (its last stop). */
export interface YearRange { first: number; today: number }

export function yearRange(sections: Iterable<DatedSection>, today: number): YearRange {
  let first = today;
  for (const { opened } of sections) if (opened !== undefined && opened < first) first = opened;
  return { first, today };
}

/**
 * The year an address or a tour stop asks for, within the control's range: undefined (today) for
 * the current year or later, and the first year for anything earlier.
 */
export function clampYear(year: ShownYear, range: YearRange): ShownYear {
  if (year === undefined || year >= range.today) return undefined;
  return Math.max(range.first, Math.round(year));
}
