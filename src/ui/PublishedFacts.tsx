import { For, Show } from "solid-js";
import { factsAbout, inMillions, type Fact } from "../model/fact";
import type { AtlasData } from "../model/corridor";
import { FACTS_DOWNLOAD_PATH } from "../model/download-files";
import { articleDateIn } from "./display";
import { DownloadLink } from "./DownloadLink";
import { useLocale } from "./locale-context";

/**
 * Published figures about a corridor or hub, kept apart from the quotes: each with its year, what
 * part it covers, whether it is a target or forecast, and the page that published it. Sources that
 * disagree are all shown.
 */
export function PublishedFacts(props: { data: AtlasData; id: string }) {
  const { t, format, locale } = useLocale();
  const groups = () => factsAbout(props.data.facts, props.id);
  const amount = (value: number, unit: Fact["unit"]) => {
    const millions = inMillions(value, unit);
    return millions === undefined ? format.figure(value) : t.facts.million(format.figure(millions));
  };
  const value = (fact: Fact) => {
    const unit = fact.unit;
    // An opening is a year, written as one: 2014, not "2,014".
    if (unit === "year") return String(fact.value);
    const range = fact.valueTo === undefined ? amount(fact.value, unit) : `${amount(fact.value, unit)}–${amount(fact.valueTo, unit)}`;
    return t.facts.units[unit](range);
  };
  /** The year a figure describes (an opening is its own year), and whether it is a target or forecast. */
  const when = (fact: Fact) =>
    [fact.unit === "year" ? undefined : String(fact.year), fact.outlook && t.facts.outlooks[fact.outlook]].filter(Boolean).join(", ");
  // The sources' names are their own, in English.
  const english = locale === "en" ? undefined : "en";
  return (
    <Show when={groups().length > 0}>
      <section class="panel__section published-facts">
        <h3 class="panel__subheading">{t.facts.heading}</h3>
        <dl class="published-facts__list">
          <For each={groups()}>
            {(group) => (
              <>
                <dt>{t.facts.metrics[group.metric]}</dt>
                <For each={group.facts}>
                  {(fact) => (
                    <dd class="published-facts__fact">
                      <span class="published-facts__value">{value(fact)}</span>{" "}
                      <Show when={when(fact)}>{(text) => <span class="published-facts__year">({text()})</span>}</Show>
                      <Show when={fact.part}>{(part) => <span class="published-facts__part">{part()}</span>}</Show>
                      <span class="published-facts__source">
                        <a href={fact.source.url} rel="noopener noreferrer" lang={english}>{fact.source.name}</a>
                        <Show when={fact.source.published}>{(date) => <>, {articleDateIn(props.data, format, date())}</>}</Show>
                      </span>
                    </dd>
                  )}
                </For>
              </>
            )}
          </For>
        </dl>
        <p class="panel__muted published-facts__download">
          {t.facts.download} <DownloadLink data={props.data} format="csv" path={FACTS_DOWNLOAD_PATH}>CSV</DownloadLink>
        </p>
      </section>
    </Show>
  );
}
