import { render } from "solid-js/web";
import "./ui/fonts.css";
import "./ui/styles.css";
import { App } from "./ui/App";

const root = document.getElementById("app");
if (root) {
  // index.html paints a static copy of the shell before any script runs; Solid takes it over.
  root.textContent = "";
  render(() => <App />, root);
}
