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
  document.documentElement.lang = locale.locale;
  // index.html paints a static copy of the shell before any script runs; Solid takes it over.
  root.textContent = "";
  // An unexpected error shows plain words and a way on, never a blank page or a stack trace.
  render(() => (
    <LocaleProvider value={locale}>
      <ErrorBoundary fallback={(error) => { console.warn("Corridor Atlas:", error); return <Crash />; }}><App /></ErrorBoundary>
    </LocaleProvider>
  ), root);
}
