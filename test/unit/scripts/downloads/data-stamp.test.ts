import { describe, expect, test } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DATA_PATHS, dataStamp } from "../../../../scripts/downloads/data-stamp";
import type { SectionRecord } from "../../../../scripts/downloads/section-records";

const record = (tracedFrom: string) => ({ properties: { tracedFrom } }) as SectionRecord;
const RECORDS = [
  record("OpenStreetMap via njfinney/Asia_Railway_Calculator@d44c7e5 (extracted 2026-04-01)"),
  record("OpenStreetMap via kingtmc314/east-asia-railway-map@05f3995 (extracted 2026-07-05)"),
  record("open-water waypoints between the ports' quays"),
];

describe("the date every download carries is the data's, never the clock's", () => {
  test("SOURCE_DATE_EPOCH, when set, is the date", () => {
    expect(dataStamp(RECORDS, { SOURCE_DATE_EPOCH: "1767312000" }).dataDate).toBe("2026-01-02");
  });

  // The tests may run from a source archive too, where there is no history to read.
  const git = (() => {
    try {
      return execFileSync("git", ["log", "-1", "--format=%cs", "--", ...DATA_PATHS], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    } catch {
      return "";
    }
  })();
  test.skipIf(!git)("in a checkout, it is the commit date of the last change to the data", () => {
    expect(dataStamp(RECORDS, {}).dataDate).toBe(git);
  });

  test("without git (a source archive), it is the newest extract date the sections name", () => {
    const outside = mkdtempSync(join(tmpdir(), "no-git-"));
    expect(dataStamp(RECORDS, {}, outside).dataDate).toBe("2026-07-05");
  });

  test("the stamp carries the ODbL licence", () => {
    expect(dataStamp(RECORDS, {}).licence).toMatch(/Open Database Licence \(ODbL 1\.0\): https:\/\/opendatacommons\.org\/licenses\/odbl\/1-0\//);
  });
});
