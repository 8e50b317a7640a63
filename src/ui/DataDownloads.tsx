import { For, type JSX } from "solid-js";
import { ODBL_URL, type AtlasData } from "../model/corridor";
import { DOWNLOAD_FORMAT_NAMES, type DownloadFormat } from "../model/download-files";
import { DownloadLink } from "./DownloadLink";
import { useLocale } from "./locale-context";

/** The data files behind a view, each with its format and size, the licence they are under, and any further files (children). */
export function DataDownloads(props: { data: AtlasData; lead: string; files: { format: DownloadFormat; path: string }[]; children?: JSX.Element }) {
  const { t, locale } = useLocale();
  return (
    <section class="panel__section downloads">
      <h3 class="panel__subheading">{t.downloads.heading}</h3>
      <p class="panel__muted">{props.lead}</p>
      {locale !== "en" && <p class="panel__muted">{t.downloads.filesLanguage}</p>}
      <ul class="downloads__list">
        <For each={props.files}>
          {(file) => <li><DownloadLink data={props.data} format={file.format} path={file.path}>{DOWNLOAD_FORMAT_NAMES[file.format]}</DownloadLink></li>}
        </For>
      </ul>
      <p class="panel__muted downloads__licence">
        {t.downloads.licence} <a href={ODBL_URL} rel="license">ODbL 1.0</a>
      </p>
      {props.children}
    </section>
  );
}
