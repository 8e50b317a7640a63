import { For } from "solid-js";
import { CORRIDOR_IDS } from "../model/corridor";

// Shown when the interface itself fails, so it cannot rely on the data having loaded: the
// corridors' short names are repeated here on purpose.
const NAMES: Record<(typeof CORRIDOR_IDS)[number], string> = {
  titr: "Middle Corridor (Trans-Caspian route)",
  kti: "Kazakhstan–Turkmenistan–Iran railway",
  "north-south": "North–South corridor",
  "east-west": "East–West corridor",
  casa: "Central Asia–South Asia routes",
};

/** The error boundary's page: plain words, a way back, and the corridors as plain links. */
export function Crash() {
  const base = import.meta.env.BASE_URL;
  return (
    <main class="crash">
      <h1>Something went wrong in the atlas</h1>
      <p>This page hit a problem it could not recover from. Reloading usually fixes it.</p>
      <button type="button" class="share__button" onClick={() => window.location.reload()}>Reload the page</button>
      <h2>The corridors</h2>
      <ul>
        <For each={[...CORRIDOR_IDS]}>{(id) => <li><a href={`${base}corridors/${id}/`}>{NAMES[id]}</a></li>}</For>
      </ul>
    </main>
  );
}
