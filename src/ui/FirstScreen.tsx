import { Match, Switch } from "solid-js";
import type { AtlasData } from "../model/corridor";
import type { View } from "../state/url-state";
import { BackButton } from "./BackButton";
import { CorridorHead } from "./CorridorHead";
import { HubHead } from "./HubHead";
import { OverviewHead } from "./OverviewHead";

/**
 * A page's first screen: the heading and lead of its view, rendered by the build into the page
 * (PageShell) so they are painted before any script runs. The app keeps these very nodes on
 * screen until its data has loaded (main.tsx), so the page's largest paint is not painted twice.
 */
export function FirstScreen(props: { view: View; data: AtlasData }) {
  const corridor = () => {
    const view = props.view;
    return view?.kind === "corridor" ? props.data.corridors.find((c) => c.id === view.id) : undefined;
  };
  const hub = () => {
    const view = props.view;
    return view?.kind === "hub" ? props.data.hubs.features.find((h) => h.properties.id === view.id)?.properties : undefined;
  };
  return (
    <div class="panel__first-screen">
      <Switch fallback={<OverviewHead />}>
        <Match when={props.view?.kind === "tour"}>{null}</Match>
        <Match when={corridor()}>{(shown) => <><BackButton /><CorridorHead corridor={shown()} /></>}</Match>
        <Match when={hub()}>{(shown) => <><BackButton /><HubHead data={props.data} hub={shown()} /></>}</Match>
      </Switch>
    </div>
  );
}
