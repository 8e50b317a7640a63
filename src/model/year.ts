// The network through time: how a section or hub looks in a given year. "Today" (no year chosen)
// shows everything as the data describes it now. A past year shows the lines open by then; a line
// whose opening year the data does not know is drawn faint, never guessed in or out. A coming year
// shows what is announced for it: a line under construction or planned whose published target year
// has come, and, faint, the rest still to come.
import type { HubCollection, Status } from "./corridor";
import type { Fact } from "./fact";

/** A year the map can show, or undefined for today. */
export type ShownYear = number | undefined;

export type SectionInYear = "shown" | "faint" | "hidden";

export interface DatedSection {
  status: Status;
  opened?: number;
  /** For a line not yet open: the year a published source says it is to open. */
  target?: number;
}

/**
 * Whether a line not yet open is due by `year`. A target that has passed with the line still not
 * open (a missed target) announces nothing for the years to come.
 */
const dueBy = ({ status, target }: DatedSection, year: number, today: number): boolean =>
  status !== "operating" && target !== undefined && target > today && target <= year;

/**
 * How a section appears in `year`, `today` being the present year. Lines under construction or
 * planned did not run in any past year; an operating line runs from its opening year on. In a
 * coming year every line open today is shown, a line due by then (its target) too, and the rest
 * of what is still to come is faint.
 */
export function sectionInYear(section: DatedSection, year: ShownYear, today: number): SectionInYear {
  if (year === undefined || year === today) return "shown";
  const { status, opened } = section;
  if (year > today) return status === "operating" || dueBy(section, year, today) ? "shown" : "faint";
  if (status !== "operating") return "hidden";
  if (opened === undefined) return "faint";
  return opened <= year ? "shown" : "hidden";
}

/** How a hub appears in `year`: from its opening year on; faint in past years when that is unknown. */
export function hubInYear(opened: number | undefined, year: ShownYear, today: number): SectionInYear {
  if (year === undefined || year >= today) return "shown";
  if (opened === undefined) return "faint";
  return opened <= year ? "shown" : "hidden";
}

/** The earliest opening the published figures give for a hub (data/facts.json, "opened"), if any. */
export function earliestOpening(facts: readonly Fact[], id: string): Fact | undefined {
  let earliest: Fact | undefined;
  for (const fact of facts) {
    if (fact.about === id && fact.metric === "opened" && (!earliest || fact.value < earliest.value)) earliest = fact;
  }
  return earliest;
}

/** A hub's opening year: the earliest its published figures give, or undefined when none does. */
export const hubOpened = (facts: readonly Fact[], id: string): number | undefined => earliestOpening(facts, id)?.value;

/**
 * The hubs, each with the opening year it is shown from (`opened`, see hubOpened) and the page
 * that states it (`openedSource`), as sections carry theirs: none where no figure gives one.
 */
export function withHubOpenings(hubs: HubCollection, facts: readonly Fact[]): HubCollection {
  return {
    ...hubs,
    features: hubs.features.map((hub) => {
      const opening = earliestOpening(facts, hub.properties.id);
      return opening ? { ...hub, properties: { ...hub.properties, opened: opening.value, openedSource: opening.source } } : hub;
    }),
  };
}

/** The years the control offers: from the earliest known opening, past today, to the last target year. */
export interface YearRange { first: number; today: number; last: number }

export function yearRange(sections: Iterable<DatedSection>, today: number): YearRange {
  let first = today;
  let last = today;
  for (const section of sections) {
    if (section.opened !== undefined && section.opened < first) first = section.opened;
    if (section.target !== undefined && dueBy(section, section.target, today) && section.target > last) last = section.target;
  }
  return { first, today, last };
}

/**
 * The years worth stopping at, in order: those in which a line opened, today, and those in which
 * a line is due. Play steps through them; the slider stays free to go anywhere in the range.
 */
export function milestoneYears(sections: Iterable<DatedSection>, range: YearRange): number[] {
  const years = new Set<number>([range.today]);
  for (const section of sections) {
    if (section.opened !== undefined && section.status === "operating") years.add(section.opened);
    if (section.target !== undefined && dueBy(section, section.target, range.today)) years.add(section.target);
  }
  return [...years].filter((y) => y >= range.first && y <= range.last).sort((a, b) => a - b);
}

/**
 * The year an address or a tour stop asks for, within the control's range: undefined (today) for
 * the present year, the first year for anything earlier and the last for anything later.
 */
export function clampYear(year: ShownYear, range: YearRange): ShownYear {
  if (year === undefined) return undefined;
  const clamped = Math.min(range.last, Math.max(range.first, Math.round(year)));
  return clamped === range.today ? undefined : clamped;
}
