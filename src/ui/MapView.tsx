import { Match, Show, Switch, createEffect, createSignal, onCleanup } from "solid-js";
import type { AtlasData, CorridorId } from "../model/corridor";
import type { Selection } from "../state/selection";
import type { AtlasMapHandle } from "../map/mount-atlas-map";
import { Notice } from "./Notice";
import { useLocale } from "./locale-context";

type MapStatus = "loading" | "ready" | "no-webgl" | "failed";

// MapLibre is most of the JavaScript: start fetching it at once, in parallel with the data,
// and let the page shell paint meanwhile.
const mapModule = import("../map/mount-atlas-map");

/** The map, with a quiet loading state and a plain message when it cannot start. */
export function MapView(props: {
  data: AtlasData | undefined;
  /** True once the data has loaded or failed: the map starts then, with or without corridors. */
  dataSettled: boolean;
  highlighted: CorridorId | undefined;
  selection: Selection | undefined;
  /** Frame the selection (false when the address brought its own camera). */
  frame: boolean;
  /** Arrow keys pan the map (off during the tour). */
  keyboardPanning?: boolean;
  /** Changes whenever the view should be framed again, even if the selection is the same (tour stops). */
  frameKey?: unknown;
  /** Padding around what is framed, in pixels (room for the tour's caption). */
  padding?: { top: number; bottom: number; left: number; right: number };
  onHoverCorridor: (id: CorridorId | undefined) => void;
  onPick: (selection: Selection) => void;
  onMovedByHand: () => void;
  /** Once: the map is ready, or cannot start. */
  onSettled?: () => void;
}) {
  const { t, locale } = useLocale();
  let container!: HTMLDivElement;
  const [status, setStatus] = createSignal<MapStatus>("loading");
  const [handle, setHandle] = createSignal<AtlasMapHandle>();
  // A tile or data file that failed to load, or a lost WebGL context: the map may be incomplete.
  const [trouble, setTrouble] = createSignal(false);
  let started = false;
  let disposed = false;

  createEffect(() => {
    if (!props.dataSettled || started) return;
    started = true;
    const data = props.data;
    void mapModule.then(({ mountAtlasMap }) => {
      if (disposed) return;
      const result = mountAtlasMap(container, {
        basePath: import.meta.env.BASE_URL,
        data,
        labelLocale: locale,
        controlLabels: t.mapControls,
        onReady: () => {
          setStatus("ready");
          props.onSettled?.();
        },
        onError: () => setTrouble(true),
        onHoverCorridor: (id) => props.onHoverCorridor(id),
        onPick: (selection) => props.onPick(selection),
        onMovedByHand: () => props.onMovedByHand(),
      });
      if (result.ok) setHandle(result.map);
      else {
        setStatus(result.reason);
        props.onSettled?.();
      }
    }, () => {
      setStatus("failed");
      props.onSettled?.();
    });
  });
  createEffect(() => handle()?.highlight(props.highlighted));
  // The first framing happens while the map is still loading: jump, don't fly, so the first
  // view is ready as soon as its tiles are (a flight would fetch every zoom level on the way).
  let framedOnce = false;
  createEffect(() => {
    void props.frameKey;
    const selection = props.selection;
    const map = handle();
    if (!map) return;
    const instant = !framedOnce || window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    framedOnce = true;
    map.select(selection, { padding: props.padding ?? { top: 48, bottom: 48, left: 48, right: 48 }, instant, frame: props.frame });
  });
  createEffect(() => handle()?.setKeyboardPanning(props.keyboardPanning ?? true));
  onCleanup(() => {
    disposed = true;
    handle()?.destroy();
  });

  return (
    <div class="map-view" aria-busy={status() === "loading"}>
      <div ref={container} class="map-canvas" role="region" aria-label={t.mapLabel} />
      <Switch>
        <Match when={status() === "loading"}>
          <div class="map-loading" aria-live="polite">{t.loadingMap}</div>
        </Match>
        <Match when={status() === "no-webgl"}>
          <Notice tone="problem">{t.noWebgl}</Notice>
        </Match>
        <Match when={status() === "failed"}>
          <Notice tone="problem">{t.mapFailed}</Notice>
        </Match>
      </Switch>
      <Show when={trouble() && status() !== "no-webgl" && status() !== "failed"}>
        <div class="map-trouble" role="status">
          {t.mapTrouble}{" "}
          <button type="button" onClick={() => window.location.reload()}>{t.retry}</button>
        </div>
      </Show>
    </div>
  );
}
