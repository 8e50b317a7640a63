import { reloadPage } from "./address";
import { For } from "solid-js";
import { CORRIDOR_IDS } from "../model/corridor";
import { useLocale } from "./locale-context";
import { LanguageSwitch } from "./LanguageSwitch";

/** The error boundary's page: plain words, a way back, and the corridors as plain links. */
export function Crash() {
  const { t, pageBase } = useLocale();
  return (
    <main class="crash">
      <LanguageSwitch />
      <h1>{t.crashHeading}</h1>
      <p>{t.crashBody}</p>
      <button type="button" class="share__button" onClick={reloadPage}>{t.reload}</button>
      <h2>{t.crashCorridors}</h2>
      <ul>
        <For each={[...CORRIDOR_IDS]}>{(id) => <li><a href={`${pageBase}corridors/${id}/`}>{t.crashCorridorNames[id]}</a></li>}</For>
      </ul>
    </main>
  );
}
