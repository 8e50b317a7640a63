import { describe, expect, test } from "vitest";
import { chainStations, MAX_HOP_KM } from "../../../../scripts/tracing/station-chain";
import type { OsmStation } from "../../../../scripts/tracing/osm-extract";

// A line along 47° N (0.1° of longitude ≈ 7.6 km), listed out of order, with a station on a spur 6 km
// off the line beside a 19 km hop, and one on a parallel line 30 km north.
const station = (osm: number, lng: number, lat = 47): OsmStation => ({ osm, name: `s${osm}`, extract: "njfinney", lng, lat });
const line = [1, 2, 3, 4, 5, 6].map((i) => station(i, 60 + i * 0.25));
const spur = station(20, 60.875, 47.055);
const parallel = station(30, 61.0, 47.27);
const all = [line[3]!, spur, line[0]!, parallel, line[5]!, line[1]!, line[4]!, line[2]!];
const ids = (stations: OsmStation[]) => stations.map((s) => s.osm);

describe("a line drawn through its stations", () => {
  test("passes every station between the declared ends, in line order, whatever order the extract lists them", () => {
    const chain = chainStations(all, [line[0]!, line[5]!]);
    expect("stations" in chain && ids(chain.stations)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  test("runs the other way when declared the other way", () => {
    const chain = chainStations(all, [line[5]!, line[0]!]);
    expect("stations" in chain && ids(chain.stations)).toEqual([6, 5, 4, 3, 2, 1]);
  });

  test("passes a station off the line only when it is declared", () => {
    const chain = chainStations(all, [line[0]!, spur, line[5]!]);
    expect("stations" in chain && ids(chain.stations)).toContain(20);
  });

  test("reports a gap longer than the longest hop instead of bridging it", () => {
    const far = station(99, 60.25 + (MAX_HOP_KM + 10) / 76);
    expect(chainStations([line[0]!, far], [line[0]!, far])).toEqual({ gap: [line[0], far] });
  });

  test("gives the same chain every time", () => {
    expect(chainStations(all, [line[0]!, line[5]!])).toEqual(chainStations([...all].reverse(), [line[0]!, line[5]!]));
  });
});
