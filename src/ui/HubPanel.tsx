import type { AtlasData } from "../model/corridor";
import { quotesAbout } from "../model/quote-coverage";
import { HUB_SHAPES } from "../map/hub-shapes";
import { PickList } from "./PickList";
import { QuoteList } from "./QuoteList";
import { corridorItems, countryName } from "./panel-items";

/** One port or hub: where it is, the corridors through it, and what the articles say. */
export function HubPanel(props: { data: AtlasData; id: string; onPickCorridor: (id: string, from: HTMLElement) => void }) {
  const hub = () => props.data.hubs.features.find((h) => h.properties.id === props.id)!.properties;
  const corridors = () => props.data.corridors.filter((c) => hub().corridors.includes(c.id));
  const corridorQuotes = () => {
    const seen = new Set<string>();
    return corridors().flatMap((c) => quotesAbout(props.data.quotes, c.id)).filter((q) => !seen.has(q.id) && seen.add(q.id));
  };
  return (
    <>
      <h2 class="panel__heading" tabIndex={-1}>{hub().name}</h2>
      <p class="panel__lead">{HUB_SHAPES[hub().kind].label} in {countryName(hub().country)}.</p>
      <section class="panel__section">
        <h3 class="panel__subheading">Corridors through it</h3>
        <PickList kind="corridor" label={`Corridors through ${hub().name}`} items={corridorItems(corridors())} onPick={props.onPickCorridor} />
      </section>
      <QuoteList heading={`What the articles say of ${hub().name}`} quotes={quotesAbout(props.data.quotes, props.id)}
        articles={props.data.articles} empty="None of the articles names it; here is what they say of the corridors through it." />
      <QuoteList heading="What the articles say of its corridors" quotes={corridorQuotes()} articles={props.data.articles}
        empty="None of the articles names its corridors." />
      <details class="panel__source">
        <summary>Where this position comes from</summary>
        <p>{hub().source}</p>
      </details>
    </>
  );
}
