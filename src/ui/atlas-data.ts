import type { AtlasData } from "../model/corridor";
import { atlasDataPath } from "../i18n/locale-files";
import type { Locale } from "../i18n/locales";
import { pageHref } from "./address";

/** Loads one language's validated data bundle the build wrote; rejects with a plain message on failure. */
export async function fetchAtlasData(basePath: string, locale: Locale): Promise<AtlasData> {
  const response = await fetch(new URL(atlasDataPath(locale), new URL(basePath, pageHref())));
  if (!response.ok) throw new Error(`the corridor data answered ${response.status}`);
  return (await response.json()) as AtlasData;
}
