import type { CorridorMeta } from "../model/corridor";
import { useLocale } from "./locale-context";
import { PanelHead } from "./PanelHead";
import { Swatch } from "./Swatch";

export function CorridorHead(props: { corridor: CorridorMeta }) {
  const { t } = useLocale();
  // The short name the legend gives, where the full name does not hold it ("Middle Corridor").
  const subtitle = () => {
    const { name, shortName } = props.corridor;
    return name.toLowerCase().includes(shortName.toLowerCase()) ? undefined : t.alsoKnownAs(shortName);
  };
  return (
    <PanelHead lead={props.corridor.description} subtitle={subtitle()}>
      <Swatch colour={props.corridor.colour} />
      {props.corridor.name}
    </PanelHead>
  );
}
