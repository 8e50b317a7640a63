import { describe, expect, test } from "vitest";
import { offlineGroupOf } from "../../../src/i18n/offline-groups";

const BASE = "/corridor-atlas/";

describe("which language a built file belongs to, for the offline cache", () => {
  test.each([
    ["index.html", "en"], ["corridors/kti/index.html", "en"], ["tour/index.html", "en"], ["hubs/aktau/", "en"],
    ["data/atlas.json", "en"], ["manifest.webmanifest", "en"],
    ["ru/index.html", "ru"], ["ru/corridors/kti/index.html", "ru"], ["data/atlas.ru.json", "ru"], ["manifest.ru.webmanifest", "ru"],
    ["kk/tour/index.html", "kk"], ["data/atlas.kk.json", "kk"], ["manifest.kk.webmanifest", "kk"],
    ["assets/index-ClYmtEVJ.js", "shared"], ["assets/noto-sans-cyrillic-400-normal-CHP_ranX.woff2", "shared"],
    ["basemap/basemap.pmtiles", "shared"], ["favicon.svg", "shared"], ["data/atlas.xx.json", "shared"],
    ["data/download/kti.csv", "shared"], ["data/download/kti.kml", "shared"], ["data/download/atlas.geojson", "shared"],
  ])("%s is %s", (file, group) => {
    expect(offlineGroupOf(`${BASE}${file}`, BASE)).toBe(group);
  });
});
