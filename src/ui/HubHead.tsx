import type { AtlasData, HubProperties } from "../model/corridor";
import { countryNameIn } from "./display";
import { useLocale } from "./locale-context";
import { PanelHead } from "./PanelHead";

export function HubHead(props: { data: AtlasData; hub: HubProperties }) {
  const { t, format } = useLocale();
  return <PanelHead lead={t.hubLead(t.hubKinds[props.hub.kind], countryNameIn(props.data, format, props.hub.country))}>{props.hub.name}</PanelHead>;
}
