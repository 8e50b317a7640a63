// The page the service worker answers with when, offline, a page is asked for in a language this
// device has not saved (a presenter's "Русский" link on a tour saved in English): a short page in
// that language with the way back, instead of the browser's own error page. Pure: the worker
// passes the language and where the reader came from.
import type { Locale } from "./locales";

const WORDS: Record<Locale, { title: string; text: string; back: string }> = {
  en: {
    title: "Not saved for offline use",
    text: "The atlas’s English pages have not been saved on this device, and there is no connection now.",
    back: "Back to the page you came from",
  },
  ru: {
    title: "Не сохранено для работы офлайн",
    text: "Русские страницы атласа не сохранены на этом устройстве, а подключения к сети сейчас нет.",
    back: "Вернуться на предыдущую страницу",
  },
  kk: {
    title: "Желісіз жұмыс үшін сақталмаған",
    text: "Атластың қазақша беттері бұл құрылғыда сақталмаған, ал қазір желіге қосылу жоқ.",
    back: "Алдыңғы бетке оралу",
  },
};

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The page for `locale`, linking back to `referrer` when it is a page of this site (under
 * `basePath` on `origin`), else to the site's base.
 */
export function notSavedOfflinePage(locale: Locale, referrer: string, origin: string, basePath: string): string {
  const words = WORDS[locale];
  let back = `${origin}${basePath}`;
  try {
    const from = new URL(referrer);
    if (from.origin === origin && from.pathname.startsWith(basePath)) back = from.href;
  } catch {
    // No referrer (typed address, bookmark): the base.
  }
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(words.title)}</title>
<style>body{font:18px/1.5 system-ui,sans-serif;max-width:36rem;margin:15vh auto;padding:0 1.5rem;color:#1f2a30}a{color:#0b5cad}</style>
</head><body><main><h1>${escape(words.title)}</h1><p>${escape(words.text)}</p><p><a href="${escape(back)}">${escape(words.back)}</a></p></main></body></html>
`;
}
