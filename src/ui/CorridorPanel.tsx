import { For, Show } from "solid-js";
import type { AtlasData, CorridorId } from "../model/corridor";
import { corridorFacts } from "../model/corridor-facts";
import { quotesAbout } from "../model/quote-coverage";
import { PickList } from "./PickList";
import { SectionsDrawn } from "./SectionsDrawn";
import { PublishedFacts } from "./PublishedFacts";
import { AboutThisText } from "./AboutThisText";
import { QuoteList } from "./QuoteList";
import { hubItems } from "./panel-items";
import { DataDownloads } from "./DataDownloads";
import { DOWNLOAD_FORMATS, corridorDownloadPath } from "../model/download-files";
import { useLocale } from "./locale-context";
import { countryNameIn } from "./display";
import { CorridorHead } from "./CorridorHead";

/** One corridor: what it is, figures from its sections drawn, its ports and hubs, and its quotes. */
export function CorridorPanel(props: { data: AtlasData; id: CorridorId; onPickHub: (id: string, from: HTMLElement) => void }) {
  const { t, format, locale } = useLocale();
  const km = (n: number) => t.km(format.number(n));
  const corridor = () => props.data.corridors.find((c) => c.id === props.id)!;
  const facts = () => corridorFacts(corridor().segments);
  const tracing = () => {
    const byTrace = facts().lengthKmByTrace;
    const part = (n: number) => (n > 0 ? km(n) : "");
    return [part(byTrace["osm-track"]), part(byTrace.stations), part(byTrace["documented-alignment"])] as const;
  };
  const hubs = () => props.data.hubs.features.map((h) => h.properties).filter((h) => h.corridors.includes(props.id));
  return (
    <>
      <CorridorHead corridor={corridor()} />
      <dl class="facts">
        <dt>{t.lengthDrawn}</dt>
        <dd>
          <span class="facts__total">{km(facts().totalKm)}</span>
          <For each={(["rail", "road", "sea"] as const).filter((m) => facts().lengthKmByMode[m] > 0)}>
            {(mode) => <span class="facts__part">{t.modes[mode]} {km(facts().lengthKmByMode[mode])}</span>}
          </For>
        </dd>
        <dt>{t.statusOfParts}</dt>
        <dd>
          <For each={(["operating", "under-construction", "planned"] as const).filter((s) => facts().lengthKmByStatus[s] > 0)}>
            {(status) => <span class="facts__part">{t.statuses[status]} {km(facts().lengthKmByStatus[status])}</span>}
          </For>
        </dd>
        <dt>{t.countries}</dt>
        {/* The build lists them by ISO code; a reader looks for a name, in the page's alphabet. */}
        <dd>{corridor().countries.map((code) => countryNameIn(props.data, format, code)).sort((a, b) => a.localeCompare(b, locale)).join(", ")}</dd>
      </dl>
      <p class="panel__muted panel__traced">
        {t.tracedHow(...tracing())}
        <Show when={facts().chordCount > 0}> {format.plural(t.tracedChords, facts().chordCount)}</Show>
      </p>
      <SectionsDrawn segments={corridor().segments} />
      <AboutThisText data={props.data} sources={corridor().descriptionSources} />
      <PublishedFacts data={props.data} id={props.id} />
      <QuoteList heading={t.corridorQuotesHeading} quotes={quotesAbout(props.data.quotes, props.id)} data={props.data}
        empty={t.corridorQuotesEmpty} page={{ kind: "corridor", id: props.id }} />
      <Show when={hubs().length > 0}>
        <section class="panel__section">
          <h3 class="panel__subheading">{t.hubsOnCorridor}</h3>
          <PickList kind="hub" label={t.hubsOnCorridorLabel(corridor().shortName)} items={hubItems(hubs(), t)} onPick={props.onPickHub} />
        </section>
      </Show>
      <DataDownloads data={props.data} lead={t.downloads.corridorLead}
        files={DOWNLOAD_FORMATS.map((format) => ({ format, path: corridorDownloadPath(props.id, format) }))} />
    </>
  );
}
