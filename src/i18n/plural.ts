// Plural forms by the CLDR rules Intl.PluralRules applies: English needs "one" and "other",
// Russian also "few" and "many", Kazakh "one" and "other". "{n}" stands for the number.
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** The plural categories a language's cardinal numbers use, from Intl. */
export const pluralCategories = (locale: string): Intl.LDMLPluralRule[] => new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
