// The interface's words in every language, for the build's pages: the words a page shows, and
// those only its meta tags, share card and manifest use (pageWords).
import type { Locale } from "./locales";
import { ui as en, pageWords as enPage, type Messages, type PageWords } from "./en";
import { ui as ru, pageWords as ruPage } from "./ru";
import { ui as kk, pageWords as kkPage } from "./kk";

export type { Messages, PageWords };
/** Everything the build's pages say in one language. */
export type SiteWords = Messages & PageWords;
export const MESSAGES: Record<Locale, SiteWords> = { en: { ...en, ...enPage }, ru: { ...ru, ...ruPage }, kk: { ...kk, ...kkPage } };
