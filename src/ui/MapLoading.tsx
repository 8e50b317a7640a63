import { useLocale } from "./locale-context";

/** What holds the map's place until it has drawn (also in every static page the build writes). */
export function MapLoading() {
  const { t } = useLocale();
  return <div class="map-loading" aria-live="polite">{t.loadingMap}</div>;
}
