import { Show } from "solid-js";
import type { AtlasData } from "../model/corridor";
import type { TourStop } from "../tour/tour";
import { progressLabel } from "../tour/tour";
import { formatArticleDate } from "./QuoteBlock";

/** The stop's caption: big enough for the back row, readable over any part of the map. */
export function TourCaption(props: {
  data: AtlasData;
  stop: TourStop;
  index: number;
  count: number;
  onPrevious: () => void;
  onNext: () => void;
  onPresenter: () => void;
  onHelp: () => void;
  onLeave: () => void;
  offlineReady: boolean;
}) {
  const quote = () => (props.stop.quote ? props.data.quotes.find((q) => q.id === props.stop.quote) : undefined);
  const article = () => props.data.articles.find((a) => a.id === quote()?.article);
  return (
    <section class="tour-caption" aria-live="polite" aria-label="Tour stop">
      <p class="tour-caption__progress">{progressLabel(props.index, props.count)}</p>
      <h2 class="tour-caption__title">{props.stop.title}</h2>
      <p class="tour-caption__line">{props.stop.line}</p>
      <Show when={quote()}>
        {(q) => (
          <figure class="tour-caption__quote">
            <blockquote>{q().text}</blockquote>
            <figcaption><cite>{article() ? `${article()!.outlet}, ${formatArticleDate(article()!.date)}` : ""}</cite></figcaption>
          </figure>
        )}
      </Show>
      <div class="tour-caption__controls">
        <button type="button" onClick={() => props.onPrevious()} disabled={props.index === 0}>Previous</button>
        <button type="button" onClick={() => props.onNext()} disabled={props.index === props.count - 1}>Next</button>
        <button type="button" onClick={() => props.onPresenter()}>Presenter view</button>
        <button type="button" onClick={() => props.onHelp()} aria-label="Keys">?</button>
        <button type="button" onClick={() => props.onLeave()}>Leave tour</button>
        <Show when={props.offlineReady}><span class="tour-caption__offline">Ready offline</span></Show>
      </div>
    </section>
  );
}
