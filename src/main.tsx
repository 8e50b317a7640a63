import { ErrorBoundary } from "solid-js";
import { render } from "solid-js/web";
import "virtual:noto-sans.css";
import "./ui/styles.css";
import type { AtlasData } from "./model/corridor";
import { App } from "./ui/App";
import { afterFirstPaint } from "./ui/after-first-paint";
import { fetchAtlasData } from "./ui/atlas-data";
import { Crash } from "./ui/Crash";
import { currentAddress } from "./ui/address";
import { LocaleProvider, makeLocaleKit, type LocaleKit } from "./ui/locale-context";
import { loadMessages } from "./i18n/load-messages";
import { localeOfPath } from "./i18n/locales";

/** Solid takes the page over from its static copy. */
function start(root: HTMLElement, locale: LocaleKit, data: Promise<AtlasData>): void {
  // The host's 404.html is the English overview: its first screen is not this page's.
  const ownFirstScreen = document.documentElement.lang === locale.locale;
  // The build already wrote <html lang> for real pages; the host's 404.html is English, so set it here too.
  document.documentElement.lang = locale.locale;
  // The panel's first screen (heading and lead, FirstScreen as the build rendered it) is kept, the
  // very same nodes, until the data arrives: the reader sees the words at once and they do not blink.
  const firstScreen = (ownFirstScreen && root.querySelector(".panel__first-screen")) || undefined;
  root.textContent = "";
  // An unexpected error shows plain words and a way on, never a blank page or a stack trace.
  render(() => (
    <LocaleProvider value={locale}>
      <ErrorBoundary fallback={(error) => { console.warn("Corridor Atlas:", error); return <Crash />; }}><App firstScreen={firstScreen} data={data} /></ErrorBoundary>
    </LocaleProvider>
  ), root);
}

const root = document.getElementById("app");
if (root) {
  // The language is the page's folder (ru/, kk/); its words, the data and the map's code (see
  // MapView) all set off at once, while the static page shows.
  const { pathname } = currentAddress();
  const { locale } = localeOfPath(pathname, import.meta.env.BASE_URL);
  const messages = loadMessages(locale);
  const data = fetchAtlasData(import.meta.env.BASE_URL, locale);
  // Its failure is shown by the app, once it has taken over.
  data.catch(() => undefined);
  // The page paints a static copy of the shell before any script runs. Take it over only once that
  // copy is on screen: its words are the page's largest paint, and nodes moved before the first
  // paint is presented count as painted after the script (a largest contentful paint of 3.5 s
  // instead of 1.4 s on Lighthouse's mobile run). And not before its words have arrived.
  // Without any words (the scripts unreachable), the static page stays as the build wrote it.
  afterFirstPaint(() => void messages.then(
    (t) => start(root, makeLocaleKit(pathname, import.meta.env.BASE_URL, t), data),
    (error) => console.warn("Corridor Atlas: the interface's words could not be loaded", error),
  ));
}
