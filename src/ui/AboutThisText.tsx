import { For, Show } from "solid-js";
import type { AtlasData } from "../model/corridor";
import type { TextSource } from "../model/text-sources";
import { useLocale } from "./locale-context";
import { articleDateIn, outletAndDate } from "./display";
import { SAID_BY } from "../model/citation";

/**
 * What each claim of a text of ours rests on, one link per claim: a published page, or the
 * article a passage of ours comes from. Each claim is in the page's language (src/i18n); the page
 * or article it links to keeps its own name.
 */
export function AboutThisText(props: { data: AtlasData; sources: readonly TextSource[] | undefined }) {
  const { t, format } = useLocale();
  const link = (source: TextSource) => {
    if (source.page) {
      const date = source.page.published && articleDateIn(props.data, format, source.page.published);
      return { url: source.page.url, name: source.page.name, date };
    }
    const quote = props.data.quotes.find((q) => q.id === source.quote);
    const article = props.data.articles.find((a) => a.id === quote?.article);
    return { url: article?.url, name: outletAndDate(article, props.data, t, format), date: undefined };
  };
  return (
    <Show when={(props.sources ?? []).length > 0}>
      <section class="panel__section about-text">
        <h3 class="panel__subheading">{t.aboutText}</h3>
        <ul class="about-text__list">
          <For each={props.sources}>
            {(source) => {
              const { url, name, date } = link(source);
              return (
                <li class="about-text__claim">
                  <span class="about-text__says">{source.says}</span>{SAID_BY}
                  <span class="about-text__source">
                    <Show when={url} fallback={name}>{(href) => <a href={href()} rel="noopener noreferrer">{name}</a>}</Show>
                    <Show when={date}>{(d) => <>, {d()}</>}</Show>
                  </span>
                </li>
              );
            }}
          </For>
        </ul>
      </section>
    </Show>
  );
}
