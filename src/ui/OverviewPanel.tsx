import type { AtlasData } from "../model/corridor";
import { OVERVIEW } from "../model/article";
import { quotesAbout } from "../model/quote-coverage";
import { PickList } from "./PickList";
import { QuoteList } from "./QuoteList";
import { corridorItems, hubItems } from "./panel-items";

/** What is shown first: every corridor and hub to pick from, and what the articles say of transit as a whole. */
export function OverviewPanel(props: { data: AtlasData; onPick: (kind: "corridor" | "hub", id: string, from: HTMLElement) => void }) {
  return (
    <>
      <h2 class="panel__heading" tabIndex={-1}>Corridors and hubs</h2>
      <p class="panel__lead">
        Five railway corridors cross Kazakhstan. Pick one, or a port or hub, to see it on the map with
        what the news has said of it, word for word.
      </p>
      <section class="panel__section">
        <h3 class="panel__subheading" id="corridor-list-heading">Corridors</h3>
        <PickList label="Corridors" kind="corridor" items={corridorItems(props.data.corridors)} onPick={(id, b) => props.onPick("corridor", id, b)} />
      </section>
      <section class="panel__section">
        <h3 class="panel__subheading">Ports and hubs</h3>
        <PickList label="Ports and hubs" kind="hub" items={hubItems(props.data.hubs.features.map((h) => h.properties))}
          onPick={(id, b) => props.onPick("hub", id, b)} />
      </section>
      <QuoteList heading="What the articles say of transit through Kazakhstan" quotes={quotesAbout(props.data.quotes, OVERVIEW)}
        articles={props.data.articles} empty="The articles say nothing of transit as a whole." />
    </>
  );
}
