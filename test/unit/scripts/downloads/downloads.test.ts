// The data to take away, read back the way a reader's tools would read it: the CSV with csv-parse,
// the KML with togeojson over xmldom, the GeoJSON with JSON.parse. Built from the real data.
import { beforeAll, describe, expect, test } from "vitest";
import { parse } from "csv-parse/sync";
import { kml, kmlWithFolders } from "@tmcw/togeojson";
import { DOMParser } from "@xmldom/xmldom";
import { length } from "@turf/length";
import type { FeatureCollection, LineString } from "geojson";
import { buildBasemapLayers } from "../../../../scripts/basemap/layers";
import { makeGeoContext } from "../../../../scripts/data/geo-context";
import { readAtlasFiles } from "../../../../scripts/validate-data";
import { corridorCountries } from "../../../../src/model/validate-data";
import { CORRIDOR_IDS, type AtlasData, type CorridorCollection, type DeclaredCorridorMeta, type ValidatedAtlasData } from "../../../../src/model/corridor";
import { ATLAS_DOWNLOAD_PATH, DOWNLOAD_FORMATS, FACTS_DOWNLOAD_PATH, corridorDownloadPath } from "../../../../src/model/download-files";
import { corridorRecords, downloadFiles, readPublishedLengths } from "../../../../scripts/downloads/write-downloads";
import { CSV_COLUMNS } from "../../../../scripts/downloads/corridor-csv";
import { FACTS_CSV_COLUMNS, FACTS_LICENCE } from "../../../../scripts/downloads/facts-csv";
import { readFactsFile } from "../../../../scripts/validate-data";
import type { Fact } from "../../../../src/model/fact";
import type { CorridorRecords } from "../../../../scripts/downloads/atlas-geojson";
import { earliestOpening } from "../../../../src/model/year";
import { hubsFolderName } from "../../../../scripts/downloads/corridor-kml";
import type { DataStamp } from "../../../../scripts/downloads/data-stamp";
import { ATTRIBUTION, LICENCE } from "../../../../scripts/tracing/trace-corridors";

const STAMP: DataStamp = { attribution: ATTRIBUTION, licence: LICENCE, dataDate: "2026-01-02" };

let corridors: CorridorRecords[];
let hubs: AtlasData["hubs"];
let facts: Fact[];
let files: Map<string, string>;
beforeAll(() => {
  const geo = makeGeoContext(buildBasemapLayers());
  // The committed data as the build reads it (the build validates it first; these tests need not).
  const { meta, corridors: corridorFiles, hubs: hubFile } = readAtlasFiles();
  const metas = JSON.parse(meta.text).corridors as DeclaredCorridorMeta[];
  const data = {
    corridors: CORRIDOR_IDS.map((id) => {
      const segments = JSON.parse(corridorFiles.find((f) => f.id === id)!.text) as CorridorCollection;
      return { ...metas.find((m) => m.id === id)!, countries: corridorCountries(segments, geo), segments };
    }),
    hubs: JSON.parse(hubFile.text),
  } as unknown as ValidatedAtlasData;
  corridors = corridorRecords(data, geo, readPublishedLengths());
  hubs = data.hubs;
  facts = (JSON.parse(readFactsFile().text) as { facts: Fact[] }).facts;
  files = downloadFiles(corridors, { hubs, facts }, STAMP);
}, 60_000); // the basemap's countries take a few seconds on a slow machine

const corridor = (id: string) => corridors.find((c) => c.meta.id === id)!;
const csvRows = (id: string): Record<string, string>[] => parse(files.get(corridorDownloadPath(id as "kti", "csv"))!, { columns: true, bom: true });
const csvRow = (corridorId: string, sectionId: string) => csvRows(corridorId).find((r) => r.id === sectionId)!;

test("every corridor has its GeoJSON, CSV and KML, and the atlas its GeoJSON: the paths the panels link", () => {
  const expected = [...CORRIDOR_IDS.flatMap((id) => DOWNLOAD_FORMATS.map((f) => corridorDownloadPath(id, f))), ATLAS_DOWNLOAD_PATH, FACTS_DOWNLOAD_PATH];
  expect([...files.keys()].sort()).toEqual(expected.sort());
});

