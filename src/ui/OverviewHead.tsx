import { useLocale } from "./locale-context";
import { PanelHead } from "./PanelHead";

export function OverviewHead() {
  const { t } = useLocale();
  return <PanelHead lead={t.overviewLead}>{t.overviewHeading}</PanelHead>;
}
