// How far things reach, as [west, south, east, north]: what a view must frame to show them whole.
import { bbox } from "@turf/bbox";
import type { FeatureCollection } from "geojson";
import type { AtlasData } from "./corridor";
import type { BBox } from "./region";

/** Every segment of the corridor, sea legs included. */
export const corridorExtent = (corridor: { segments: FeatureCollection }): BBox => bbox(corridor.segments) as unknown as BBox;

/** Every corridor's ends and every hub: the overview, Georgia and Turkey to China, Russia to Chabahar. */
export function overviewExtent(data: Pick<AtlasData, "corridors" | "hubs">): BBox {
  const boxes = [...data.corridors.map(corridorExtent), bbox(data.hubs) as unknown as BBox];
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
}