describe("the CSV, read back with csv-parse", () => {
  test.each(CORRIDOR_IDS)("%s: one row per section, in order, with the data's values", (id) => {
    const rows = csvRows(id);
    const { sections } = corridor(id);
    expect(rows.map((r) => r.id)).toEqual(sections.map((s) => s.segment.properties.id));
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    rows.forEach((row, i) => {
      const { segment } = sections[i]!;
      const p = segment.properties;
      expect([row.name, row.mode, row.status, row.trace, row.traced_from, row.sources]).toEqual([p.name, p.mode, p.status, p.trace, p.tracedFrom, p.source]);
      expect(row.opened).toBe(p.opened === undefined ? "" : String(p.opened));
      expect([row.opened_source, row.target, row.target_source]).toEqual([p.openedSource?.url ?? "", p.target === undefined ? "" : String(p.target), p.targetSource?.url ?? ""]);
      expect(Math.abs(Number(row.drawn_km) - length(segment, { units: "kilometers" }))).toBeLessThanOrEqual(0.05);
      expect([row.licence, row.data_date]).toEqual([LICENCE, "2026-01-02"]);
    });
  });

  test("a section whose opening year no source gives has an empty opened, not a guess", () => {
    expect(corridor("kti").sections.find((s) => s.segment.properties.id === "mangyshlak-zhanaozen")!.segment.properties.opened).toBeUndefined();
    expect(csvRow("kti", "mangyshlak-zhanaozen").opened).toBe("");
    expect(csvRow("kti", "zhanaozen-bereket").opened).toBe("2014");
    expect(csvRow("north-south", "rasht-astara")).toMatchObject({ status: "planned", opened: "", target: "2028", target_source: expect.stringMatching(/^https:\/\//) });
  });

  test("countries come from the geometry, in the order the line enters them", () => {
    expect(csvRow("kti", "zhanaozen-bereket").countries).toBe("KZ TM");
    expect(csvRow("kti", "bereket-gorgan").countries).toBe("TM IR");
    expect(csvRow("titr", "kartsakhi-kars").countries).toBe("GE TR");
  });

  test("a published length is a number only for a figure that measures exactly that section; a longer line's figure is a note naming the rest", () => {
    const shalkar = csvRow("titr", "shalkar-beineu");
    expect(shalkar.published_km).toBe("498");
    expect(shalkar.published_km_note).toContain("498 (Zakon.kz, https://");
    expect(shalkar.published_km_note).toContain("988 (UIC, https://uic.org/com/enews/nr/414/article/ktz-kazakhstan-information-about; with zhezkazgan-saksaulskaya)");
    const kti = csvRow("kti", "zhanaozen-bereket");
    expect(kti.published_km).toBe("");
    expect(kti.published_km_note).toMatch(/^925 \(AzVision, https:\/\/[^;]+; with bereket-gorgan\); 908 \(RailTurkey, https:\/\/[^;]+; with bereket-gorgan\)$/);
    expect(csvRow("kti", "beineu-aktau").published_km_note).toBe("");
  });
});

describe("the published figures' CSV, read back with csv-parse", () => {
  const rows = (): Record<string, string>[] => parse(files.get(FACTS_DOWNLOAD_PATH)!, { columns: true, bom: true });

  test("one row per figure, in the file's order, each with its value, unit, year and source", () => {
    const back = rows();
    expect(Object.keys(back[0]!)).toEqual([...FACTS_CSV_COLUMNS]);
    expect(back).toHaveLength(facts.length);
    back.forEach((row, i) => {
      const fact = facts[i]!;
      expect([row.about, row.metric, Number(row.value), row.unit, Number(row.year)]).toEqual([fact.about, fact.metric, fact.value, fact.unit, fact.year]);
      expect([row.source_name, row.source_url, row.source_title, row.source_published]).toEqual([fact.source.name, fact.source.url, fact.source.title ?? "", fact.source.published ?? ""]);
      expect([row.value_to, row.outlook, row.part]).toEqual([fact.valueTo === undefined ? "" : String(fact.valueTo), fact.outlook ?? "", fact.part ?? ""]);
      expect([row.licence, row.data_date]).toEqual([FACTS_LICENCE, "2026-01-02"]);
    });
  });

  test("a figure names what it is about, corridor or hub, as the atlas names it; numbers are as published", () => {
    const kti = rows().filter((r) => r.about === "kti" && r.metric === "length");
    expect(new Set(kti.map((r) => r.about_name))).toEqual(new Set(["Kazakhstan–Turkmenistan–Iran railway"]));
    // Disagreeing sources are all there, and 917.5 stays 917.5.
    expect(kti.map((r) => r.value)).toEqual(expect.arrayContaining(["928", "917.5", "908"]));
    const hubNames = new Map(hubs.features.map((h) => [h.properties.id, h.properties.name]));
    const aktau = rows().find((r) => r.about === "aktau")!;
    expect(aktau.about_name).toBe(hubNames.get("aktau"));
    expect(rows().every((r) => r.about_name !== "")).toBe(true);
  });
});

describe("the KML, read back with togeojson", () => {
  const read = (id: string) => new DOMParser().parseFromString(files.get(corridorDownloadPath(id as "kti", "kml"))!, "text/xml");

  test.each(CORRIDOR_IDS)("%s: a placemark per section, with its name and its line to 1e-6°", (id) => {
    const all = kml(read(id) as unknown as Document) as FeatureCollection;
    const back = { ...all, features: all.features.filter((f) => f.geometry.type === "LineString") } as FeatureCollection<LineString>;
    const { sections } = corridor(id);
    expect(back.features.map((f) => f.properties?.name)).toEqual(sections.map((s) => s.segment.properties.name));
    back.features.forEach((feature, i) => {
      const want = sections[i]!.segment.geometry.coordinates;
      const got = feature.geometry.coordinates;
      expect(got.length).toBe(want.length);
      got.forEach(([lng, lat], j) => {
        expect(Math.abs(lng! - want[j]![0]!)).toBeLessThan(1e-6);
        expect(Math.abs(lat! - want[j]![1]!)).toBeLessThan(1e-6);
      });
      expect(feature.properties?.opened).toBe(sections[i]!.segment.properties.opened === undefined ? "" : String(sections[i]!.segment.properties.opened));
    });
  });

  test.each(CORRIDOR_IDS)("%s: every line in the corridor's colour, as Google Earth draws it; a line not yet open fainter, a ferry thinner", (id) => {
    // Without styles Google Earth drew every corridor's lines alike.
    const lines = (kml(read(id) as unknown as Document) as FeatureCollection).features.filter((f) => f.geometry.type === "LineString");
    const { meta: { colour }, sections } = corridor(id);
    expect(lines.length).toBe(sections.length);
    lines.forEach((line, i) => {
      const { name, status, mode } = sections[i]!.segment.properties;
      const drawn = line.properties!;
      expect(drawn.stroke, name).toBe(colour.toLowerCase());
      if (status === "operating") expect(drawn["stroke-opacity"], name).toBe(1);
      else expect(drawn["stroke-opacity"], name).toBeLessThan(1);
      expect(drawn["stroke-width"], name).toBeGreaterThan(0);
      if (mode === "sea") expect(drawn["stroke-width"], name).toBeLessThan(lines.find((l, j) => sections[j]!.segment.properties.mode !== "sea")!.properties!["stroke-width"]);
    });
  });

  test.each(CORRIDOR_IDS)("%s: its ports and hubs in a folder of their own, each at its point, with what it is and its sources", (id) => {
    const [folder] = kmlWithFolders(read(id) as unknown as Document).children as { children: { type: string; meta?: { name?: string }; children?: unknown[] }[] }[];
    const hubFolder = folder!.children.find((child) => child.type === "folder" && child.meta?.name === hubsFolderName)!;
    const placemarks = hubFolder.children as { properties: Record<string, string>; geometry: { coordinates: number[] } }[];
    const on = hubs.features.filter((h) => h.properties.corridors.includes(id as "kti"));
    expect(on.length).toBeGreaterThan(0);
    expect(placemarks.map((p) => p.properties.id)).toEqual(on.map((h) => h.properties.id));
    placemarks.forEach((placemark, i) => {
      const hub = on[i]!.properties;
      expect(placemark.geometry.coordinates.slice(0, 2)).toEqual(on[i]!.geometry.coordinates);
      expect(placemark.properties.description).toContain(hub.description);
      for (const source of hub.descriptionSources ?? []) expect(placemark.properties.description).toContain(source.page?.url ?? source.quote);
    });
  });

  test("the corridor's folder names the licence and the data's date", () => {
    const [folder] = kmlWithFolders(read("kti") as unknown as Document).children;
    expect(folder?.type).toBe("folder");
    const meta = (folder as { meta: Record<string, unknown> }).meta;
    expect(meta.name).toBe(`Kazakhstan–Turkmenistan–Iran railway (${ATTRIBUTION}, data of 2026-01-02)`);
    expect(meta.description).toContain(LICENCE);
  });
});

describe("the GeoJSON", () => {
  test.each(CORRIDOR_IDS)("%s: parses, carries the licence and date, every section with its provenance, and its ports and hubs", (id) => {
    const back = JSON.parse(files.get(corridorDownloadPath(id, "geojson"))!);
    expect(back).toMatchObject({ type: "FeatureCollection", corridor: id, attribution: ATTRIBUTION, licence: LICENCE, dataDate: "2026-01-02" });
    const { sections } = corridor(id);
    // The sections, then the ports and hubs on the corridor; the description with its sources on top.
    const on = hubs.features.filter((h) => h.properties.corridors.includes(id));
    expect(back.features.map((f: { properties: { id: string } }) => f.properties.id))
      .toEqual([...sections.map((s) => s.segment.properties.id), ...on.map((h) => h.properties.id)]);
    // Each hub as data/hubs.geojson has it, with its opening year and its page where a figure gives one.
    expect(back.features.slice(sections.length)).toEqual(on.map((hub) => {
      const opening = earliestOpening(facts, hub.properties.id);
      return opening ? { ...hub, properties: { ...hub.properties, opened: opening.value, openedSource: opening.source } } : hub;
    }));
    expect(back).toMatchObject({ description: corridor(id).meta.description, descriptionSources: corridor(id).meta.descriptionSources });
    expect(back.features[0].properties).toMatchObject({ corridor: id, ...sections[0]!.segment.properties, drawnKm: sections[0]!.record.drawnKm });
    expect(back.features[0].geometry).toEqual(sections[0]!.segment.geometry);
  });

  test("the atlas holds every corridor's sections, each with its corridor's id, then every hub", () => {
    const back = JSON.parse(files.get(ATLAS_DOWNLOAD_PATH)!);
    expect(back).toMatchObject({ type: "FeatureCollection", attribution: ATTRIBUTION, licence: LICENCE, dataDate: "2026-01-02" });
    expect(back.corridors.map((c: { id: string }) => c.id)).toEqual([...CORRIDOR_IDS]);
    const lines = back.features.filter((f: { geometry: { type: string } }) => f.geometry.type === "LineString");
    const points = back.features.filter((f: { geometry: { type: string } }) => f.geometry.type === "Point");
    expect(lines.map((f: { properties: { corridor: string; id: string } }) => `${f.properties.corridor}/${f.properties.id}`))
      .toEqual(corridors.flatMap((c) => c.sections.map((s) => `${c.meta.id}/${s.segment.properties.id}`)));
    expect(points.map((f: { properties: { id: string } }) => f.properties.id)).toEqual(hubs.features.map((h) => h.properties.id));
    // Our words go out with what each claim rests on, as the panels show them.
    expect(back.corridors.map((c: { descriptionSources: unknown }) => c.descriptionSources)).toEqual(corridors.map((c) => c.meta.descriptionSources));
    expect(points.map((f: { properties: { descriptionSources: unknown } }) => f.properties.descriptionSources)).toEqual(hubs.features.map((h) => h.properties.descriptionSources));
    // Each hub with the year the map shows it from and the page stating it; none where no figure gives one.
    for (const point of points as { properties: { id: string; opened?: number; openedSource?: { url: string } } }[]) {
      const opening = earliestOpening(facts, point.properties.id);
      expect(point.properties.opened, point.properties.id).toBe(opening?.value);
      expect(point.properties.openedSource?.url, point.properties.id).toBe(opening?.source.url);
    }
    expect(points.some((f: { properties: { opened?: number } }) => f.properties.opened !== undefined)).toBe(true);
  });
});
