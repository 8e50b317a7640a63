import { describe, expect, test } from "vitest";
import { createPropertyExpression, isExpression, latest } from "@maplibre/maplibre-gl-style-spec";
import type { LayerSpecification } from "maplibre-gl";
import { corridorOverlay } from "../../../src/map/corridor-layers";
import { perFeature, perFeatureByZoom } from "../../../src/map/shared-programs";
import { buildStyle } from "../../../src/map/style";
import type { AtlasData } from "../../../src/model/corridor";

const SITE = "https://atlas.example/corridor-atlas/";
const data: AtlasData = { corridors: [], hubs: { type: "FeatureCollection", features: [] }, articles: [], quotes: [], tour: [], facts: [], overview: { officialCorridors: "", officialCorridorsSources: [] } };
const style = buildStyle({
  basemap: { format: "pmtiles", url: `pmtiles://${SITE}basemap/basemap.pmtiles` },
  fontFaces: {},
  overlays: [corridorOverlay(data, 2026)],
});

type Kind = "constant" | "source" | "camera" | "composite";
const specs = latest as unknown as Record<string, Record<string, unknown>>;

/** How a paint property varies, as MapLibre decides it: what picks the program's variant. */
function kindOf(layer: LayerSpecification, property: string): Kind {
  const value = (layer.paint as Record<string, unknown> | undefined)?.[property];
  if (value === undefined || !isExpression(value)) return "constant";
  const spec = specs[`paint_${layer.type}`]![property];
  if (!spec) throw new Error(`no spec for ${layer.type} ${property}`);
  const parsed = createPropertyExpression(value, property, spec as never);
  if (parsed.result !== "success") throw new Error(`${layer.id} ${property}: ${JSON.stringify(parsed.value)}`);
  return (parsed.value as { kind: Kind }).kind;
}

/** MapLibre's program key: constant and zoom-only values are uniforms, the others attributes. */
function variant(layer: LayerSpecification, properties: string[]): string {
  const prefix = { constant: "u", camera: "u", source: "a", composite: "z" } as const;
  return properties.map((p) => `${prefix[kindOf(layer, p)]}_${p}`).join("/");
}

const LINE = ["line-color", "line-width", "line-offset", "line-opacity", "line-blur", "line-gap-width"];
const variantsOf = (type: string, properties: string[], dashed?: boolean) => new Set(style.layers
  .filter((l) => l.type === type && (dashed === undefined || "line-dasharray" in (l.paint ?? {}) === dashed))
  .map((l) => variant(l, properties)));

describe("layers share MapLibre's shader programs", () => {
  test("every solid line (rivers, casing, corridors) varies its paint the same ways", () => {
    expect([...variantsOf("line", LINE, false)]).toHaveLength(1);
  });

  test("every dashed line (borders, corridors being built or planned, sea crossings) too", () => {
    expect([...variantsOf("line", LINE, true)]).toHaveLength(1);
  });

  test("the place dots and the ring around a shown hub too", () => {
    expect([...variantsOf("circle", ["circle-radius", "circle-color", "circle-stroke-width", "circle-stroke-color", "circle-opacity"])]).toHaveLength(1);
  });

  test("the helpers keep their values: the same for every feature, ramped by zoom", () => {
    const layer = { id: "t", type: "line", source: "s", paint: { "line-color": perFeature("#123456"), "line-width": perFeatureByZoom([[3, 1], [9, 4]]) } } as LayerSpecification;
    expect(kindOf(layer, "line-color")).toBe("source");
    expect(kindOf(layer, "line-width")).toBe("composite");
    const width = createPropertyExpression(layer.paint!["line-width" as never], "line-width", specs.paint_line!["line-width"] as never);
    const evaluate = (zoom: number) => (width.value as { evaluate: (g: { zoom: number }, f: unknown) => number }).evaluate({ zoom }, { properties: {} });
    expect([evaluate(3), evaluate(6), evaluate(9)]).toEqual([1, 2.5, 4]);
  });
});
