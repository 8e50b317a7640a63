import { Show, createEffect, createResource, createSignal, on, onCleanup, onMount } from "solid-js";
import type { AtlasData, CorridorId } from "../model/corridor";
import { OVERVIEW } from "../model/article";
import { isCorridorId, quoteElementId, quoteIdFromHash, type Selection } from "../state/selection";
import { fetchAtlasData } from "./atlas-data";
import { Legend } from "./Legend";
import { MapView } from "./MapView";
import { Notice } from "./Notice";
import { SidePanel } from "./SidePanel";

const nameOf = (data: AtlasData, s: Selection) =>
  s.kind === "corridor" ? data.corridors.find((c) => c.id === s.id)?.name : data.hubs.features.find((h) => h.properties.id === s.id)?.properties.name;

export function App() {
  const [data] = createResource(() => fetchAtlasData(import.meta.env.BASE_URL));
  const [selection, setSelection] = createSignal<Selection>();
  const [highlighted, setHighlighted] = createSignal<CorridorId>();
  const [announcement, setAnnouncement] = createSignal("");
  // Where focus goes back to when the panel closes: the list entry (or map) it was opened from.
  let returnTo: string | HTMLElement | undefined;

  const focusHeading = () => queueMicrotask(() => document.querySelector<HTMLElement>(".panel__heading")?.focus());

  const open = (next: Selection, from?: HTMLElement) => {
    const pick = from?.dataset.pick;
    returnTo = selection() ? returnTo : pick ?? from;
    setSelection(next);
    const ready = data();
    if (ready) setAnnouncement(`Showing ${nameOf(ready, next) ?? next.id}`);
    focusHeading();
  };

  const close = () => {
    if (!selection()) return;
    setSelection(undefined);
    setAnnouncement("Showing all corridors and hubs");
    const target = returnTo;
    returnTo = undefined;
    queueMicrotask(() => {
      const element = typeof target === "string" ? document.querySelector<HTMLElement>(`[data-pick="${CSS.escape(target)}"]`) : target;
      (element?.isConnected ? element : document.querySelector<HTMLElement>(".panel__heading"))?.focus();
    });
  };

  onMount(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && !event.defaultPrevented && selection()) close();
    };
    document.addEventListener("keydown", onKey);
    onCleanup(() => document.removeEventListener("keydown", onKey));
  });

  // A link to a quote opens the panel it belongs to and brings the quote into view.
  createEffect(on(() => data.state === "ready", (ready) => {
    const quoteId = ready ? quoteIdFromHash(location.hash) : undefined;
    const quote = quoteId ? data()!.quotes.find((q) => q.id === quoteId) : undefined;
    if (!quote) return;
    const about = quote.about.find((id) => id !== OVERVIEW);
    if (about) open(isCorridorId(about) ? { kind: "corridor", id: about } : { kind: "hub", id: about });
    queueMicrotask(() => {
      const figure = document.getElementById(quoteElementId(quote.id));
      figure?.scrollIntoView({ block: "center" });
      figure?.focus({ preventScroll: true });
    });
  }));

  return (
    <div class="app">
      <SidePanel data={data.state === "ready" ? data() : undefined} selection={selection()} onPick={open} onClose={close}
        status={<Show when={data.state === "errored"}>
          <Notice tone="problem">The corridor data could not be loaded, so the map shows the region alone. Reload the page to try again.</Notice>
        </Show>} />
      <main class="app__main">
        <MapView
          data={data.state === "ready" ? data() : undefined}
          dataSettled={data.state === "ready" || data.state === "errored"}
          highlighted={highlighted()}
          selection={selection()}
          onHoverCorridor={setHighlighted}
          onPick={(next) => open(next)}
        />
        <Show when={data.state === "ready" && data()}>
          {(ready) => <Legend data={ready()} highlighted={highlighted()} onHighlight={setHighlighted} />}
        </Show>
      </main>
      <div class="visually-hidden" aria-live="polite">{announcement()}</div>
    </div>
  );
}
