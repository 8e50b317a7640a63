// The translated data of each language but English, for the build (never the browser bundle:
// the build writes each language's data file, data/atlas.<locale>.json, from it).
import type { Locale } from "./locales";
import type { ContentText } from "./content";
import { content as ru } from "./ru";
import { content as kk } from "./kk";
import { sourceWords as ruSources } from "./claims-ru";
import { sourceWords as kkSources } from "./claims-kk";

export const CONTENT: Record<Exclude<Locale, "en">, ContentText> = { ru: { ...ru, ...ruSources }, kk: { ...kk, ...kkSources } };
