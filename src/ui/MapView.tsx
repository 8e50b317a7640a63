import { Match, Switch, createSignal, onCleanup, onMount } from "solid-js";
import type { AtlasMapHandle } from "../map/mount-atlas-map";
import { Notice } from "./Notice";

type MapStatus = "loading" | "ready" | "no-webgl" | "failed";

/** The map, with a quiet loading state and a plain message when it cannot start. */
export function MapView() {
  let container!: HTMLDivElement;
  const [status, setStatus] = createSignal<MapStatus>("loading");
  let handle: AtlasMapHandle | undefined;
  let disposed = false;

  onMount(async () => {
    // MapLibre is most of the JavaScript; importing it here lets the page shell paint first.
    const { mountAtlasMap } = await import("../map/mount-atlas-map");
    if (disposed) return;
    const result = mountAtlasMap(container, {
      basePath: import.meta.env.BASE_URL,
      onReady: () => setStatus("ready"),
    });
    if (result.ok) handle = result.map;
    else setStatus(result.reason);
  });
  onCleanup(() => {
    disposed = true;
    handle?.destroy();
  });

  return (
    <div class="map-view" aria-busy={status() === "loading"}>
      <div ref={container} class="map-canvas" role="region" aria-label="Map of the transport corridors across Kazakhstan and its neighbours" />
      <Switch>
        <Match when={status() === "loading"}>
          <div class="map-loading" aria-live="polite">Loading the map…</div>
        </Match>
        <Match when={status() === "no-webgl"}>
          <Notice tone="problem">This browser cannot draw the map (WebGL is off or unavailable). The rest of the atlas still works.</Notice>
        </Match>
        <Match when={status() === "failed"}>
          <Notice tone="problem">The map could not start. Reload the page to try again.</Notice>
        </Match>
      </Switch>
    </div>
  );
}
