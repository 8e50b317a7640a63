import { Match, Show, Switch, createEffect, createSignal, onCleanup, onMount } from "solid-js";
import type { AtlasData, CorridorId } from "../model/corridor";
import type { Camera, Selection } from "../model/view";
import type { ShownYear } from "../model/year";
import type { AtlasMapHandle } from "../map/mount-atlas-map";
import type { PopupWords } from "../map/feature-popup";
import { outletAndDate } from "./display";
import { Notice } from "./Notice";
import { useLocale } from "./locale-context";
import { pageHref, reloadPage } from "./address";
import { makeMapCover, roomToFrameIn } from "./map-cover";
import { MapLoading } from "./MapLoading";

/**
 * What the map is asked to show: a new object for every request (a pick, a tour step, Back),
 * even when the selection is the same. `frame` fits the selection into the free part of the map;
 * otherwise `camera` (from the address) is where the map goes, or it stays where it is.
 */
export interface ViewRequest { selection: Selection | undefined; frame: boolean; camera?: Camera }

type MapStatus = "loading" | "ready" | "no-webgl" | "failed";

// MapLibre is most of the JavaScript: start fetching it at once, in parallel with the data,
// and let the page shell paint meanwhile.
const mapModule = import("../map/mount-atlas-map");

/** The margin around a framing until the overlays have been measured. */
const EDGE = { top: 48, bottom: 48, left: 48, right: 48 };

/** The map, with a quiet loading state and a plain message when it cannot start. */
export function MapView(props: {
  data: AtlasData | undefined;
  /** True once the data has loaded or failed: the map starts then, with or without corridors. */
  dataSettled: boolean;
  highlighted: CorridorId | undefined;
  /** The year the network is shown in; undefined is today. */
  year: ShownYear;
  /** The present year, which divides past years from coming ones. */
  present: number;
  view: ViewRequest | undefined;
  /** Arrow keys pan the map (off during the tour). */
  keyboardPanning?: boolean;
  onHoverCorridor: (id: CorridorId | undefined) => void;
  onPick: (selection: Selection) => void;
  onMovedByHand: () => void;
  /** The camera came to rest: the address follows it. */
  onCameraChange: (camera: Camera) => void;
  /** Once: the map is ready, or cannot start. */
  onSettled?: () => void;
}) {
  const { t, locale, format } = useLocale();
  // The map's popup speaks the page's language; src/map has no dictionary of its own.
  const popupWords = (data: AtlasData): PopupWords => ({
    ...t.popup,
    lengthDrawn: t.lengthDrawn,
    corridorsThrough: t.corridorsThrough,
    ofItsCorridors: t.hubCorridorQuotesHeading,
    modes: t.modes,
    statuses: t.statuses,
    hubKinds: t.hubKinds,
    km: (n) => t.km(format.number(n)),
    source: (article) => outletAndDate(article, data, t, format),
  });
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
        pageHref: pageHref(),
        camera: props.view?.camera,
        data,
        present: props.present,
        labelLocale: locale,
        controlLabels: t.mapControls,
        popupWords: data && popupWords(data),
        onReady: () => {
          setStatus("ready");
          props.onSettled?.();
        },
        onError: () => setTrouble(true),
        onHoverCorridor: (id) => props.onHoverCorridor(id),
        onPick: (selection) => props.onPick(selection),
        onMovedByHand: () => {
          movedByHand = true;
          props.onMovedByHand();
        },
        onCameraChange: (camera) => props.onCameraChange(camera),
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
  createEffect(() => handle()?.setYear(props.year));
  // Once a person pans or zooms, the framing is theirs: a layout change no longer reframes.
  let movedByHand = false;
  let cover: ReturnType<typeof makeMapCover> | undefined;
  // The first framing happens while the map is still loading: jump, don't fly, so the first
  // view is ready as soon as its tiles are (a flight would fetch every zoom level on the way).
  let framedOnce = false;
  createEffect(() => {
    const view = props.view;
    const map = handle();
    if (!map || !view) return;
    const instant = !framedOnce || window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    framedOnce = true;
    movedByHand = false;
    if (!view.frame && view.camera) map.jumpTo(view.camera);
    map.select(view.selection, { padding: cover?.measure().padding ?? EDGE, instant, frame: view.frame });
  });
  onMount(() => {
    // The legend opened, the caption grew, the phone turned: frame the same view into the new room
    // (not into a peek above a pulled-up list: the camera waits there until the list comes down).
    cover = makeMapCover(container, (room) => {
      const view = props.view;
      if (!view?.frame || movedByHand || !roomToFrameIn(room)) return;
      handle()?.select(view.selection, { padding: room.padding, instant: true, frame: true });
    });
    onCleanup(() => cover?.stop());
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
          <MapLoading />
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
          <button type="button" onClick={reloadPage}>{t.retry}</button>
        </div>
      </Show>
    </div>
  );
}
