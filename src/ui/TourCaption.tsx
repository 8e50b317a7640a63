import { Match, Show, Switch } from "solid-js";
import type { AtlasData } from "../model/corridor";
import type { TourStop } from "../model/corridor";
import { progressLabel } from "../tour/tour";
import { QuoteSource } from "./QuoteBlock";
import { LanguageSwitch } from "./LanguageSwitch";
import { useLocale } from "./locale-context";
import type { OfflineStatus } from "./offline";

/**
 * The stop's caption: big enough for the back row, and compact, so the stop's map keeps most of
 * the screen (a head with the stop's count and the languages, the title and line under it on the
 * left, the passage and the controls on the right). Previous
 * and Next end the controls, at the caption's bottom right: a presenter clicking through the stops
 * finds them under the pointer on every stop.
 */
export function TourCaption(props: {
  data: AtlasData;
  stop: TourStop;
  index: number;
  count: number;
  onPrevious: () => void;
  onNext: () => void;
  onPresenter: () => void;
  onHelp: () => void;
  onHide: () => void;
  onLeave: () => void;
  offline: OfflineStatus;
  onMakeOffline: () => void;
}) {
  const { t, format } = useLocale();
  const quote = () => (props.stop.quote ? props.data.quotes.find((q) => q.id === props.stop.quote) : undefined);
  const article = () => props.data.articles.find((a) => a.id === quote()?.article);
  return (
    <section class="tour-caption" classList={{ "tour-caption--quoted": Boolean(quote()) }} aria-live="polite" aria-label={t.tourStopLabel} data-covers-map>
      {/* The count and the languages head the caption, out of the words' way and of the buttons' row. */}
      <div class="tour-caption__meta">
        <p class="tour-caption__progress">{progressLabel(props.index, props.count, format.number, t.progress)}</p>
        <Show when={props.stop.year}>{(year) => <p class="tour-caption__year">{t.year.inYear(String(year()))}</p>}</Show>
        <LanguageSwitch class="languages--tour" />
      </div>
      {/* On a phone this scrolls when it does not fit, between the head and the controls, which stay in view. */}
      <div class="tour-caption__body">
        <div class="tour-caption__text">
          <h2 class="tour-caption__title">{props.stop.title}</h2>
          <p class="tour-caption__line">{props.stop.line}</p>
        </div>
        <Show when={quote()}>
          {(q) => (
            <figure class="tour-caption__quote">
              <blockquote lang="en">{q().text}</blockquote>
              <figcaption><QuoteSource article={article()} data={props.data} /> · {t.quoteOriginal}</figcaption>
            </figure>
          )}
        </Show>
      </div>
      <div class="tour-caption__controls">
        <button type="button" class="tour-caption__presenter" onClick={() => props.onPresenter()}>{t.presenterView}</button>
        <button type="button" onClick={() => props.onHide()}>{t.hideCaption}</button>
        <button type="button" class="tour-caption__keys" onClick={() => props.onHelp()} aria-label={t.keys}>?</button>
        <button type="button" onClick={() => props.onLeave()}>{t.leaveTour}</button>
        {/* As wide as the widest of its three states, unseen under the one shown: when "Ready
            offline" replaced the button, the controls took one row fewer, and the map's framing
            above the caption moved on stage. */}
        <span class="tour-caption__offline-slot">
          {[t.makeOffline, t.savingOffline, t.readyOffline].map((words) => <span aria-hidden="true">{words}</span>)}
          <Switch>
            <Match when={props.offline === "ready"}><span class="tour-caption__offline" role="status">{t.readyOffline}</span></Match>
            <Match when={props.offline === "saving"}><span class="tour-caption__offline" role="status">{t.savingOffline}</span></Match>
            <Match when={props.offline === "waiting"}><button type="button" onClick={() => props.onMakeOffline()}>{t.makeOffline}</button></Match>
          </Switch>
        </span>
        {/* Last, together: at the caption's foot on its right, where they are on every stop, with or without a passage. */}
        <div class="tour-caption__steps">
          <button type="button" onClick={() => props.onPrevious()} disabled={props.index === 0}>{t.previous}</button>
          <button type="button" onClick={() => props.onNext()} disabled={props.index === props.count - 1}>{t.next}</button>
        </div>
      </div>
    </section>
  );
}
