import type { AtlasData } from "../model/corridor";
import { OVERVIEW } from "../model/article";
import { quotesAbout } from "../model/quote-coverage";
import { PickList } from "./PickList";
import { QuoteList } from "./QuoteList";
import { corridorItems, hubItems } from "./panel-items";
import { DataDownloads } from "./DataDownloads";
import { DownloadLink } from "./DownloadLink";
import { AboutThisText } from "./AboutThisText";
import { ATLAS_DOWNLOAD_PATH, FACTS_DOWNLOAD_PATH } from "../model/download-files";
import { useLocale } from "./locale-context";
import { OverviewHead } from "./OverviewHead";

/** What is shown first: every corridor and hub to pick from, and what the articles say of transit as a whole. */
export function OverviewPanel(props: { data: AtlasData; onPick: (kind: "corridor" | "hub", id: string, from: HTMLElement) => void }) {
  const { t } = useLocale();
  return (
    <>
      <OverviewHead />
      <section class="panel__section">
        <h3 class="panel__subheading" id="corridor-list-heading">{t.corridorsHeading}</h3>
        <PickList label={t.corridorsHeading} kind="corridor" items={corridorItems(props.data.corridors)} onPick={(id, b) => props.onPick("corridor", id, b)} />
      </section>
      <section class="panel__section">
        <h3 class="panel__subheading">{t.hubsHeading}</h3>
        <PickList label={t.hubsHeading} kind="hub" items={hubItems(props.data.hubs.features.map((h) => h.properties), t)}
          onPick={(id, b) => props.onPick("hub", id, b)} />
      </section>
      <QuoteList heading={t.overviewQuotesHeading} quotes={quotesAbout(props.data.quotes, OVERVIEW)}
        data={props.data} empty={t.overviewQuotesEmpty} page={undefined} />
      <section class="panel__section official-corridors">
        <h3 class="panel__subheading">{t.officialCorridorsHeading}</h3>
        <p class="official-corridors__text">{props.data.overview.officialCorridors}</p>
        <AboutThisText data={props.data} sources={props.data.overview.officialCorridorsSources} />
      </section>
      <DataDownloads data={props.data} lead={t.downloads.atlasLead} files={[{ format: "geojson", path: ATLAS_DOWNLOAD_PATH }]}>
        <p class="panel__muted published-facts__download">
          {t.facts.download} <DownloadLink data={props.data} format="csv" path={FACTS_DOWNLOAD_PATH}>CSV</DownloadLink>
        </p>
      </DataDownloads>
    </>
  );
}
