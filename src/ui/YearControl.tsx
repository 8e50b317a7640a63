import { Show, createSignal, onCleanup } from "solid-js";
import type { ShownYear, YearRange } from "../model/year";
import { useLocale } from "./locale-context";

/** How long play rests on each year worth stopping at. */
const PLAY_STEP_MS = 900;

/**
 * The network through time: a slider from the first line's opening, past today (marked), to the
 * last year a published target names; a play button that steps through the years in which lines
 * opened or are due; and a way back to today. The slider is a native range input, so arrows,
 * Page Up/Down, Home and End work on it.
 */
export function YearControl(props: {
  range: YearRange;
  /** The years worth stopping at, in order (model/year.ts's milestoneYears): where play stops. */
  milestones: readonly number[];
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
  const shownYear = () => props.year ?? props.range.today;
  const choose = (value: number) => props.onYear(value === props.range.today ? undefined : value);
  const step = () => {
    const next = props.milestones.find((year) => year > shownYear());
    if (next !== undefined) choose(next);
    if (next === undefined || next >= props.range.last) stop();
  };
  const play = () => {
    if (playing()) return stop();
    // From today or the last year, play starts again at the first line.
    if (props.year === undefined || shownYear() >= props.range.last) choose(props.range.first);
    setPlaying(true);
    timer = setInterval(step, PLAY_STEP_MS);
  };
  const future = () => shownYear() > props.range.today;
  const shown = () => (props.year === undefined ? t.year.today : String(props.year));

  return (
    <div class="year-control" role="group" aria-label={t.year.label} data-covers-map>
      <div class="year-control__row">
        <button type="button" class="year-control__play" aria-pressed={playing()} onClick={play}
          aria-label={playing() ? t.year.pause : t.year.play} title={playing() ? t.year.pause : t.year.play}>
          <span aria-hidden="true">{playing() ? "❚❚" : "▶"}</span>
        </button>
        <label class="year-control__label" for="year-range">{t.year.label}</label>
        <input id="year-range" class="year-control__range" type="range" min={props.range.first} max={props.range.last} step="1"
          list="year-marks" value={shownYear()} aria-valuetext={future() ? t.year.announced(shown()) : shown()}
          onInput={(event) => {
            stop();
            choose(Number(event.currentTarget.value));
          }} />
        {/* A tick at today, where the years to come begin. */}
        <datalist id="year-marks"><option value={props.range.today} label={t.year.today} /></datalist>
        <output class="year-control__value" classList={{ "year-control__value--future": future() }} for="year-range" aria-live="off">{shown()}</output>
        <Show when={props.year !== undefined}>
          <button type="button" class="year-control__today" onClick={() => {
            stop();
            props.onYear(undefined);
          }}>{t.year.backToToday}</button>
        </Show>
      </div>
      <Show when={props.year !== undefined}>
        <p class="year-control__note">{future() ? t.year.noteFuture : t.year.note}</p>
      </Show>
    </div>
  );
}
