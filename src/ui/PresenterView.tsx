import { Show, createSignal, onCleanup, onMount } from "solid-js";
import type { AtlasData } from "../model/corridor";
import { isRemoteAction, isStepAction, progressLabel, stepTo, viewOfStop } from "../tour/tour";
import type { TourShow } from "../model/corridor";
import { shareCardUrl } from "../state/share-card";
import { localePrefix } from "../i18n/locales";
import { makeTourChannel } from "./tour-channel";
import { makeAskedStops } from "../tour/asked-stops";
import { makeTourKeys, toggleFullscreen } from "./tour-keys";
import { TourKeysHelp } from "./TourKeysHelp";
import { AboutThisText } from "./AboutThisText";
import { LanguageSwitch } from "./LanguageSwitch";
import { useLocale } from "./locale-context";

const SITE_BASE = import.meta.env.BASE_URL;

const clock = (ms: number) => {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
};

/** The share card of what a stop shows: a small picture of the next stop for the speaker. */
const previewOf = (show: TourShow, localeDir: string) => shareCardUrl(viewOfStop(show).selection, localeDir, SITE_BASE);

/**
 * The second screen: this stop's notes, the next stop with a preview, a timer. A clicker aimed
 * at it drives the talk: every tour key works here and moves the main window.
 */
export function PresenterView(props: { data: AtlasData; index: number }) {
  const { t, format, locale } = useLocale();
  const stops = () => props.data.tour;
  const [index, setIndex] = createSignal(props.index);
  const [elapsed, setElapsed] = createSignal(0);
  const [help, setHelp] = createSignal(false);
  const [failedPreview, setFailedPreview] = createSignal<string>();
  const asked = makeAskedStops();
  const channel = makeTourChannel((m) => {
    if (m.type !== "stop") return;
    const shown = asked.answer(m.index);
    if (shown !== undefined) setIndex(shown);
  });
  // Moves at once, not when the tour window answers: quick clicks each step from the last one.
  const go = (i: number) => {
    const target = Math.max(0, Math.min(stops().length - 1, i));
    asked.ask(target);
    setIndex(target);
    channel.send({ type: "go", index: target });
  };
  onMount(() => {
    const started = performance.now();
    const timer = setInterval(() => setElapsed(performance.now() - started), 500);
    const stopKeys = makeTourKeys(window, (action) => {
      if (isStepAction(action)) {
        setHelp(false);
        return go(stepTo(index(), action, stops().length));
      }
      if (isRemoteAction(action)) return channel.send({ type: "action", action });
      if (action === "fullscreen") return toggleFullscreen(document);
      if (action === "help") return void setHelp(!help());
      if (action === "escape") setHelp(false);
    });
    channel.send({ type: "hello" });
    onCleanup(() => {
      clearInterval(timer);
      stopKeys();
      channel.close();
    });
  });
  const stop = () => stops()[index()];
  const next = () => stops()[index() + 1];
  const preview = () => { const n = next(); return n && previewOf(n.show, localePrefix(locale)); };
  return (
    <main class="presenter">
      <p class="presenter__meta">
        <span>{progressLabel(index(), stops().length, format.number, t.progress)}</span>
        <span class="presenter__timer" aria-label={t.presenterTimerLabel}>{clock(elapsed())}</span>
      </p>
      <h1 class="presenter__title">{stop()?.title}</h1>
      <p class="presenter__notes">{stop()?.notes}</p>
      <div class="presenter__next">
        <p>{t.presenterNext} {next()?.title ?? t.presenterEnd}</p>
        {/* Offline the cards may be missing (they are not precached): then the title alone says it. */}
        {/* Keyed: an image that fails after the stop has moved on names its own address, not a stale one. */}
        <Show when={preview() !== failedPreview() && preview()} keyed>
          {(src) => <img class="presenter__preview" width="240" height="126" src={src}
            alt={t.presenterPreview(next()?.title ?? "")} onError={() => setFailedPreview(src)} />}
        </Show>
      </div>
      {/* Where the caption's line and these notes come from, for the speaker asked "says who?":
          below the next stop, which the speaker needs at a glance; the sources when asked. */}
      <AboutThisText data={props.data} sources={[...(stop()?.lineSources ?? []), ...(stop()?.notesSources ?? [])]} />
      <div class="presenter__controls">
        <button type="button" onClick={() => go(index() - 1)}>{t.previous}</button>
        <button type="button" onClick={() => go(index() + 1)}>{t.next}</button>
        <LanguageSwitch />
      </div>
      <Show when={help()}>
        <TourKeysHelp onClose={() => setHelp(false)} />
      </Show>
    </main>
  );
}
