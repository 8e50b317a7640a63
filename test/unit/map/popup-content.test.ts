import { describe, expect, test } from "vitest";
import { hubContent, sectionContent, type PopupWords } from "../../../src/map/popup-content";
import { withoutProvenance, type AtlasData, type Hub, type Segment } from "../../../src/model/corridor";
import type { Fact } from "../../../src/model/fact";

const words = {
  close: "Close", corridor: "Corridor", mode: "Mode", status: "Status", opened: "Opened", openedNotStated: "not stated",
  target: "Due to open", lengthDrawn: "Length drawn", traced: "Drawn", chord: "chord", kind: "Kind",
  corridorsThrough: "Corridors", ofItsCorridors: "Of its corridors", noQuote: "No quote",
  traces: { "osm-track": "track", stations: "stations", "documented-alignment": "route", "sea-lane": "sea" },
  modes: { rail: "Rail", road: "Road", sea: "Sea" },
  statuses: { operating: "Operating", "under-construction": "Under construction", planned: "Planned" },
  hubKinds: { "sea-port": "Sea port", "dry-port": "Dry port", "border-crossing": "Border crossing", "logistics-hub": "Logistics hub" },
  km: (n: number) => `${n} km`,
  source: () => "Outlet",
} satisfies PopupWords;

const gazette = { name: "Fixture Gazette", url: "https://example.org/a" };
const segment = (id: string, extra: Partial<Segment["properties"]>): Segment => ({
  type: "Feature",
  properties: { id, name: id, mode: "rail", status: "operating", source: "t", trace: "osm-track", tracedFrom: "t", places: [], ...extra },
  geometry: { type: "LineString", coordinates: [[50, 40], [51, 40]] },
});
const hub: Hub = {
  type: "Feature", geometry: { type: "Point", coordinates: [51, 40] },
  properties: { id: "kuryk", name: "Port of Kuryk", kind: "sea-port", corridors: ["kti"], country: "KZ", source: "t" },
};
const opened = (value: number, url: string): Fact => ({ about: "kuryk", metric: "opened", value, unit: "year", year: value, source: { name: url, url } });
const data = (segments: Segment[], facts: Fact[] = []): AtlasData => withoutProvenance({
  corridors: [{ id: "kti", name: "KTI", shortName: "KTI", colour: "#009e73", description: "d", countries: [], segments: { type: "FeatureCollection", features: segments } }],
  hubs: { type: "FeatureCollection", features: [hub] }, articles: [], quotes: [], tour: [], facts, overview: { officialCorridors: "", officialCorridorsSources: [] },
});
const fact = (facts: [string, string, unknown?][], term: string) => facts.find(([t]) => t === term);

describe("what a popup says", () => {
  test("a section's opening year comes with the page that states it; unknown is said, not guessed", () => {
    const content = sectionContent(data([segment("a", { opened: 2014, openedSource: gazette }), segment("b", {})]), { corridor: "kti", segment: "a", chord: false }, words)!;
    expect(fact(content.facts, "Opened")).toEqual(["Opened", "2014", gazette]);
    const unknown = sectionContent(data([segment("b", {})]), { corridor: "kti", segment: "b", chord: false }, words)!;
    expect(fact(unknown.facts, "Opened")).toEqual(["Opened", "not stated"]);
  });

  test("a line still to come shows its published target year and source, and no opening", () => {
    const astara = segment("astara", { status: "planned", trace: "documented-alignment", target: 2028, targetSource: gazette });
    const content = sectionContent(data([astara]), { corridor: "kti", segment: "astara", chord: false }, words)!;
    expect(fact(content.facts, "Due to open")).toEqual(["Due to open", "2028", gazette]);
    expect(fact(content.facts, "Opened")).toBeUndefined();
  });

  test("a hub shows the earliest opening its published figures give, with that figure's source", () => {
    const content = hubContent(data([], [opened(2017, "https://example.org/later"), opened(2016, "https://example.org/earlier")]), "kuryk", words)!;
    expect(fact(content.facts, "Opened")?.slice(0, 2)).toEqual(["Opened", "2016"]);
    expect(fact(content.facts, "Opened")?.[2]).toMatchObject({ url: "https://example.org/earlier" });
    expect(fact(hubContent(data([]), "kuryk", words)!.facts, "Opened")).toBeUndefined();
  });
});
