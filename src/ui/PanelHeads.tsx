// The top of each panel: its heading and the sentence under it. The app renders these, and the
// build renders the very same components into every page as its first screen (FirstScreen.tsx),
// so the words a reader sees before the script runs are the app's own.
import { createEffect, type JSX } from "solid-js";
import type { AtlasData, CorridorMeta, HubProperties } from "../model/corridor";
import { countryNameIn } from "./display";
import { useLocale } from "./locale-context";

function PanelHead(props: { children: JSX.Element; lead: string }) {
  return (
    <>
      <h2 class="panel__heading" tabIndex={-1}>{props.children}</h2>
      <p class="panel__lead">{props.lead}</p>
    </>
  );
}

/** The corridor's colour dot. */
function Swatch(props: { colour: string }) {
  let swatch!: HTMLSpanElement;
  // Set through the DOM, never as a style attribute: the build writes this span into static
  // pages, and their security policy refuses inline styles. So the static copy has no colour.
  createEffect(() => swatch.style.setProperty("background", props.colour));
  return <span ref={swatch} class="panel__swatch" aria-hidden="true" />;
}

export function OverviewHead() {
  const { t } = useLocale();
  return <PanelHead lead={t.overviewLead}>{t.overviewHeading}</PanelHead>;
}

export function CorridorHead(props: { corridor: CorridorMeta }) {
  return (
    <PanelHead lead={props.corridor.description}>
      <Swatch colour={props.corridor.colour} />
      {props.corridor.name}
    </PanelHead>
  );
}

export function HubHead(props: { data: AtlasData; hub: HubProperties }) {
  const { t, format } = useLocale();
  return <PanelHead lead={t.hubLead(t.hubKinds[props.hub.kind], countryNameIn(props.data, format, props.hub.country))}>{props.hub.name}</PanelHead>;
}

/** Back to the overview; without `onBack` (a static page before its script runs) it cannot be pressed. */
export function BackButton(props: { onBack?: () => void }) {
  const { t } = useLocale();
  return <button type="button" class="panel__back" disabled={!props.onBack} onClick={() => props.onBack?.()}>{t.backToAll}</button>;
}
