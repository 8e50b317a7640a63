import { For, Show } from "solid-js";
import type { AtlasData, CorridorId } from "../model/corridor";
import { corridorFacts } from "../model/corridor-facts";
import { quotesAbout } from "../model/quote-coverage";
import { PickList } from "./PickList";
import { QuoteList } from "./QuoteList";
import { countryName, hubItems, km } from "./panel-items";

const MODE_LABEL = { rail: "Rail", road: "Road", sea: "Sea" } as const;
const STATUS_LABEL = { operating: "Operating", "under-construction": "Under construction", planned: "Planned" } as const;

/** One corridor: what it is, figures from its geometry, its ports and hubs, and its quotes. */
export function CorridorPanel(props: { data: AtlasData; id: CorridorId; onPickHub: (id: string, from: HTMLElement) => void }) {
  const corridor = () => props.data.corridors.find((c) => c.id === props.id)!;
  const facts = () => corridorFacts(corridor().segments);
  const hubs = () => props.data.hubs.features.map((h) => h.properties).filter((h) => h.corridors.includes(props.id));
  return (
    <>
      <h2 class="panel__heading" tabIndex={-1}>
        <span class="panel__swatch" style={{ background: corridor().colour }} aria-hidden="true" />
        {corridor().name}
      </h2>
      <p class="panel__lead">{corridor().description}</p>
      <dl class="facts">
        <dt>Length drawn</dt>
        <dd>
          {km.format(facts().totalKm)} km
          <For each={(["rail", "road", "sea"] as const).filter((m) => facts().lengthKmByMode[m] > 0)}>
            {(mode) => <span class="facts__part">{MODE_LABEL[mode]} {km.format(facts().lengthKmByMode[mode])} km</span>}
          </For>
        </dd>
        <dt>Status of its parts</dt>
        <dd>
          <For each={(["operating", "under-construction", "planned"] as const).filter((s) => facts().lengthKmByStatus[s] > 0)}>
            {(status) => <span class="facts__part">{STATUS_LABEL[status]} {km.format(facts().lengthKmByStatus[status])} km</span>}
          </For>
        </dd>
        <dt>Countries</dt>
        <dd>{corridor().countries.map(countryName).join(", ")}</dd>
      </dl>
      <Show when={corridor().undrawn?.length}>
        <section class="panel__section">
          <h3 class="panel__subheading">Not drawn</h3>
          <For each={corridor().undrawn}>{(part) => <p class="panel__muted"><strong>{part.name}</strong>: {part.reason}</p>}</For>
        </section>
      </Show>
      <QuoteList heading="What the articles say" quotes={quotesAbout(props.data.quotes, props.id)} articles={props.data.articles}
        empty="None of the articles names this corridor." />
      <Show when={hubs().length > 0}>
        <section class="panel__section">
          <h3 class="panel__subheading">Ports and hubs on this corridor</h3>
          <PickList kind="hub" label={`Ports and hubs on the ${corridor().shortName}`} items={hubItems(hubs())} onPick={props.onPickHub} />
        </section>
      </Show>
    </>
  );
}
