// The list entries for corridors and hubs, shared by the overview and the detail panels.
import type { AtlasData, HubProperties } from "../model/corridor";
import { HUB_SHAPES } from "../map/hub-shapes";
import { HubIcon } from "./HubIcon";
import { LineSample } from "./LineSample";
import type { PickItem } from "./PickList";

export const corridorItems = (corridors: AtlasData["corridors"]): PickItem[] =>
  corridors.map((c) => ({ key: c.id, label: c.shortName, detail: c.name === c.shortName ? undefined : c.name, icon: <LineSample colour={c.colour} /> }));

export const hubItems = (hubs: HubProperties[]): PickItem[] =>
  hubs.map((h) => ({ key: h.id, label: h.name, detail: HUB_SHAPES[h.kind].label, icon: <HubIcon kind={h.kind} /> }));

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });
/** A country's English name from its ISO code. */
export const countryName = (code: string): string => regionNames.of(code) ?? code;

export const km = new Intl.NumberFormat("en", { maximumFractionDigits: 0 });
