// One shape per hub kind, as SVG path data in a 24×24 box: drawn on the map (via Path2D) and in
// the legend (as <path>), so the two always match. Shapes differ, not just colours, for
// colour-blind readers.
import type { HubKind } from "../model/corridor";

export const HUB_SHAPE_SIZE = 24;

export const HUB_SHAPES: Record<HubKind, { path: string; fill: string }> = {
  "sea-port": { path: "M12 3a9 9 0 1 0 0.001 0Z", fill: "#0b5d8a" },
  "dry-port": { path: "M4 4h16v16H4Z", fill: "#5a4a42" },
  "logistics-hub": { path: "M12 3l9 16H3Z", fill: "#3d5a40" },
  "border-crossing": { path: "M12 2l10 10-10 10L2 12Z", fill: "#7a3b69" },
};

export const HUB_OUTLINE = "#ffffff";
