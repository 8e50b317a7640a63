// The interface's words for a page in the browser, each language a small script of its own, so
// a page downloads its own language's words and no other's (the build's pages use all of them:
// messages.ts).
import type { Locale } from "./locales";
import type { Messages } from "./en";

// Through modules that re-export only the words, so the translated content (ru.ts's and kk.ts's
// other export, which the build uses) stays out of the scripts.
const WORDS: Record<Locale, () => Promise<{ ui: Messages }>> = {
  en: () => import("./words-en"),
  ru: () => import("./words-ru"),
  kk: () => import("./words-kk"),
};

/** Falls back to English if the language's script cannot be loaded; rejects if neither can. */
export function loadMessages(locale: Locale): Promise<Messages> {
  return WORDS[locale]().catch(() => WORDS.en()).then((module) => module.ui);
}
