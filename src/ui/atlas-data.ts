import type { AtlasData } from "../model/corridor";
import { ATLAS_DATA_PATH } from "../model/data-paths";

/** Loads the validated data bundle the build wrote; rejects with a plain message on failure. */
export async function fetchAtlasData(basePath: string): Promise<AtlasData> {
  const response = await fetch(new URL(ATLAS_DATA_PATH, new URL(basePath, window.location.href)));
  if (!response.ok) throw new Error(`the corridor data answered ${response.status}`);
  return (await response.json()) as AtlasData;
}
