import { Show, type JSX } from "solid-js";
import type { AtlasData } from "../model/corridor";
import { DOWNLOAD_MEDIA_TYPES, downloadFileName, type DownloadFormat } from "../model/download-files";
import { useLocale } from "./locale-context";

/**
 * A link to a data file the build wrote (scripts/downloads/), saved under a name that says where it
 * came from, with its size. A plain link: it works offline from the service worker's cache.
 */
export function DownloadLink(props: { data: AtlasData; format: DownloadFormat; path: string; children: JSX.Element }) {
  const { t, format } = useLocale();
  // import.meta.env.BASE_URL, never "/": the site may live under a sub-path.
  const href = () => `${import.meta.env.BASE_URL}${props.path}`;
  const size = () => {
    const bytes = props.data.downloadBytes?.[props.path];
    return bytes === undefined ? undefined : t.downloads.size(format.number(Math.max(1, Math.round(bytes / 1024))));
  };
  return (
    <a class="downloads__link" href={href()} download={downloadFileName(props.path)} type={DOWNLOAD_MEDIA_TYPES[props.format]}>
      {props.children}
      <Show when={size()}>{(text) => <span class="downloads__size"> {text()}</span>}</Show>
    </a>
  );
}
