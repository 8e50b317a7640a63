// The top of each panel: its heading and the sentence under it. The app's panels render it, and
// the build renders the very same components into every page as its first screen (FirstScreen),
// so the words a reader sees before the script runs are the app's own.
import type { JSX } from "solid-js";

export function PanelHead(props: { children: JSX.Element; lead: string; subtitle?: string }) {
  return (
    <>
      <h2 class="panel__heading" tabIndex={-1}>{props.children}</h2>
      {props.subtitle && <p class="panel__subtitle">{props.subtitle}</p>}
      <p class="panel__lead">{props.lead}</p>
    </>
  );
}
