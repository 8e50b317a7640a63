import { For, Show } from "solid-js";
import { ODBL_URL, type AtlasData } from "../model/corridor";
import { DOWNLOAD_FORMAT_NAMES, DOWNLOAD_MEDIA_TYPES, downloadFileName, type DownloadFormat } from "../model/download-files";
import { useLocale } from "./locale-context";

/**
 * Links to data files the build wrote (scripts/downloads/), each with its format and size, and
 * the licence they are under. Plain links: they work offline from the service worker's cache.
 */
export function DataDownloads(props: { data: AtlasData; lead: string; files: { format: DownloadFormat; path: string }[] }) {
  const { t, format } = useLocale();
  // import.meta.env.BASE_URL, never "/": the site may live under a sub-path.
  const href = (path: string) => `${import.meta.env.BASE_URL}${path}`;
  const size = (path: string) => {
    const bytes = props.data.downloadBytes?.[path];
    return bytes === undefined ? undefined : t.downloads.size(format.number(Math.max(1, Math.round(bytes / 1024))));
  };
  return (
    <section class="panel__section downloads">
      <h3 class="panel__subheading">{t.downloads.heading}</h3>
      <p class="panel__muted">{props.lead}</p>
      <ul class="downloads__list">
        <For each={props.files}>
          {(file) => (
            <li>
              <a class="downloads__link" href={href(file.path)} download={downloadFileName(file.path)} type={DOWNLOAD_MEDIA_TYPES[file.format]}>
                {DOWNLOAD_FORMAT_NAMES[file.format]}
                <Show when={size(file.path)}>{(text) => <span class="downloads__size"> {text()}</span>}</Show>
              </a>
            </li>
          )}
        </For>
      </ul>
      <p class="panel__muted downloads__licence">
        {t.downloads.licence} <a href={ODBL_URL} rel="license">ODbL 1.0</a>
      </p>
    </section>
  );
}
