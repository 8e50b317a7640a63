import { Show, createEffect, createSignal, onCleanup, onMount } from "solid-js";
import type { AtlasData } from "../model/corridor";
import { stepTo, tourActionForKey, type TourStop } from "../tour/tour";
import { makeTourChannel } from "./tour-channel";
import { TourCaption } from "./TourCaption";
import { useLocale } from "./locale-context";

const IDLE_CURSOR_MS = 3000;

/**
 * The presenter's tour over the map: caption, keys for clickers, black screen, full screen,
 * a hidden cursor when idle, and a presenter view kept in step.
 */
export function TourMode(props: {
  data: AtlasData;
  index: number;
  onIndex: (index: number) => void;
  onLeave: () => void;
  offlineReady: boolean;
}) {
  const { t, pageBase } = useLocale();
  const stops = () => props.data.tour as TourStop[];
  const [black, setBlack] = createSignal(false);
  const [help, setHelp] = createSignal(false);
  const [idle, setIdle] = createSignal(false);
  // Hidden, the caption leaves the whole screen to the map (and the map is framed into all of it).
  const [captionHidden, setCaptionHidden] = createSignal(false);
  const go = (index: number) => props.onIndex(Math.max(0, Math.min(stops().length - 1, index)));
  const channel = makeTourChannel((m) => {
    if (m.type === "go") go(m.index);
    if (m.type === "hello") channel.send({ type: "stop", index: props.index });
  });
  createEffect(() => channel.send({ type: "stop", index: props.index }));

  const openPresenter = () => {
    window.open(`${pageBase}tour/?presenter#stop=${props.index + 1}`, "corridor-atlas-presenter", "popup,width=900,height=640");
  };

  onMount(() => {
    let idleTimer: ReturnType<typeof setTimeout> | undefined;
    const wake = () => {
      setIdle(false);
      clearTimeout(idleTimer);
      idleTimer = setTimeout(() => setIdle(true), IDLE_CURSOR_MS);
    };
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      // A focused button takes Enter and Space itself, as a mouse click would.
      if (target?.closest("button") && (event.key === "Enter" || event.key === " ")) return;
      const action = tourActionForKey(event);
      if (!action) return;
      event.preventDefault();
      event.stopPropagation();
      if (action === "black") return void setBlack(!black());
      if (action === "help") return void setHelp(!help());
      if (action === "caption") return void setCaptionHidden(!captionHidden());
      if (action === "fullscreen") {
        if (document.fullscreenElement) void document.exitFullscreen();
        else void document.documentElement.requestFullscreen?.().catch(() => undefined);
        return;
      }
      if (action === "escape") {
        if (help()) return void setHelp(false);
        if (black()) return void setBlack(false);
        if (document.fullscreenElement) return void document.exitFullscreen();
        return props.onLeave();
      }
      if (action === "swallow") return;
      setBlack(false);
      go(stepTo(props.index, action, stops().length));
    };
    // Capture: the tour's keys must win over MapLibre's and the page's.
    window.addEventListener("keydown", onKey, true);
    window.addEventListener("pointermove", wake);
    wake();
    onCleanup(() => {
      window.removeEventListener("keydown", onKey, true);
      window.removeEventListener("pointermove", wake);
      clearTimeout(idleTimer);
      channel.close();
    });
  });

  return (
    <div class="tour" classList={{ "tour--idle": idle() }}>
      <Show when={!captionHidden() && stops()[props.index]}
        fallback={<button type="button" class="tour-show-caption" onClick={() => setCaptionHidden(false)}>{t.showCaption}</button>}>
        {(stop) => (
          <TourCaption data={props.data} stop={stop()} index={props.index} count={stops().length}
            onPrevious={() => go(props.index - 1)} onNext={() => go(props.index + 1)} onPresenter={openPresenter}
            onHelp={() => setHelp(!help())} onHide={() => setCaptionHidden(true)} onLeave={props.onLeave} offlineReady={props.offlineReady} />
        )}
      </Show>
      <Show when={help()}>
        <div class="tour-help" role="dialog" aria-label={t.tourKeysDialog}>
          <h2>{t.keys}</h2>
          <dl>{t.tourKeys.map(([keys, what]) => <><dt>{keys}</dt><dd>{what}</dd></>)}</dl>
          <button type="button" onClick={() => setHelp(false)}>{t.close}</button>
        </div>
      </Show>
      <Show when={black()}>
        <div class="tour-black" data-testid="black-screen" onClick={() => setBlack(false)} />
      </Show>
    </div>
  );
}
