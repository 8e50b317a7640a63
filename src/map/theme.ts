// The basemap's palette: quiet, warm land and soft water, so the corridors' colours carry the map.
// Tests sample pixels against these values, so change them here and nowhere else.
export const THEME = {
  sea: "#bcd6e6",
  land: "#f4f0e6",
  lakeOutline: "#a9c8dc",
  river: "#9cc2dc",
  border: "#a6879f",
  countryLabel: "#75606e",
  placeText: "#2f2a2b",
  placeDot: "#4a4245",
  halo: "#fbfaf6",
} as const;

export const FONT = { regular: "Noto Sans Regular", bold: "Noto Sans Bold" } as const;
