import { Show, createResource, createSignal } from "solid-js";
import type { CorridorId } from "../model/corridor";
import { fetchAtlasData } from "./atlas-data";
import { Legend } from "./Legend";
import { MapView } from "./MapView";
import { Notice } from "./Notice";

export function App() {
  const [data] = createResource(() => fetchAtlasData(import.meta.env.BASE_URL));
  const [highlighted, setHighlighted] = createSignal<CorridorId>();
  return (
    <div class="app">
      <header class="masthead">
        <h1 class="masthead__title">Corridor Atlas</h1>
        <p class="masthead__tagline">The transport corridors that cross Kazakhstan, from China to the Caspian, Europe and the Gulf</p>
      </header>
      <main class="app__main">
        <MapView
          data={data.state === "ready" ? data() : undefined}
          dataSettled={data.state === "ready" || data.state === "errored"}
          highlighted={highlighted()}
          onHoverCorridor={setHighlighted}
        />
        <Show when={data.state === "ready" && data()}>
          {(ready) => <Legend data={ready()} highlighted={highlighted()} onHighlight={setHighlighted} />}
        </Show>
        <Show when={data.state === "errored"}>
          <Notice tone="problem">The corridor data could not be loaded, so the map shows the region alone. Reload the page to try again.</Notice>
        </Show>
      </main>
    </div>
  );
}
