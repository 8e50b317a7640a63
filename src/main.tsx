import { ErrorBoundary } from "solid-js";
import { render } from "solid-js/web";
import "./ui/fonts.css";
import "./ui/styles.css";
import { App } from "./ui/App";
import { Crash } from "./ui/Crash";
import { LocaleProvider, makeLocaleKit } from "./ui/locale-context";

const root = document.getElementById("app");
if (root) {
  // The language is the page's folder (ru/, kk/). The build already wrote <html lang> for real
  // pages; the host's 404.html is English, so set it here too.
  const locale = makeLocaleKit(window.location.pathname, import.meta.env.BASE_URL);
  // The host's 404.html is the English overview: its first screen is not this page's.
  const ownFirstScreen = document.documentElement.lang === locale.locale;
  document.documentElement.lang = locale.locale;
  // The page paints a static copy of the shell before any script runs; Solid takes it over. The
  // panel's first screen (heading and lead, written per page by the build) is kept, the very same
  // nodes, until the data arrives: the reader sees the words at once and they do not blink.
  const firstScreen = [...((ownFirstScreen && root.querySelector(".panel__body")?.childNodes) || [])].filter((node) => !(node instanceof Element && node.matches(".share")));
  root.textContent = "";
  // An unexpected error shows plain words and a way on, never a blank page or a stack trace.
  render(() => (
    <LocaleProvider value={locale}>
      <ErrorBoundary fallback={(error) => { console.warn("Corridor Atlas:", error); return <Crash />; }}><App firstScreen={firstScreen} /></ErrorBoundary>
    </LocaleProvider>
  ), root);
}
