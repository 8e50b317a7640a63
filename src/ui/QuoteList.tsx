import { For, Show } from "solid-js";
import type { ArticleMeta, Quote } from "../model/article";
import { QuoteBlock } from "./QuoteBlock";

/** The passages about one thing, or a plain sentence when the articles say nothing of it. */
export function QuoteList(props: { heading: string; quotes: Quote[]; articles: ArticleMeta[]; empty: string }) {
  return (
    <section class="panel__section" aria-label={props.heading}>
      <h3 class="panel__subheading">{props.heading}</h3>
      <Show when={props.quotes.length > 0} fallback={<p class="panel__muted">{props.empty}</p>}>
        <For each={props.quotes}>
          {(quote) => <QuoteBlock quote={quote} article={props.articles.find((a) => a.id === quote.article)} />}
        </For>
      </Show>
    </section>
  );
}
