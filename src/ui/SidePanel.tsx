import { Match, Show, Switch, createEffect, createSignal, on, type JSX } from "solid-js";
import { isServer } from "solid-js/web";
import type { AtlasData } from "../model/corridor";
import type { Selection } from "../model/view";
import { CorridorPanel } from "./CorridorPanel";
import { HubPanel } from "./HubPanel";
import { OverviewPanel } from "./OverviewPanel";
import { LanguageSwitch } from "./LanguageSwitch";
import { useLocale } from "./locale-context";
import { PrintedMap } from "./PrintedMap";
import { BackButton } from "./BackButton";

/**
 * The panel beside the map (a bottom sheet on a phone): the title, then the overview with every
 * corridor and hub, or the one that is shown.
 */
export function SidePanel(props: {
  data: AtlasData | undefined;
  selection: Selection | undefined;
  onPick: (selection: Selection, from: HTMLElement) => void;
  onClose: () => void;
  status?: JSX.Element;
  /** Shown until the data is there: the page's first screen (FirstScreen) as the build wrote it. */
  placeholder?: JSX.Element;
  share?: JSX.Element;
}) {
  const { t } = useLocale();
  const [expanded, setExpanded] = createSignal(false);
  // On a phone, a pick from the pulled-up list lowers the sheet: the map above it shows the pick.
  createEffect(on(() => props.selection, () => setExpanded(false), { defer: true }));
  return (
    <aside class="panel" classList={{ "panel--expanded": expanded() }} aria-label={t.panelLabel}>
      <div class="panel__bar">
        <header class="masthead">
          <h1 class="masthead__title">{t.siteName}</h1>
          <p class="masthead__tagline">{t.tagline}</p>
          <LanguageSwitch />
        </header>
        {/* In a static page (isServer: the build renders this panel) the toggle waits for the script. */}
        <button type="button" class="panel__toggle" aria-expanded={expanded()} disabled={isServer} onClick={() => setExpanded(!expanded())}>
          {expanded() ? t.showMoreMap : t.showMoreList}
        </button>
      </div>
      <div class="panel__body">
        {props.status}
        {props.share}
        <PrintedMap selection={props.selection} />
        <Show when={props.data} fallback={props.placeholder}>
          {(data) => (
            <Switch fallback={<OverviewPanel data={data()} onPick={(kind, id, from) => props.onPick({ kind, id } as Selection, from)} />}>
              <Match when={props.selection?.kind === "corridor" && props.selection}>
                {(s) => (
                  <>
                    <BackButton onBack={props.onClose} />
                    <CorridorPanel data={data()} id={s().id as never} onPickHub={(id, from) => props.onPick({ kind: "hub", id }, from)} />
                  </>
                )}
              </Match>
              <Match when={props.selection?.kind === "hub" && props.selection}>
                {(s) => (
                  <>
                    <BackButton onBack={props.onClose} />
                    <HubPanel data={data()} id={s().id} onPickCorridor={(id, from) => props.onPick({ kind: "corridor", id } as Selection, from)} />
                  </>
                )}
              </Match>
            </Switch>
          )}
        </Show>
      </div>
    </aside>
  );
}
