import { Show } from "solid-js";
import type { AtlasData } from "../model/corridor";
import { quotesAbout } from "../model/quote-coverage";
import { PickList } from "./PickList";
import { PublishedFacts } from "./PublishedFacts";
import { AboutThisText } from "./AboutThisText";
import { QuoteList } from "./QuoteList";
import { corridorItems } from "./panel-items";
import { useLocale } from "./locale-context";
import { HubHead } from "./HubHead";

/** One port or hub: where it is, the corridors through it, and what the articles say. */
export function HubPanel(props: { data: AtlasData; id: string; onPickCorridor: (id: string, from: HTMLElement) => void }) {
  const { t } = useLocale();
  const hub = () => props.data.hubs.features.find((h) => h.properties.id === props.id)!.properties;
  const corridors = () => props.data.corridors.filter((c) => hub().corridors.includes(c.id));
  const corridorQuotes = () => {
    const seen = new Set<string>();
    return corridors().flatMap((c) => quotesAbout(props.data.quotes, c.id)).filter((q) => !seen.has(q.id) && seen.add(q.id));
  };
  return (
    <>
      <HubHead data={props.data} hub={hub()} />
      <Show when={hub().description}>{(text) => <p class="hub__about">{text()}</p>}</Show>
      <AboutThisText data={props.data} sources={hub().descriptionSources} />
      <section class="panel__section">
        <h3 class="panel__subheading">{t.corridorsThrough}</h3>
        <PickList kind="corridor" label={t.corridorsThroughLabel(hub().name)} items={corridorItems(corridors())} onPick={props.onPickCorridor} />
      </section>
      <PublishedFacts data={props.data} id={props.id} />
      <QuoteList heading={t.hubQuotesHeading(hub().name)} quotes={quotesAbout(props.data.quotes, props.id)}
        data={props.data} empty={t.hubQuotesEmpty} page={{ kind: "hub", id: props.id }} />
      <QuoteList heading={t.hubCorridorQuotesHeading} quotes={corridorQuotes()} data={props.data}
        empty={t.hubCorridorQuotesEmpty} page={{ kind: "hub", id: props.id }} />
      <details class="panel__source">
        <summary>{t.positionSource}</summary>
        <p>{hub().source}</p>
      </details>
    </>
  );
}
