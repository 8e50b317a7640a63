// Numbers, dates, plurals and country names in one language, all by Intl, so a number reads
// "1 234" in Russian and a date "1 января 2024 г." without tables of our own.
import type { Locale } from "./locales";
import type { PluralForms } from "./plural";

export interface LocaleFormat {
  /** A whole number with the language's grouping: 1,234 / 1 234. */
  number: (n: number) => string;
  /** A number exactly as published, up to three decimals (917.5 km, 1.6 million): figures are not rounded. */
  figure: (n: number) => string;
  /** An ISO date (YYYY-MM-DD) in words; anything else is returned as it is. */
  date: (iso: string) => string;
  /** A country's name from its ISO 3166 alpha-2 code; an unknown code is returned as it is. */
  country: (code: string) => string;
  /** The form of `forms` the number takes, with "{n}" replaced by the number. */
  plural: (forms: PluralForms, n: number) => string;
}

// Kazakh writes numbers as Russian does (CLDR: a space between thousands, a decimal comma), and
// some browsers ship no Kazakh number data at all (Debian's Chromium prints "12,345").
const NUMBER_LOCALE: Record<Locale, string> = { en: "en", ru: "ru", kk: "ru" };

/** Makes a value the first time it is asked for, then keeps it. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/**
 * Never throws. Each formatter is made when first used: making one loads the language's data
 * from the browser's ICU, tens of milliseconds on a slow phone for the five, while the page
 * starts and most pages need only one or two of them.
 */
export function makeLocaleFormat(locale: Locale): LocaleFormat {
  const numbers = lazy(() => new Intl.NumberFormat(NUMBER_LOCALE[locale], { maximumFractionDigits: 0 }));
  const figures = lazy(() => new Intl.NumberFormat(NUMBER_LOCALE[locale], { maximumFractionDigits: 3 }));
  const dates = lazy(() => new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }));
  const regions = lazy(() => new Intl.DisplayNames([locale], { type: "region", fallback: "code" }));
  const plurals = lazy(() => new Intl.PluralRules(locale));
  return {
    number: (n) => numbers().format(n),
    figure: (n) => figures().format(n),
    date: (iso) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? dates().format(new Date(`${iso}T00:00:00Z`)) : iso),
    country: (code) => {
      try {
        return regions().of(code) ?? code;
      } catch {
        return code; // not a well-formed region code
      }
    },
    plural: (forms, n) => (forms[plurals().select(n)] ?? forms.other).replace("{n}", numbers().format(n)),
  };
}
