import { For, Show } from "solid-js";
import type { Quote } from "../model/article";
import type { AtlasData } from "../model/corridor";
import { QuoteBlock } from "./QuoteBlock";
import { useLocale } from "./locale-context";
import type { Selection } from "../model/view";

/** The passages about one thing, or a plain sentence when the articles say nothing of it; `page` is the page they are read on. */
export function QuoteList(props: { heading: string; quotes: Quote[]; data: AtlasData; empty: string; page: Selection | undefined }) {
  const { t, format } = useLocale();
  return (
    <section class="panel__section" aria-label={props.heading}>
      <h3 class="panel__subheading">{props.heading}</h3>
      <Show when={props.quotes.length > 0} fallback={<p class="panel__muted">{props.empty}</p>}>
        <p class="panel__muted quote-count">{format.plural(t.quoteCount, props.quotes.length)}</p>
        <For each={props.quotes}>
          {(quote) => <QuoteBlock quote={quote} data={props.data} page={props.page} />}
        </For>
      </Show>
    </section>
  );
}
