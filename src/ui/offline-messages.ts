// What the page and the service worker say to each other about the offline cache.
import type { Locale } from "../i18n/locales";

/** The page asks the worker to cache its language's pages and data (shared files come first). */
export type OfflineRequest = { type: "cache-language"; locale: Locale };
export type OfflineReply = { type: "language-cached" | "language-failed"; locale: Locale };
