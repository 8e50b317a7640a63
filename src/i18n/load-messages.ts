// The interface's words for a page in the browser: English is in the app's own script (it is the
// fallback), and Russian or Kazakh arrive as a small script of their own, so a page downloads
// its own language and no other (the build's pages use all of them: messages.ts).
import type { Locale } from "./locales";
import { ui as en, type Messages } from "./en";

export const ENGLISH: Messages = en;

/** Resolves to English if the language's script cannot be loaded. */
export function loadMessages(locale: Locale): Promise<Messages> {
  // Through modules that re-export only the words, so the translated content (ru.ts's and kk.ts's
  // other export, which the build uses) stays out of the script.
  const words = locale === "ru" ? import("./words-ru") : locale === "kk" ? import("./words-kk") : Promise.resolve({ ui: en });
  return words.then((module) => module.ui, () => en);
}
