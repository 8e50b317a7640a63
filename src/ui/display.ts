// Country names and article dates as the build formatted them for this language (DisplayTexts),
// falling back to the browser's Intl for anything the bundle lacks.
import type { AtlasData } from "../model/corridor";
import type { LocaleFormat } from "../i18n/format";

export const countryNameIn = (data: AtlasData, format: LocaleFormat, code: string): string =>
  data.display?.countryNames[code] ?? format.country(code);

export const articleDateIn = (data: AtlasData, format: LocaleFormat, iso: string): string =>
  data.display?.articleDates[iso] ?? format.date(iso);
