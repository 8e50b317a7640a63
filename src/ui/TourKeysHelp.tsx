import { tourKeyRows } from "../tour/tour";
import { useLocale } from "./locale-context";

/** The list of the tour's keys, shown by "?" in the tour and in the presenter view. */
export function TourKeysHelp(props: { onClose: () => void }) {
  const { t } = useLocale();
  return (
    <div class="tour-help" role="dialog" aria-label={t.tourKeysDialog}>
      <h2>{t.keys}</h2>
      <dl>{tourKeyRows(t.spaceKey).map((row) => <><dt>{row.keycaps}</dt><dd>{t.tourActions[row.action]}</dd></>)}</dl>
      <button type="button" onClick={() => props.onClose()}>{t.close}</button>
    </div>
  );
}
