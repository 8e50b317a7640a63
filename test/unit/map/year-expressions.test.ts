import { describe, expect, test } from "vitest";
import { featureFilter } from "@maplibre/maplibre-gl-style-spec";
import type { ExpressionSpecification } from "maplibre-gl";
import { corridorFeatures, hubFeatures } from "../../../src/map/corridor-layers";
import {
  PRESENT_STATE, TODAY_STATE, YEAR_STATE, hubFaintInShownYear, hubInShownYear, hubOpenedInShownYear, sectionFaintInShownYear, sectionInShownYear,
} from "../../../src/map/year-expressions";
import { hubInYear, sectionInYear, type ShownYear } from "../../../src/model/year";
import { STATUSES, withoutProvenance, type AtlasData, type Hub, type Segment } from "../../../src/model/corridor";
import type { Fact } from "../../../src/model/fact";

const PRESENT = 2026;

/** MapLibre's own evaluator, with the year as the style's global state: the map draws what the model says. */
function evaluate(filter: ExpressionSpecification, year: ShownYear, properties: Record<string, unknown>): boolean {
  const globalState = { [YEAR_STATE]: year ?? TODAY_STATE, [PRESENT_STATE]: PRESENT };
  const compiled = featureFilter(filter, "filter", globalState);
  return compiled.filter({ zoom: 5, globalState }, { type: 2, properties } as never);
}

const YEARS: ShownYear[] = [undefined, 1880, 2013, 2014, 2025, 2027, 2028, 2030];

const segment = (id: string, extra: Partial<Segment["properties"]>): Segment => ({
  type: "Feature",
  properties: { id, name: id, mode: "rail", status: "operating", source: "t", trace: "osm-track", tracedFrom: "t", places: [], ...extra },
  geometry: { type: "LineString", coordinates: [[1, 1], [2, 2]] },
});

const atlas = (segments: Segment[], hubs: Hub[] = [], facts: Fact[] = []): AtlasData => withoutProvenance({
  corridors: [{
    id: "kti", name: "K", shortName: "K", colour: "#009e73", description: "d", countries: [],
    segments: { type: "FeatureCollection", features: segments },
  }],
  hubs: { type: "FeatureCollection", features: hubs },
  articles: [], quotes: [], tour: [], facts, overview: { officialCorridors: "", officialCorridorsSources: [] },
});

describe("the year filters as the map evaluates them", () => {
  test("every status, opening year, target year and year shown agrees with model/year.ts", () => {
    const kinds = [{}, { opened: 2014 }, { target: 2028 }, { target: 2024 }, { opened: 2014, target: 2028 }];
    let checked = 0;
    for (const status of STATUSES) {
      for (const kind of kinds) {
        // The feature as it is drawn: each on its own, so none is merged away as already drawn.
        const [feature] = corridorFeatures(atlas([segment("s", { status, ...kind })])).features;
        const properties = feature!.properties!;
        for (const year of YEARS) {
          const expected = sectionInYear({ status, ...kind }, year, PRESENT);
          const label = `${status} ${JSON.stringify(kind)} in ${String(year)}`;
          expect(evaluate(sectionInShownYear, year, properties), label).toBe(expected !== "hidden");
          expect(evaluate(sectionFaintInShownYear, year, properties), label).toBe(expected === "faint");
          checked++;
        }
      }
    }
    expect(checked).toBe(STATUSES.length * kinds.length * YEARS.length);
  });

  test("a hub's earliest published opening reaches its drawn feature, and the filters agree with hubInYear", () => {
    const hub = (id: string): Hub => ({
      type: "Feature", geometry: { type: "Point", coordinates: [1, 1] },
      properties: { id, name: id, kind: "sea-port", corridors: ["kti"], country: "KZ", source: "t" },
    });
    const opened = (about: string, value: number): Fact => ({ about, metric: "opened", value, unit: "year", year: value, source: { name: "s", url: "https://s.example/" } });
    const features = hubFeatures(atlas([], [hub("dated"), hub("undated")], [opened("dated", 2017), opened("dated", 2016), opened("other", 1900)])).features;
    expect(features.map((f) => f.properties?.opened)).toEqual([2016, undefined]);
    for (const feature of features) {
      // The years shown, and those either side of the hub's opening (2016).
      for (const year of [...YEARS, 2015, 2016]) {
        const expected = hubInYear(feature.properties?.opened as number | undefined, year, PRESENT);
        expect(evaluate(hubInShownYear, year, feature.properties!), `${String(feature.properties?.id)} in ${String(year)}`).toBe(expected !== "hidden");
        expect(evaluate(hubFaintInShownYear, year, feature.properties!)).toBe(expected === "faint");
      }
    }
  });

  test("the hub rule with the opening year written in (for the basemap's labels) agrees with model/year.ts and with the one reading the hub", () => {
    for (const opened of [undefined, 1880, 2016, 2028]) {
      for (const year of [...YEARS, ...(opened === undefined ? [] : [opened - 1, opened])]) {
        const label = `${String(opened)} in ${String(year)}`;
        const shown = evaluate(hubOpenedInShownYear(opened), year, {});
        expect(shown, label).toBe(hubInYear(opened, year, PRESENT) !== "hidden");
        expect(shown, label).toBe(evaluate(hubInShownYear, year, opened === undefined ? {} : { opened }));
      }
    }
  });

  test("a segment's opening and target years reach the drawn feature, and only when given", () => {
    const [dated] = corridorFeatures(atlas([segment("a", { status: "planned", target: 2028 })])).features;
    expect(dated!.properties).toMatchObject({ target: 2028 });
    const [plain] = corridorFeatures(atlas([segment("b", {})])).features;
    expect(plain!.properties).not.toHaveProperty("opened");
    expect(plain!.properties).not.toHaveProperty("target");
  });
});
