// Rules for data/tour.json: every stop shows something that exists and says something; the tour
// opens and closes on the overview and visits every corridor. Never throws.
import * as v from "valibot";
import { CORRIDOR_IDS, type TourStop } from "../model/corridor";
import { describeIssue, tourStopSchema } from "../model/data-schema";
import { parseList, type DataFile, type DataProblem } from "../model/validate-data";

export function validateTour(f: DataFile, known: { hubIds: ReadonlySet<string>; quoteIds: ReadonlySet<string> }, problems: DataProblem[]): TourStop[] {
  const stops: TourStop[] = [];
  parseList(f, "stops", problems).forEach((entry, i) => {
    const parsed = v.safeParse(tourStopSchema, entry);
    const name = typeof (entry as { id?: unknown })?.id === "string" ? (entry as { id: string }).id : `stop #${i + 1}`;
    if (!parsed.success) return void problems.push({ file: f.file, feature: name, fault: describeIssue(parsed.issues) });
    const stop = parsed.output;
    const fault = (message: string) => problems.push({ file: f.file, feature: stop.id, fault: message });
    if (stops.some((s) => s.id === stop.id)) fault("duplicate id");
    if (stop.show.kind === "hub" && !known.hubIds.has(stop.show.id)) fault(`shows unknown hub "${stop.show.id}"`);
    if (stop.quote !== undefined && !known.quoteIds.has(stop.quote)) fault(`quotes unknown quote "${stop.quote}"`);
    stops.push(stop);
  });
  if (stops.length > 0) {
    if (stops[0]!.show.kind !== "overview") problems.push({ file: f.file, feature: stops[0]!.id, fault: "the tour must open on the overview" });
    if (stops[stops.length - 1]!.show.kind !== "overview") problems.push({ file: f.file, feature: stops[stops.length - 1]!.id, fault: "the tour must close on the overview" });
  }
  for (const id of CORRIDOR_IDS) {
    if (!stops.some((s) => s.show.kind === "corridor" && s.show.id === id)) problems.push({ file: f.file, fault: `no stop shows the corridor "${id}"` });
  }
  return stops;
}
