// Google Earth draws every KML line alike unless the file styles it, and tokml writes no styles.
// Each section here takes its corridor's colour, as on the map. KML has no dashed lines, so a line
// not yet open (dashed or dotted on the map) is drawn fainter instead, and a ferry thinner.
import { DOMParser, XMLSerializer, type Element } from "@xmldom/xmldom";
import type { Mode, Status } from "../../src/model/corridor.ts";

const KML_NS = "http://www.opengis.net/kml/2.2";

/** How opaque a section of each status is drawn: the map's dashes, as KML can say them. */
const OPACITY: Record<Status, number> = { operating: 1, "under-construction": 0.7, planned: 0.45 };
/** Line widths in pixels: a sea lane is thinner than the lines on land, as on the map. */
const WIDTH: Record<Mode, number> = { rail: 4, road: 4, sea: 2.5 };

interface StyledLine { mode: Mode; status: Status }

/** The id of the shared style a line of this mode and status takes. */
const lineStyleId = ({ mode, status }: StyledLine) => `${mode}-${status}`;

/** `#rrggbb` at an opacity, as KML writes colours: aabbggrr. */
function kmlColour(hex: string, opacity: number): string {
  const [r, g, b] = [1, 3, 5].map((i) => hex.slice(i, i + 2).toLowerCase());
  return `${Math.round(opacity * 255).toString(16).padStart(2, "0")}${b}${g}${r}`;
}

/**
 * The KML text with a line style for each mode and status in `lines`, all in `colour`, and each
 * line placemark pointing at its own: `lines[i]` is the document's i-th placemark with a LineString.
 * Throws if the document's lines are not as many as `lines`.
 */
export function withLineStyles(kml: string, colour: string, lines: readonly StyledLine[]): string {
  const doc = new DOMParser().parseFromString(kml, "text/xml");
  const element = (name: string, children: (Element | string)[] = []) => {
    const e = doc.createElementNS(KML_NS, name);
    for (const child of children) e.appendChild(typeof child === "string" ? doc.createTextNode(child) : child);
    return e;
  };
  const document = doc.getElementsByTagName("Document")[0]!;
  const styles = new Map(lines.map((line) => [lineStyleId(line), line]));
  // Styles come first in a Document, before its folders.
  for (const [id, { mode, status }] of [...styles].reverse()) {
    const style = element("Style", [element("LineStyle", [element("color", [kmlColour(colour, OPACITY[status])]), element("width", [String(WIDTH[mode])])])]);
    style.setAttribute("id", id);
    document.insertBefore(style, document.firstChild);
  }
  const placemarks = Array.from(doc.getElementsByTagName("Placemark")).filter((p) => p.getElementsByTagName("LineString").length > 0);
  if (placemarks.length !== lines.length) throw new Error(`the KML has ${placemarks.length} lines, not ${lines.length}`);
  placemarks.forEach((placemark, i) => {
    // A Placemark's styleUrl comes after its name and description, before its data and geometry.
    const after = placemark.getElementsByTagName("description")[0] ?? placemark.getElementsByTagName("name")[0]!;
    placemark.insertBefore(element("styleUrl", [`#${lineStyleId(lines[i]!)}`]), after.nextSibling);
  });
  return new XMLSerializer().serializeToString(doc);
}
