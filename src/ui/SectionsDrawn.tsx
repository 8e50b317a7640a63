import { For, Match, Switch } from "solid-js";
import type { DrawnCorridorCollection } from "../model/corridor";
import { sectionRows } from "../model/corridor-facts";
import { useLocale } from "./locale-context";

/**
 * A corridor's sections, each with its length drawn and the year it opened (linking the page that
 * states it) or is due to: what the length drawn adds up, and when each piece opened. Folded, as
 * a long corridor has thirty of them.
 */
export function SectionsDrawn(props: { segments: DrawnCorridorCollection }) {
  const { t, format } = useLocale();
  const rows = () => sectionRows(props.segments);
  return (
    <details class="panel__section sections-drawn">
      <summary class="panel__subheading">{t.sections.heading(format.number(rows().length))}</summary>
      <p class="panel__muted">{t.sections.lead}</p>
      <table class="sections-drawn__table">
        <thead>
          <tr><th scope="col">{t.sections.section}</th><th scope="col">{t.lengthDrawn}</th><th scope="col">{t.sections.opened}</th></tr>
        </thead>
        <tbody>
          <For each={rows()}>
            {(row) => (
              <tr>
                <th scope="row">{row.name}</th>
                <td class="sections-drawn__km">{t.km(format.number(row.km))}</td>
                <td>
                  <Switch fallback={row.status === "operating" ? t.popup.openedNotStated : t.statuses[row.status]}>
                    <Match when={row.opened !== undefined && row.openedSource}>
                      {(source) => <Sourced source={source()} text={String(row.opened)} />}
                    </Match>
                    <Match when={row.target !== undefined && row.targetSource}>
                      {(source) => <Sourced source={source()} text={t.sections.due(String(row.target))} />}
                    </Match>
                  </Switch>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </details>
  );
}

/** A year linking the page that states it, whose page named beside it: a mirror of Wikipedia is seen as one before a click. */
function Sourced(props: { source: { url: string; name: string }; text: string }) {
  return <><a href={props.source.url} rel="noopener noreferrer">{props.text}</a> <span class="sections-drawn__source" lang="en">{props.source.name}</span></>;
}
