// The page's language, its words and its formats, for every component. The language comes
// from the page's path (ru/…, kk/…) and never changes while the page is open: the language
// switch is a link to the same view in another language.
import { createContext, useContext } from "solid-js";
import { makeLocaleFormat, type LocaleFormat } from "../i18n/format";
import { localeOfPath, type Locale } from "../i18n/locales";
import type { Messages } from "../i18n/messages";

export interface LocaleKit {
  locale: Locale;
  t: Messages;
  format: LocaleFormat;
  /** The base this language's addresses are relative to: the site's base plus "ru/" or "kk/". */
  pageBase: string;
}

/** The page's language from its path; `t` are that language's words (load-messages.ts). */
export function makeLocaleKit(pathname: string, basePath: string, t: Messages): LocaleKit {
  const { locale, pageBase } = localeOfPath(pathname, basePath);
  return { locale, t, format: makeLocaleFormat(locale), pageBase };
}

const LocaleContext = createContext<LocaleKit>();

export const LocaleProvider = LocaleContext.Provider;
export function useLocale(): LocaleKit {
  const kit = useContext(LocaleContext);
  if (!kit) throw new Error("useLocale: a component outside LocaleProvider has no language");
  return kit;
}
