// The interface's words in every language, for the app and the build's pages.
import type { Locale } from "./locales";
import { ui as en, type Messages } from "./en";
import { ui as ru } from "./ru";
import { ui as kk } from "./kk";

export type { Messages };
export const MESSAGES: Record<Locale, Messages> = { en, ru, kk };
