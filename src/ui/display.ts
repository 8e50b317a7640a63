// Country names and article dates as the build formatted them for this language (DisplayTexts),
// falling back to the browser's Intl for anything the bundle lacks.
import type { AtlasData } from "../model/corridor";
import { NOT_STATED, type ArticleMeta } from "../model/article";
import type { LocaleFormat } from "../i18n/format";
import type { Messages } from "../i18n/messages";

export const countryNameIn = (data: AtlasData, format: LocaleFormat, code: string): string =>
  data.display?.countryNames[code] ?? format.country(code);

export const articleDateIn = (data: AtlasData, format: LocaleFormat, iso: string): string =>
  data.display?.articleDates[iso] ?? format.date(iso);

/** Outlet and date of an article in the page's language ("TDI, 27 October 2023"), or "source unknown". */
export function outletAndDate(article: ArticleMeta | undefined, data: AtlasData, t: Messages, format: LocaleFormat): string {
  if (!article) return t.sourceUnknown;
  return `${article.outlet}, ${article.date === NOT_STATED ? t.dateNotStated : articleDateIn(data, format, article.date)}`;
}
