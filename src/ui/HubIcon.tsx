import type { HubKind } from "../model/corridor";
import { HUB_SHAPES, HUB_SHAPE_SIZE } from "../map/hub-shapes";

/** The same shape the map draws for a hub of this kind. */
export function HubIcon(props: { kind: HubKind }) {
  return (
    <svg class="hub-icon" viewBox={`0 0 ${HUB_SHAPE_SIZE} ${HUB_SHAPE_SIZE}`} aria-hidden="true">
      <path d={HUB_SHAPES[props.kind].path} fill={HUB_SHAPES[props.kind].fill} stroke="#fff" stroke-width="2" />
    </svg>
  );
}
