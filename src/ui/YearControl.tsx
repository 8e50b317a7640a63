import { Show, createSignal, onCleanup } from "solid-js";
import type { ShownYear, YearRange } from "../model/year";
import { useLocale } from "./locale-context";

/** How long play rests on each year in which a line opened. */
const PLAY_STEP_MS = 900;

/**
 * The network through time: a slider from the first line's opening to today (its last stop),
 * a play button that steps through the years in which lines opened, and a way back to today.
 * The slider is a native range input, so arrows, Page Up/Down, Home and End work on it.
 */
export function YearControl(props: {
  range: YearRange;
  /** The years in which a line opened, in order: where play stops. */
  openings: readonly number[];
  year: ShownYear;
  onYear: (year: ShownYear) => void;
}) {
  const { t } = useLocale();
  const [playing, setPlaying] = createSignal(false);
  let timer: ReturnType<typeof setInterval> | undefined;
  const stop = () => {
    clearInterval(timer);
    timer = undefined;
    setPlaying(false);
  };
  onCleanup(stop);
  const choose = (value: number) => props.onYear(value >= props.range.today ? undefined : value);
  const step = () => {
    const next = props.openings.find((year) => year > (props.year ?? props.range.today));
    choose(next ?? props.range.today);
    if (next === undefined) stop();
  };
  const play = () => {
    if (playing()) return stop();
    // From today, play starts again at the first line.
    if (props.year === undefined) choose(props.range.first);
    setPlaying(true);
    timer = setInterval(step, PLAY_STEP_MS);
  };
  const shown = () => (props.year === undefined ? t.year.today : String(props.year));

  return (
    <div class="year-control" role="group" aria-label={t.year.label} data-covers-map>
      <div class="year-control__row">
        <button type="button" class="year-control__play" aria-pressed={playing()} onClick={play}
          aria-label={playing() ? t.year.pause : t.year.play} title={playing() ? t.year.pause : t.year.play}>
          <span aria-hidden="true">{playing() ? "❚❚" : "▶"}</span>
        </button>
        <label class="year-control__label" for="year-range">{t.year.label}</label>
        <input id="year-range" class="year-control__range" type="range" min={props.range.first} max={props.range.today} step="1"
          value={props.year ?? props.range.today} aria-valuetext={shown()}
          onInput={(event) => {
            stop();
            choose(Number(event.currentTarget.value));
          }} />
        <output class="year-control__value" for="year-range" aria-live="off">{shown()}</output>
        <Show when={props.year !== undefined}>
          <button type="button" class="year-control__today" onClick={() => {
            stop();
            props.onYear(undefined);
          }}>{t.year.backToToday}</button>
        </Show>
      </div>
      <Show when={props.year !== undefined}>
        <p class="year-control__note">{t.year.note}</p>
      </Show>
    </div>
  );
}
