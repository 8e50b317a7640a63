// The atlas's own words are checked facts: every text of ours that states something (a date, a
// length, an opening, a role, a count) names where it comes from, a published page or a passage
// of our articles. A text that only explains the map says so, and may then hold no number, since
// a number is always a claim. Pure: the build runs it before any page is written.
import type * as v from "valibot";
import { overviewSchema, type textSourceSchema } from "./data-schema";
import { parseWith, type DataFile, type DataProblem } from "./validate-data";
import type { AtlasDataOf, DeclaredCorridorMeta, Hub, Overview, TourStop } from "./corridor";

export type TextSource = v.InferOutput<typeof textSourceSchema>;

/** One text field of ours: its words, what they rest on, or the mark that they only explain. */
export interface OwnText {
  file: string;
  feature: string;
  field: string;
  text: string;
  sources?: readonly TextSource[];
  explains?: true;
  /** Whether the field may be marked as only explaining the map (tour texts); descriptions must cite. */
  mayExplain?: boolean;
}

/** A number in figures or in words (English, the data's language; not "one", mostly a pronoun): always a claim. */
const NUMBER = /\d[\d,.]*\d|\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|thousand|million|billion|dozen|half|twice|double[sd]?|tripled?)\b/i;

/** Every fault of one text: uncited, cited and marked as explaining at once, or citing an unknown passage. */
export function ownTextFaults(own: OwnText, quoteIds: ReadonlySet<string>): DataProblem[] {
  const fault = (message: string): DataProblem => ({ file: own.file, feature: own.feature, fault: `${own.field} ${message}` });
  const faults: DataProblem[] = [];
  if (own.text.trim() === "") return [fault("is missing: say what it is, with sources")];
  if (own.explains && own.sources) faults.push(fault(`cites sources and is marked as only explaining the map: it is one or the other`));
  else if (own.explains && NUMBER.test(own.text)) faults.push(fault(`is marked as only explaining the map, but states a number ("${own.text.match(NUMBER)![0]}"): cite its source`));
  else if (!own.explains && !own.sources) {
    const or = own.mayExplain ? `, or mark ${own.field}Explains if it only explains the map` : "";
    faults.push(fault(`states a fact and cites no source: give ${own.field}Sources${or}`));
  }
  for (const source of own.sources ?? []) {
    if (source.quote !== undefined && !quoteIds.has(source.quote)) faults.push(fault(`cites unknown quote "${source.quote}"`));
  }
  return faults;
}

/** Every source the served data cites for our own words (the panels show them, with their dates). */
export function servedTextSources(data: Pick<AtlasDataOf<unknown>, "corridors" | "hubs" | "overview" | "tour">): TextSource[] {
  return [
    ...data.corridors.flatMap((c) => c.descriptionSources ?? []),
    ...data.hubs.features.flatMap((h) => h.properties.descriptionSources ?? []),
    ...data.overview.officialCorridorsSources,
    ...data.tour.flatMap((stop) => [...(stop.lineSources ?? []), ...(stop.notesSources ?? [])]),
  ];
}

/** Every text of ours in the corridor, hub and tour files, with its sources or its mark. */
export function ownTextsOf(
  texts: { corridors: readonly DeclaredCorridorMeta[]; hubs: readonly Hub[]; tour: readonly TourStop[] },
  files: { corridors: string; hubs: string; tour: string },
): OwnText[] {
  const { corridors, hubs, tour } = texts;
  return [
    ...corridors.map((c) => ({ file: files.corridors, feature: c.id, field: "description", text: c.description, sources: c.descriptionSources })),
    ...hubs.map(({ properties: h }) => ({ file: files.hubs, feature: h.id, field: "description", text: h.description ?? "", sources: h.descriptionSources })),
    ...tour.flatMap((stop) => [
      { file: files.tour, feature: stop.id, field: "line", text: stop.line, sources: stop.lineSources, explains: stop.lineExplains, mayExplain: true },
      { file: files.tour, feature: stop.id, field: "notes", text: stop.notes, sources: stop.notesSources, explains: stop.notesExplains, mayExplain: true },
    ]),
  ];
}

/** data/overview.json: its shape, then its note held to the rules above. */
export function validateOverview(f: DataFile, quoteIds: ReadonlySet<string>, problems: DataProblem[]): Overview | undefined {
  const overview = parseWith(f, overviewSchema, problems);
  if (!overview) return undefined;
  const own = { file: f.file, feature: "overview", field: "officialCorridors", text: overview.officialCorridors, sources: overview.officialCorridorsSources };
  const faults = ownTextFaults(own, quoteIds);
  problems.push(...faults);
  return faults.length === 0 ? overview : undefined;
}
