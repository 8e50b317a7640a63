import { For } from "solid-js";
import type { AtlasData, CorridorId, HubKind } from "../model/corridor";
import { corridorFacts } from "../model/corridor-facts";
import { HUB_KINDS } from "../model/corridor";
import { useLocale } from "./locale-context";
import { HubIcon } from "./HubIcon";
import { LineSample } from "./LineSample";

const LINE_STYLES = [
  { key: "operating", dash: undefined },
  { key: "underConstruction", dash: "5 3" },
  { key: "planned", dash: "1.5 3.5" },
  { key: "sea", dash: "7 4", thin: true },
  { key: "chord", dash: undefined, thin: true },
] as const;

/** What the colours, dashes and symbols mean; hovering a corridor highlights it on the map. */
export function Legend(props: {
  data: AtlasData;
  highlighted: CorridorId | undefined;
  onHighlight: (id: CorridorId | undefined) => void;
}) {
  const { t, format } = useLocale();
  // Open where the map has room for it beside what it frames; folded on a phone, upright or on its
  // side (open on a phone held sideways it covered most of a 464×390 map, and the first view
  // was framed into what was left).
  const startsOpen = typeof window !== "undefined" && window.matchMedia("(min-width: 720px) and (min-height: 501px)").matches;
  return (
    <details class="legend" open={startsOpen} data-covers-map>
      <summary class="legend__title">{t.legend}</summary>
      <ul class="legend__list" aria-label={t.legendColours}>
        <For each={props.data.corridors}>
          {(corridor) => (
            <li
              class="legend__item"
              classList={{ "legend__item--active": props.highlighted === corridor.id }}
              onMouseEnter={() => props.onHighlight(corridor.id)}
              onMouseLeave={() => props.onHighlight(undefined)}
              title={corridor.name}
            >
              <LineSample colour={corridor.colour} />
              <span class="legend__name">{corridor.shortName}</span>
              <span class="legend__km">{t.km(format.number(corridorFacts(corridor.segments).totalKm))}</span>
            </li>
          )}
        </For>
      </ul>
      <ul class="legend__list" aria-label={t.legendLineStyles}>
        <For each={LINE_STYLES}>
          {(style) => (
            <li class="legend__item">
              <LineSample colour="#4a4245" dash={style.dash} thin={"thin" in style} />
              <span class="legend__name">{t.lineStyles[style.key]}</span>
            </li>
          )}
        </For>
      </ul>
      <ul class="legend__list" aria-label={t.legendHubSymbols}>
        <For each={[...HUB_KINDS]}>
          {(kind: HubKind) => (
            <li class="legend__item">
              <HubIcon kind={kind} />
              <span class="legend__name">{t.hubKinds[kind]}</span>
            </li>
          )}
        </For>
      </ul>
    </details>
  );
}
