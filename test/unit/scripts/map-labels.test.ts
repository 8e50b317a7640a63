import { describe, expect, test } from "vitest";
import { loadMapLabels } from "../../../scripts/i18n/map-labels";

/** A reader over in-memory files, each a broken or minimal labels file. */
const files = (byName: Record<string, unknown>) => (file: string) => {
  if (!(file in byName)) throw new Error(`no ${file}`);
  return JSON.stringify(byName[file]);
};
const ru = { about: "", countries: { Kazakhstan: "Казахстан", Iran: "Иран" }, places: { "1526384": { label: "Алматы", geonames: "Almaty" } } };

describe("the map's labels as data", () => {
  test("Kazakh lists what differs and takes every other label from Russian", () => {
    const kk = loadMapLabels("kk", files({ "data/i18n/ru.json": ru, "data/i18n/kk.json": { about: "", fallback: "ru", countries: { Kazakhstan: "Қазақстан" }, places: {} } }));
    expect(kk.countries).toEqual({ Kazakhstan: "Қазақстан", Iran: "Иран" });
    expect(kk.places).toEqual({ "1526384": "Алматы" });
  });

  test("the real files: Kazakh has its own names where they differ, Russian's elsewhere", () => {
    const [kk, russian] = [loadMapLabels("kk"), loadMapLabels("ru")];
    expect(kk.countries["Kazakhstan"]).toBe("Қазақстан");
    expect(Object.keys(kk.places)).toEqual(Object.keys(russian.places));
  });

  test.each([
    ["an empty label", { ...ru, countries: { Iran: " " } }, /data\/i18n\/ru\.json: .*is empty/],
    ["a place key that is no GeoNames id", { ...ru, places: { almaty: { label: "Алматы", geonames: "Almaty" } } }, /data\/i18n\/ru\.json: .*is not a GeoNames id/],
    ["an unknown field", { ...ru, cities: {} }, /data\/i18n\/ru\.json: /],
  ])("%s stops the build, naming the file and the fault", (_, broken, message) => {
    expect(() => loadMapLabels("ru", files({ "data/i18n/ru.json": broken }))).toThrow(message);
  });

  test("a fallback that leads back to itself is refused", () => {
    const read = files({ "data/i18n/ru.json": { ...ru, fallback: "kk" }, "data/i18n/kk.json": { ...ru, fallback: "ru" } });
    expect(() => loadMapLabels("kk", read)).toThrow(/leads back to it \(kk → ru → kk\)/);
  });
});
