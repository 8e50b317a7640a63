import { For } from "solid-js";
import type { AtlasData, CorridorId, HubKind } from "../model/corridor";
import { corridorFacts } from "../model/corridor-facts";
import { HUB_SHAPES } from "../map/hub-shapes";
import { HubIcon } from "./HubIcon";
import { LineSample } from "./LineSample";

const km = new Intl.NumberFormat("en", { maximumFractionDigits: 0 });

const LINE_STYLES = [
  { label: "Operating", dash: undefined },
  { label: "Under construction", dash: "5 3" },
  { label: "Planned", dash: "1.5 3.5" },
  { label: "Sea crossing", dash: "7 4", thin: true },
] as const;

/** What the colours, dashes and symbols mean; hovering a corridor highlights it on the map. */
export function Legend(props: {
  data: AtlasData;
  highlighted: CorridorId | undefined;
  onHighlight: (id: CorridorId | undefined) => void;
}) {
  const startsOpen = typeof window !== "undefined" && window.matchMedia("(min-width: 720px)").matches;
  return (
    <details class="legend" open={startsOpen}>
      <summary class="legend__title">Legend</summary>
      <ul class="legend__list" aria-label="Corridor colours">
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
              <span class="legend__km">{km.format(corridorFacts(corridor.segments).totalKm)} km</span>
            </li>
          )}
        </For>
      </ul>
      <ul class="legend__list" aria-label="Line styles">
        <For each={LINE_STYLES}>
          {(style) => (
            <li class="legend__item">
              <LineSample colour="#4a4245" dash={style.dash} thin={"thin" in style} />
              <span class="legend__name">{style.label}</span>
            </li>
          )}
        </For>
      </ul>
      <ul class="legend__list" aria-label="Hub symbols">
        <For each={Object.entries(HUB_SHAPES) as [HubKind, (typeof HUB_SHAPES)[HubKind]][]}>
          {([kind, shape]) => (
            <li class="legend__item">
              <HubIcon kind={kind} />
              <span class="legend__name">{shape.label}</span>
            </li>
          )}
        </For>
      </ul>
    </details>
  );
}
