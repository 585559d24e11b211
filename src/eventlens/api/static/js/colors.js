// One colour per ACLED event type, on the map, the timeline and the legend.
export const TYPE_COLORS = {
  "Battles": "#d62728",
  "Explosions/Remote violence": "#ff7f0e",
  "Violence against civilians": "#9467bd",
  "Protests": "#2ca02c",
  "Riots": "#8c564b",
  "Strategic developments": "#1f77b4",
};
export const OTHER_COLOR = "#7f7f7f";

export function typeColor(type) {
  return TYPE_COLORS[type] || OTHER_COLOR;
}

export function typeClass(type) {
  return "type-" + (type || "unknown").toLowerCase().replace(/[^a-z]+/g, "-");
}
