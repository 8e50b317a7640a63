// English: the interface's own words. Russian and Kazakh (ru.ts, kk.ts) must have the same keys
// with the same types, so a missing or extra key is a type error and `npm run build` stops.
// Corridor, hub and tour texts in English are the data itself (data/); the other languages
// translate them in the `content` export of their own file.
import type { PluralForms } from "./plural";

export const ui = {
  siteName: "Corridor Atlas",
  siteTitle: "Corridor Atlas — transport corridors across Kazakhstan",
  tagline: "The transport corridors that cross Kazakhstan, from China to the Caspian, Europe and the Gulf",
  pageTitle: (name: string) => `${name} — Corridor Atlas`,
  panelLabel: "Corridors, hubs and quotes",
  loadingMap: "Loading the map…",
  noScript: "Corridor Atlas needs JavaScript to draw its map.",
  languageLabel: "Language",

  showMoreMap: "Expand the map",
  showMoreList: "Expand the list",
  backToAll: "← All corridors and hubs",

  overviewHeading: "Corridors and hubs",
  /** Explains the map and states nothing of the official corridors: those are below, with sources. */
  overviewLead:
    "The atlas draws five corridors that cross or reach Kazakhstan, with their ports and hubs. Pick one to see it on the map with what the news has said of it, word for word.",
  officialCorridorsHeading: "The “five railway corridors” officials speak of",
  corridorsHeading: "Corridors",
  hubsHeading: "Ports and hubs",
  overviewQuotesHeading: "What the articles say of transit through Kazakhstan",
  overviewQuotesEmpty: "The articles say nothing of transit as a whole.",

  lengthDrawn: "Length drawn",
  statusOfParts: "Status of its parts",
  countries: "Countries",
  /** The corridor's sections, under its figures (src/ui/SectionsDrawn.tsx). */
  sections: {
    /** The disclosure's label, the count already formatted. */
    heading: (count: string) => `Sections drawn (${count})`,
    lead: "The length drawn is the sum of these sections (rounded here to the kilometre, in the downloads to 0.1 km), each with the year it opened where a page states it.",
    section: "Section",
    opened: "Opened",
    /** A section not yet open, with the year it is due to open. */
    due: (year: string) => `due ${year}`,
  },
  /** Formatted lengths ("1,605 km") traced each way; an empty string for a way not used. */
  tracedHow: (track: string, stations: string, documented: string) =>
    `Drawn from OpenStreetMap (© OpenStreetMap contributors, ODbL): ${[
      track && `${track} along the mapped track`,
      stations && `${stations} through the line's mapped stations`,
      documented && `${documented} not yet built, along its published route`,
    ].filter(Boolean).join(", ")}.`,
  tracedChords: {
    one: "{n} stretch with no station mapped is drawn as a thin straight line.",
    other: "{n} stretches with no station mapped are drawn as thin straight lines.",
  } as PluralForms,
  km: (amount: string) => `${amount} km`,
  modes: { rail: "Rail", road: "Road", sea: "Sea" },
  statuses: { operating: "Operating", "under-construction": "Under construction", planned: "Planned" },
  corridorQuotesHeading: "What the articles say",
  corridorQuotesEmpty: "None of the articles names this corridor.",
  hubsOnCorridor: "Ports and hubs on this corridor",
  hubsOnCorridorLabel: (corridor: string) => `Ports and hubs on the ${corridor}`,

  hubKinds: { "sea-port": "Sea port", "dry-port": "Dry port", "logistics-hub": "Logistics hub", "border-crossing": "Border crossing" },
  hubLead: (kind: string, country: string) => `${kind} in ${country}.`,
  corridorsThrough: "Corridors through it",
  corridorsThroughLabel: (hub: string) => `Corridors through ${hub}`,
  hubQuotesHeading: (hub: string) => `What the articles say of ${hub}`,
  hubQuotesEmpty: "None of the articles names it; here is what they say of the corridors through it.",
  hubCorridorQuotesHeading: "What the articles say of its corridors",
  hubCorridorQuotesEmpty: "None of the articles names its corridors.",
  positionSource: "Where this position comes from",
  /** Above the list of what each claim of our own text rests on. */
  aboutText: "About this text: the sources",

  quoteCount: { one: "{n} passage, quoted word for word in the original English", other: "{n} passages, quoted word for word in the original English" } as PluralForms,
  quoteLink: "Link",
  /** Before whose words a passage reports: the words are the outlet's account, not that person's own. */
  reportedSpeech: "Reported speech:",
  /** The link's accessible name, with where the passage comes from ("TDI, 27 October 2023"). */
  quoteLinkLabel: (source: string) => `Link to this passage from ${source}`,
  quoteOriginal: "in the original English",
  sourceUnknown: "source unknown",
  dateNotStated: "date not stated",

  year: {
    label: "Year",
    today: "Today",
    play: "Play the years in which lines opened or are due to open",
    pause: "Pause",
    backToToday: "Today",
    note: "Lines open by then, and ports and hubs from their opening. Faint: our sources do not give the year.",
    /** Under a coming year: what it shows is announced, not built. */
    noteFuture: "As announced: the lines open today, and those a published target says will open by then. Faint: lines still to come with no target by then.",
    /** A coming year, as a screen reader hears the slider. */
    announced: (year: string) => `${year}, as announced`,
    inYear: (year: string) => `The network in ${year}`,
  },
  embed: {
    button: "Embed",
    heading: "Embed this view",
    lead: "Paste this code into a web page. It shows this view of the atlas, in the year shown, without the site's header.",
    codeLabel: "Code to paste",
    copy: "Copy code",
    copied: "Code copied.",
    copyFailed: "Select the code and copy it.",
    preview: "What the code shows",
    close: "Close",
  },
  printMapAlt: "Map of this view, as drawn by the atlas",
  citation: {
    open: "“",
    close: "”",
    reportedSpeech: (who: string) => `(reported speech: ${who})`,
    via: (url: string) => `Via Corridor Atlas: ${url}`,
    copy: "Copy citation",
    copied: "Citation copied.",
    copyFailed: (text: string) => `Copy this citation: ${text}`,
  },
  facts: {
    heading: "Published figures",
    /** Before a link to data/download/facts.csv: every corridor's and hub's figures, not only these. */
    download: "Every published figure in the atlas, with its source and date:",
    metrics: { length: "Length", capacity: "Capacity", volume: "Carried", "transit-time": "Transit time", opened: "Opened" },
    outlooks: { target: "target", forecast: "forecast" },
    million: (n: string) => `${n} million`,
    units: {
      km: (n: string) => `${n} km`, "t/yr": (n: string) => `${n} t a year`, "TEU/yr": (n: string) => `${n} TEU a year`,
      "trains/day": (n: string) => `${n} trains a day`, days: (n: string) => `${n} days`,
    },
  },
  /** Under a corridor's heading, the short name the legend and the press use, where the full name does not hold it. */
  alsoKnownAs: (name: string) => `Also known as: ${name}`,
  legend: "Legend",
  legendColours: "Corridor colours",
  legendLineStyles: "Line styles",
  legendHubSymbols: "Hub symbols",
  lineStyles: { operating: "Operating", underConstruction: "Under construction", planned: "Planned", sea: "Sea crossing", chord: "Straight: no station mapped" },

  share: "Share",
  linkCopied: "Link copied",
  copyThisLink: (url: string) => `Copy this link: ${url}`,

  unknownCorridor: (id: string) => `There is no corridor called “${id}”.`,
  unknownHub: (id: string) => `There is no port or hub called “${id}”.`,
  unknownAddress: (path: string) => `There is no page at “${path}”.`,
  unknownQuote: (id: string) => `There is no passage called “${id}”.`,
  hereAreCorridors: "Here are the corridors and hubs the atlas has.",
  dataFailed: "The corridor data could not be loaded, so the map shows the region alone. Reload the page to try again.",
  showing: (name: string) => `Showing ${name}`,
  showingAll: "Showing all corridors and hubs",

  mapLabel: "Map of the transport corridors across Kazakhstan and its neighbours",
  noWebgl: "This browser cannot draw the map (WebGL is off or unavailable). The rest of the atlas still works.",
  mapFailed: "The map could not start. Reload the page to try again.",
  mapTrouble: "Part of the map could not be loaded.",
  retry: "Retry",
  mapControls: { zoomIn: "Zoom in", zoomOut: "Zoom out", toggleAttribution: "Toggle attribution", map: "Map" },

  tourTitle: "Tour of the corridors",
  tourStopLabel: "Tour stop",
  progress: (stop: string, count: string) => `${stop} / ${count}`,
  previous: "Previous",
  next: "Next",
  presenterView: "Presenter view",
  keys: "Keys",
  tourKeysDialog: "Tour keys",
  leaveTour: "Leave tour",
  escapeAgainToLeave: "Press Esc again to leave the tour",
  readyOffline: "Ready offline",
  makeOffline: "Make available offline",
  savingOffline: "Saving for offline…",
  close: "Close",
  /** The space bar's name in the keys dialog (the other keycaps are the same in every language). */
  spaceKey: "Space",
  /** What each tour key does, in the keys dialog (src/tour/tour.ts holds the keys). */
  tourActions: {
    next: "next stop",
    previous: "previous stop",
    first: "first stop",
    last: "last stop",
    black: "black screen",
    fullscreen: "full screen",
    caption: "hide or show the caption",
    escape: "leave full screen, then the tour (press twice)",
    help: "these keys",
  },
  presenterTimerLabel: "Time since the presenter view opened",
  presenterNext: "Next:",
  presenterEnd: "the end",
  hideCaption: "Hide caption",
  showCaption: "Show caption",
  presenterPreview: (title: string) => `The next stop's map: ${title}`,

  crashHeading: "Something went wrong in the atlas",
  crashBody: "This page hit a problem it could not recover from. Reloading usually fixes it.",
  reload: "Reload the page",
  crashCorridors: "The corridors",
  // The crash page cannot rely on the data having loaded, so it has its own short names.
  crashCorridorNames: {
    titr: "Middle Corridor (Trans-Caspian route)",
    kti: "Kazakhstan–Turkmenistan–Iran railway",
    "north-south": "North–South corridor",
    "east-west": "East–West corridor",
    casa: "Central Asia–South Asia routes",
  },


  // The popup about what was clicked on the map, a section or a hub (src/map/feature-popup.ts).
  popup: {
    close: "Close",
    corridor: "Corridor",
    mode: "Mode",
    status: "Status",
    opened: "Opened",
    openedNotStated: "not stated",
    target: "Due to open",
    traced: "How it is drawn",
    traces: {
      "osm-track": "Along the track mapped in OpenStreetMap",
      stations: "Through the line's stations mapped in OpenStreetMap",
      "documented-alignment": "Not yet built: along its published route",
      "sea-lane": "Across open water, as a sea crossing",
    },
    chord: "No station is mapped along this stretch, so it is drawn as a straight line.",
    kind: "Kind",
    noQuote: "None of the articles names it.",
  },
  // The data to take away, under each corridor and the overview (src/ui/DataDownloads.tsx).
  downloads: {
    heading: "Data",
    corridorLead: "This corridor's sections, one to a row or feature: mode, status, year opened, length drawn and published, countries, how each is drawn, and sources.",
    atlasLead: "Every corridor's sections and every port and hub, in one file.",
    /** On a page in another language, that the files are in English (an English page does not say it). */
    filesLanguage: "The files are in English.",
    /** A file's size, the number already formatted. */
    size: (kb: string) => `${kb} KB`,
    /** Before the licence's name (a link): the credit the licence asks for. */
    licence: "Drawn from OpenStreetMap: © OpenStreetMap contributors. Licence:",
  },
};

export type Messages = typeof ui;

// The words only the build's pages use (their meta tags, share cards and app manifest): kept out
// of the scripts a page loads.
export const pageWords = {
  appShortName: "Corridors",
  siteDescription:
    "A map of the transport corridors that cross Kazakhstan — the Middle Corridor, the Kazakhstan–Turkmenistan–Iran railway, the East–West and North–South routes and the Central Asia–South Asia links — with the ports, hubs and what the news says of each.",
  tourDescription: "A guided tour of the transport corridors across Kazakhstan, stop by stop, for presenting on a projector.",
  cardOverviewTitle: "Transport corridors across Kazakhstan",
  cardOverviewSubtitle: "The Middle Corridor, KTI, East–West, North–South and Central Asia–South Asia",
  cardCorridorSubtitle: "Transport corridor",
  hubDescription: (kind: string, corridors: string) => `${kind} on the ${corridors}: where it is, the corridors through it, and what the news says of them.`,
  imageAltOverview: "Map of the five transport corridors the atlas draws across Kazakhstan",
  imageAltCorridor: (corridor: string) => `Map of the ${corridor}, drawn in its colour across the region`,
  imageAltHub: (hub: string) => `Map of ${hub} and the corridors through it`,
};

export type PageWords = typeof pageWords;
