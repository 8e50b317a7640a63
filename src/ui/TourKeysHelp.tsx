import { useLocale } from "./locale-context";

/** The list of the tour's keys, shown by "?" in the tour and in the presenter view. */
export function TourKeysHelp(props: { onClose: () => void }) {
  const { t } = useLocale();
  return (
    <div class="tour-help" role="dialog" aria-label={t.tourKeysDialog}>
      <h2>{t.keys}</h2>
      <dl>{t.tourKeys.map(([keys, what]) => <><dt>{keys}</dt><dd>{what}</dd></>)}</dl>
      <button type="button" onClick={() => props.onClose()}>{t.close}</button>
    </div>
  );
}
