import type { Selection } from "../model/view";
import { shareCardUrl } from "../state/share-card";
import { localePrefix } from "../i18n/locales";
import { formatPath } from "../state/url-state";
import { useLocale } from "./locale-context";
import { publicUrl } from "./address";

/**
 * What a printout has in place of the live map: the view's share card (a static map the build
 * drew for every page), and the page's public address. Only printed; the image loads lazily, so a screen
 * never fetches it.
 */
export function PrintedMap(props: { selection: Selection | undefined }) {
  const { t, locale, pageBase } = useLocale();
  const address = () => publicUrl(formatPath(props.selection, pageBase));
  return (
    <figure class="print-only print-map">
      <img src={shareCardUrl(props.selection, localePrefix(locale), import.meta.env.BASE_URL)} alt={t.printMapAlt}
        width="1200" height="630" loading="lazy" />
      <figcaption class="print-address">{address()}</figcaption>
    </figure>
  );
}
