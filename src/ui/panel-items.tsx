// The list entries for corridors and hubs, shared by the overview and the detail panels.
import type { AtlasData, HubProperties } from "../model/corridor";
import type { Messages } from "../i18n/messages";
import { HubIcon } from "./HubIcon";
import { LineSample } from "./LineSample";
import type { PickItem } from "./PickList";

export const corridorItems = (corridors: AtlasData["corridors"]): PickItem[] =>
  corridors.map((c) => ({ key: c.id, label: c.shortName, detail: c.name === c.shortName ? undefined : c.name, icon: <LineSample colour={c.colour} /> }));

export const hubItems = (hubs: HubProperties[], t: Messages): PickItem[] =>
  hubs.map((h) => ({ key: h.id, label: h.name, detail: t.hubKinds[h.kind], icon: <HubIcon kind={h.kind} /> }));
