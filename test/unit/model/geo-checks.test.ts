import { describe, expect, test } from "vitest";
import { BORDER_SLACK_KM, countriesCrossed, type GeoContext } from "../../../src/model/geo-checks";

// Two countries split along the parallel 42.7° N: "N" to its north, "S" to its south; no sea.
const geo: GeoContext = { isWater: () => false, countryAt: (_lng, lat) => (lat >= 42.7 ? "N" : "S") };
const KM_PER_DEGREE_LAT = 111.19;
const latKmSouth = (km: number) => 42.7 - km / KM_PER_DEGREE_LAT;

describe("countriesCrossed", () => {
  test("a line along a border that strays over it for 15 km, never deeper than the borders' slack, does not cross it", () => {
    const dip = latKmSouth(BORDER_SLACK_KM * 0.7);
    const line = [[70.0, 42.75], [70.5, 42.75], [70.55, dip], [70.75, dip], [70.8, 42.75], [71.5, 42.75]];
    expect([...countriesCrossed(line, geo)]).toEqual(["N"]);
  });

  test("a line that goes deeper than the slack into the neighbour crosses it, in the order it enters", () => {
    const deep = latKmSouth(BORDER_SLACK_KM * 2);
    const line = [[70.0, 42.75], [70.5, 42.75], [70.55, deep], [70.75, deep], [70.8, 42.75], [71.5, 42.75]];
    expect([...countriesCrossed(line, geo)]).toEqual(["N", "S"]);
  });

  test("a link that ends just over the border, at a terminal nearer to it than the slack, crosses it", () => {
    const line = [[70.0, 42.78], [70.0, latKmSouth(BORDER_SLACK_KM * 0.9)]];
    expect([...countriesCrossed(line, geo)]).toEqual(["N", "S"]);
  });
});
