import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validateMeta, formatProblem, type DataProblem } from "../../../src/model/validate-data";
import { validateTour } from "../../../src/tour/validate-tour";
import { ownTextFaults, ownTextsOf, validateOverview } from "../../../src/model/text-sources";
import type { Hub, HubCollection } from "../../../src/model/corridor";

// Each fixture breaks one rule of our own texts (or keeps them all), in the shape of the real files.
const FIXTURES = "test/fixtures/texts";
const QUOTES = new Set(["fixture-quote"]);
const read = (name: string) => ({ file: join(FIXTURES, name), text: readFileSync(join(FIXTURES, name), "utf8") });

/** Every fault of a corridors.json-shaped fixture's texts: its schema first, then the text rules. */
function corridorTextFaults(name: string): string[] {
  const problems: DataProblem[] = [];
  const file = read(name);
  const metas = validateMeta(file, problems);
  const own = ownTextsOf({ corridors: metas, hubs: [], tour: [] }, { corridors: file.file, hubs: "", tour: "" }).flatMap((text) => ownTextFaults(text, QUOTES));
  return [...problems, ...own].filter((p) => !p.fault.includes("corridor is missing")).map(formatProblem);
}

/** The same for a tour.json-shaped fixture (its tour-wide rules, such as every corridor visited, left out). */
function tourTextFaults(name: string): string[] {
  const problems: DataProblem[] = [];
  const file = read(name);
  const stops = validateTour(file, { hubIds: new Set(), quoteIds: QUOTES }, problems);
  return ownTextsOf({ corridors: [], hubs: [], tour: stops }, { corridors: "", hubs: "", tour: file.file }).flatMap((text) => ownTextFaults(text, QUOTES)).map(formatProblem);
}

describe("our own texts", () => {
  test("a description whose every claim cites a page or a passage passes", () => {
    expect(corridorTextFaults("cited-description.json")).toEqual([]);
  });

  test.each([
    ["a description with a date and no source", "description-without-source.json",
      `"kti": description states a fact and cites no source: give descriptionSources`],
    ["a source page that is not https", "source-not-https.json", `"kti": descriptionSources.0.page.url is not an https address`],
    ["a passage that is not in quotes.json", "source-unknown-quote.json", `"kti": description cites unknown quote "no-such-quote"`],
    ["a source that is both a page and a passage", "source-page-and-quote.json", `"kti": descriptionSources.0 needs a page or a quote, and only one of them`],
    ["an empty list of sources", "sources-empty.json", `"kti": descriptionSources is empty: leave it out and mark the text as only explaining the map`],
  ])("%s fails, naming the file, the corridor and the field", (_, name, fault) => {
    expect(corridorTextFaults(name)).toEqual([`${join(FIXTURES, name)}: ${fault}`]);
  });

  test("a tour line marked as only explaining the map may not state a year", () => {
    expect(tourTextFaults("explains-but-states-a-year.json")).toEqual([
      `${join(FIXTURES, "explains-but-states-a-year.json")}: "kti": line is marked as only explaining the map, but states a number ("2014"): cite its source`,
    ]);
  });

  test("nor a number in words", () => {
    expect(tourTextFaults("explains-but-counts-in-words.json")).toEqual([
      `${join(FIXTURES, "explains-but-counts-in-words.json")}: "kti": notes is marked as only explaining the map, but states a number ("five"): cite its source`,
    ]);
  });

  test("a hub's description with no source fails", () => {
    const hub = (JSON.parse(read("hub-description-without-source.geojson").text) as HubCollection).features[0]!;
    const own = ownTextsOf({ corridors: [], hubs: [hub], tour: [] }, { corridors: "", hubs: "hubs.geojson", tour: "" });
    expect(own.flatMap((text) => ownTextFaults(text, QUOTES)).map(formatProblem)).toEqual([
      `hubs.geojson: "${hub.properties.id}": description states a fact and cites no source: give descriptionSources`,
    ]);
  });

  test("a text is either cited or marked as explaining, not both", () => {
    expect(tourTextFaults("explains-and-cites.json")).toEqual([
      `${join(FIXTURES, "explains-and-cites.json")}: "kti": notes cites sources and is marked as only explaining the map: it is one or the other`,
    ]);
  });

  test("a hub that does not say what it is fails", () => {
    const hub = JSON.parse(readFileSync("test/fixtures/data/hubs-valid.geojson", "utf8")).features[0] as Hub;
    const own = ownTextsOf({ corridors: [], hubs: [hub], tour: [] }, { corridors: "", hubs: "hubs.geojson", tour: "" });
    expect(own.flatMap((text) => ownTextFaults(text, QUOTES)).map(formatProblem))
      .toEqual([`hubs.geojson: "${hub.properties.id}": description is missing: say what it is, with sources`]);
  });

  test("the overview's note on the official corridors is held to the same rules", () => {
    const quoteIds = new Set<string>(JSON.parse(readFileSync("data/quotes.json", "utf8")).quotes.map((q: { id: string }) => q.id));
    const real = readFileSync("data/overview.json", "utf8");
    const faultsOf = (text: string) => {
      const problems: DataProblem[] = [];
      validateOverview({ file: "data/overview.json", text }, quoteIds, problems);
      return problems.map(formatProblem);
    };
    expect(faultsOf(real)).toEqual([]);
    const broken = JSON.parse(real);
    broken.officialCorridorsSources[0] = { says: "Five corridors", quote: "made-up" };
    expect(faultsOf(JSON.stringify(broken))).toEqual([`data/overview.json: "overview": officialCorridors cites unknown quote "made-up"`]);
    delete broken.officialCorridorsSources;
    expect(faultsOf(JSON.stringify(broken))).toEqual([expect.stringMatching(/^data\/overview.json: officialCorridorsSources /)]);
  });

  test("every text in the atlas's own corridor, hub and tour files cites its sources or only explains", () => {
    const quoteIds = new Set<string>(JSON.parse(readFileSync("data/quotes.json", "utf8")).quotes.map((q: { id: string }) => q.id));
    const problems: DataProblem[] = [];
    const metas = validateMeta({ file: "data/corridors/corridors.json", text: readFileSync("data/corridors/corridors.json", "utf8") }, problems);
    const hubs = (JSON.parse(readFileSync("data/hubs.geojson", "utf8")) as HubCollection).features;
    const stops = validateTour({ file: "data/tour.json", text: readFileSync("data/tour.json", "utf8") }, { hubIds: new Set(hubs.map((h) => h.properties.id)), quoteIds }, problems);
    const own = ownTextsOf({ corridors: metas, hubs, tour: stops }, { corridors: "data/corridors/corridors.json", hubs: "data/hubs.geojson", tour: "data/tour.json" });
    expect(own.length).toBe(metas.length + hubs.length + 2 * stops.length);
    expect([...problems, ...own.flatMap((text) => ownTextFaults(text, quoteIds))].map(formatProblem)).toEqual([]);
  });
});
