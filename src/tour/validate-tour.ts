// Rules for data/tour.json: every stop shows something that exists and says something; the tour
// opens and closes on the overview and visits every corridor. Never throws.
import * as v from "valibot";
import { CORRIDOR_IDS, isKebabCase } from "../model/corridor";
import { describeIssue } from "../model/data-schema";
import { parseList, type DataFile, type DataProblem } from "../model/validate-data";
import type { TourStop } from "./tour";

const text = v.pipe(v.string(), v.minLength(1, "is empty"));
const show = v.variant("kind", [
  v.strictObject({ kind: v.literal("overview") }),
  v.strictObject({ kind: v.literal("corridor"), id: v.picklist(CORRIDOR_IDS, "is not a corridor id") }),
  v.strictObject({ kind: v.literal("hub"), id: text }),
  v.strictObject({
    kind: v.literal("camera"),
    center: v.tuple([v.pipe(v.number(), v.minValue(-180), v.maxValue(180)), v.pipe(v.number(), v.minValue(-85), v.maxValue(85))]),
    zoom: v.pipe(v.number(), v.minValue(0), v.maxValue(16)),
  }),
]);
const stopSchema = v.strictObject({
  id: v.pipe(v.string(), v.check(isKebabCase, "is not a kebab-case id")),
  show,
  title: v.pipe(text, v.maxLength(60, "is too long for a caption (60 characters)")),
  line: v.pipe(text, v.maxLength(160, "is too long for one line (160 characters)")),
  quote: v.optional(text),
  notes: text,
});

export function validateTour(f: DataFile, known: { hubIds: ReadonlySet<string>; quoteIds: ReadonlySet<string> }, problems: DataProblem[]): TourStop[] {
  const stops: TourStop[] = [];
  parseList(f, "stops", problems).forEach((entry, i) => {
    const parsed = v.safeParse(stopSchema, entry);
    const name = typeof (entry as { id?: unknown })?.id === "string" ? (entry as { id: string }).id : `stop #${i + 1}`;
    if (!parsed.success) return void problems.push({ file: f.file, feature: name, fault: describeIssue(parsed.issues) });
    const stop = parsed.output as TourStop;
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
