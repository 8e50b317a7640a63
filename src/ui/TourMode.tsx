import { Show, createEffect, createSignal, onCleanup, onMount } from "solid-js";
import type { AtlasData } from "../model/corridor";
import { escapeEffect, isStepAction, stepTo, type TourAction } from "../tour/tour";
import { makeTourChannel } from "./tour-channel";
import { makeTourKeys, toggleFullscreen } from "./tour-keys";
import { TourKeysHelp } from "./TourKeysHelp";
import type { OfflineStatus } from "./offline";
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
  offline: OfflineStatus;
  onMakeOffline: () => void;
}) {
  const { t, pageBase } = useLocale();
  const stops = () => props.data.tour;
  const [black, setBlack] = createSignal(false);
  const [help, setHelp] = createSignal(false);
  const [idle, setIdle] = createSignal(false);
  // Hidden, the caption leaves the whole screen to the map (and the map is framed into all of it).
  const [captionHidden, setCaptionHidden] = createSignal(false);
  // A first Escape with nothing open asks; what comes next decides: Escape leaves, any other key
  // or a step (from a button or the presenter window too) stays.
  const [askedToLeave, setAskedToLeave] = createSignal(false);
  const go = (index: number) => {
    setAskedToLeave(false);
    props.onIndex(Math.max(0, Math.min(stops().length - 1, index)));
  };
  // Every tour action, from this window's keys or (black screen, caption) from the presenter window.
  const apply = (action: TourAction) => {
    if (action !== "escape") setAskedToLeave(false);
    if (action === "black") return void setBlack(!black());
    if (action === "help") return void setHelp(!help());
    if (action === "caption") return void setCaptionHidden(!captionHidden());
    if (action === "fullscreen") return toggleFullscreen(document);
    if (action === "escape") {
      const effect = escapeEffect({ help: help(), black: black(), fullscreen: document.fullscreenElement !== null, askedToLeave: askedToLeave() });
      if (effect === "close-help") return void setHelp(false);
      if (effect === "close-black") return void setBlack(false);
      if (effect === "exit-fullscreen") return void document.exitFullscreen();
      if (effect === "ask-to-leave") return void setAskedToLeave(true);
      return props.onLeave();
    }
    if (!isStepAction(action)) return;
    // A step brings the map back: out of the black screen, and the keys' list (most clickers
    // have no Escape to close it) steps aside too.
    setBlack(false);
    setHelp(false);
    go(stepTo(props.index, action, stops().length));
  };
  const channel = makeTourChannel((m) => {
    if (m.type === "go") go(m.index);
    if (m.type === "action") apply(m.action);
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
    const stopKeys = makeTourKeys(window, apply);
    window.addEventListener("pointermove", wake);
    wake();
    onCleanup(() => {
      stopKeys();
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
            onHelp={() => setHelp(!help())} onHide={() => setCaptionHidden(true)} onLeave={props.onLeave} offline={props.offline} onMakeOffline={props.onMakeOffline} />
        )}
      </Show>
      <Show when={askedToLeave()}>
        <p class="tour-leave-asked" role="status">{t.escapeAgainToLeave}</p>
      </Show>
      <Show when={help()}>
        <TourKeysHelp onClose={() => setHelp(false)} />
      </Show>
      <Show when={black()}>
        <div class="tour-black" data-testid="black-screen" onClick={() => setBlack(false)} />
      </Show>
    </div>
  );
}
