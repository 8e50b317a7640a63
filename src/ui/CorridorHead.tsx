import type { CorridorMeta } from "../model/corridor";
import { useLocale } from "./locale-context";
import { PanelHead } from "./PanelHead";
import { Swatch } from "./Swatch";

/** The short name the legend gives, where the full name does not hold it ("Middle Corridor"). */
const otherName = ({ name, shortName }: CorridorMeta) => (name.toLowerCase().includes(shortName.toLowerCase()) ? undefined : shortName);

export function CorridorHead(props: { corridor: CorridorMeta }) {
  const { t } = useLocale();
  const subtitle = () => {
    const other = otherName(props.corridor);
    return other ? t.alsoKnownAs(other) : undefined;
  };
  return (
    <PanelHead lead={props.corridor.description} subtitle={subtitle()}>
      <Swatch colour={props.corridor.colour} />
      {props.corridor.name}
    </PanelHead>
  );
}
