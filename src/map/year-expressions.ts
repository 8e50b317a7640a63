// model/year.ts's rules as style expressions over MapLibre's global state, so changing the year is
// one setGlobalStateProperty, not a rebuilt source. The unit tests evaluate these with MapLibre's
// own evaluator against the model, for every status, year and target.
import type { ExpressionSpecification } from "maplibre-gl";

/** How strongly a faint line or hub is drawn: there, but plainly not a statement. */
export const FAINT_OPACITY = 0.3;

/** The year shown: TODAY_STATE (0) is today. Set by the map handle's setYear (mount-atlas-map.ts). */
export const YEAR_STATE = "year";
export const TODAY_STATE = 0;
/** The present year, which divides past years from coming ones. */
export const PRESENT_STATE = "present";

/** The global state's defaults: today, in the present year `present`. */
export const yearStateDefaults = (present: number) => ({ [YEAR_STATE]: { default: TODAY_STATE }, [PRESENT_STATE]: { default: present } });

const year: ExpressionSpecification = ["global-state", YEAR_STATE];
const present: ExpressionSpecification = ["global-state", PRESENT_STATE];
const inPast: ExpressionSpecification = ["all", ["!=", year, TODAY_STATE], ["<", year, present]];
const inFuture: ExpressionSpecification = [">", year, present];
const unknownOpening: ExpressionSpecification = ["!", ["has", "opened"]];
const openedBy: ExpressionSpecification = ["<=", ["number", ["get", "opened"]], year];
const operating: ExpressionSpecification = ["==", ["get", "status"], "operating"];
const target: ExpressionSpecification = ["number", ["get", "target"]];
/** A line not yet open whose published target year has come by the year shown (and is still to come today). */
const dueBy: ExpressionSpecification = ["all", ["!", operating], ["has", "target"], [">", target, present], ["<=", target, year]];

/** sectionInYear as a filter: what is not "hidden" in the year shown. */
export const sectionInShownYear: ExpressionSpecification = ["any", ["!", inPast], ["all", operating, ["any", unknownOpening, openedBy]]];
/** …and what is "faint": an operating line of unknown opening in a past year, or a line still to come and not due. */
export const sectionFaintInShownYear: ExpressionSpecification = ["any",
  ["all", inPast, operating, unknownOpening],
  ["all", inFuture, ["!", operating], ["!", dueBy]],
];

/** A hub opened in `opened` is there today, in the years to come, and in past years from then on. */
const openedInShownYear = (opened: ExpressionSpecification | number): ExpressionSpecification => ["any", ["!", inPast], ["<=", opened, year]];
/** hubInYear as a filter: a hub is there from its opening year, or in every year when that is unknown. */
export const hubInShownYear: ExpressionSpecification = ["any", unknownOpening, openedInShownYear(["number", ["get", "opened"]])];
/**
 * The same rule for a hub whose opening year is known when the style is built (undefined when it
 * is unknown), for an expression that does not read the hub's own feature (the basemap's labels).
 */
export const hubOpenedInShownYear = (opened: number | undefined): ExpressionSpecification =>
  opened === undefined ? ["literal", true] : openedInShownYear(opened);
/** …and faint in a past year when its opening year is unknown. */
export const hubFaintInShownYear: ExpressionSpecification = ["all", inPast, unknownOpening];
