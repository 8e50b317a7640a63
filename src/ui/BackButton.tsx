import { useLocale } from "./locale-context";

/** Back to the overview; without `onBack` (a static page before its script runs) it cannot be pressed. */
export function BackButton(props: { onBack?: () => void }) {
  const { t } = useLocale();
  return <button type="button" class="panel__back" disabled={!props.onBack} onClick={() => props.onBack?.()}>{t.backToAll}</button>;
}
