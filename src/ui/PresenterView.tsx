import { Show, createSignal, onCleanup, onMount } from "solid-js";
import type { AtlasData } from "../model/corridor";
import { progressLabel, type TourStop } from "../tour/tour";
import { makeTourChannel } from "./tour-channel";
import { LanguageSwitch } from "./LanguageSwitch";
import { useLocale } from "./locale-context";

const clock = (ms: number) => {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
};

/** The second screen: this stop's notes, the next stop, a timer; steps the main window too. */
export function PresenterView(props: { data: AtlasData; index: number }) {
  const { t, format } = useLocale();
  const stops = () => props.data.tour as TourStop[];
  const [index, setIndex] = createSignal(props.index);
  const [elapsed, setElapsed] = createSignal(0);
  const channel = makeTourChannel((m) => {
    if (m.type === "stop") setIndex(m.index);
  });
  const go = (i: number) => channel.send({ type: "go", index: Math.max(0, Math.min(stops().length - 1, i)) });
  onMount(() => {
    const started = performance.now();
    const timer = setInterval(() => setElapsed(performance.now() - started), 500);
    channel.send({ type: "hello" });
    onCleanup(() => {
      clearInterval(timer);
      channel.close();
    });
  });
  const stop = () => stops()[index()];
  const next = () => stops()[index() + 1];
  return (
    <main class="presenter">
      <p class="presenter__meta">
        <span>{progressLabel(index(), stops().length, format.number, t.progress)}</span>
        <span class="presenter__timer" aria-label={t.presenterTimerLabel}>{clock(elapsed())}</span>
      </p>
      <h1 class="presenter__title">{stop()?.title}</h1>
      <p class="presenter__notes">{stop()?.notes}</p>
      <p class="presenter__next">{t.presenterNext} <Show when={next()} fallback={t.presenterEnd}>{(n) => n().title}</Show></p>
      <div class="presenter__controls">
        <button type="button" onClick={() => go(index() - 1)}>{t.previous}</button>
        <button type="button" onClick={() => go(index() + 1)}>{t.next}</button>
        <LanguageSwitch />
      </div>
    </main>
  );
}
