import type { CorridorMeta } from "../model/corridor";
import { PanelHead } from "./PanelHead";
import { Swatch } from "./Swatch";

export function CorridorHead(props: { corridor: CorridorMeta }) {
  return (
    <PanelHead lead={props.corridor.description}>
      <Swatch colour={props.corridor.colour} />
      {props.corridor.name}
    </PanelHead>
  );
}
