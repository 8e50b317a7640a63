import { ErrorBoundary } from "solid-js";
import { render } from "solid-js/web";
import "./ui/fonts.css";
import "./ui/styles.css";
import { App } from "./ui/App";
import { Crash } from "./ui/Crash";

const root = document.getElementById("app");
if (root) {
  // index.html paints a static copy of the shell before any script runs; Solid takes it over.
  root.textContent = "";
  // An unexpected error shows plain words and a way on, never a blank page or a stack trace.
  render(() => <ErrorBoundary fallback={(error) => { console.warn("Corridor Atlas:", error); return <Crash />; }}><App /></ErrorBoundary>, root);
}
