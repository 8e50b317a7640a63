// The data files a reader can take away, named in one place: the build writes them
// (scripts/downloads/), the panels link them and the service worker caches them with the shared files.
import type { CorridorId } from "./corridor";

export const DOWNLOAD_FORMATS = ["geojson", "csv", "kml"] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

/** Under the site's base; not a language folder, so every language links the same files. */
const DOWNLOAD_DIR = "data/download";

/** One corridor's sections in one format, relative to the site's base. */
export const corridorDownloadPath = (id: CorridorId, format: DownloadFormat): string => `${DOWNLOAD_DIR}/${id}.${format}`;

/** Every corridor's sections and the hubs, as one GeoJSON file, relative to the site's base. */
export const ATLAS_DOWNLOAD_PATH = `${DOWNLOAD_DIR}/atlas.geojson`;

/** Every published figure (data/facts.json) with its source, as CSV, relative to the site's base. */
export const FACTS_DOWNLOAD_PATH = `${DOWNLOAD_DIR}/facts.csv`;

/** How a format is named to a reader (the same in every language). */
export const DOWNLOAD_FORMAT_NAMES: Record<DownloadFormat, string> = { geojson: "GeoJSON", csv: "CSV", kml: "KML" };

/** Each format's media type, as the static host serves it (scripts/static-server.ts). */
export const DOWNLOAD_MEDIA_TYPES: Record<DownloadFormat, string> = {
  geojson: "application/geo+json", csv: "text/csv", kml: "application/vnd.google-earth.kml+xml",
};

/** The name a download is saved under: it says where it came from ("corridor-atlas-kti.csv"). */
export function downloadFileName(path: string): string {
  const file = path.slice(path.lastIndexOf("/") + 1);
  return path === ATLAS_DOWNLOAD_PATH ? "corridor-atlas.geojson" : `corridor-atlas-${file}`;
}
