// The dashboard: filters → the API → map, timeline and table; "#event/ID" shows one event's page.
import * as api from "./api.js";
import { el } from "./dom.js";
import { renderEvent } from "./event.js";
import { EventMap, drawLegend } from "./map.js";
import { EventTable } from "./table.js";
import { Timeline } from "./timeline.js";

const form = document.getElementById("filters");
const status = document.getElementById("status");
const overview = document.getElementById("overview");
const eventPage = document.getElementById("event-page");
const open = (id) => { location.hash = `#event/${encodeURIComponent(id)}`; };

const map = new EventMap("map", open);
const table = new EventTable(document.getElementById("events-table"), open);
const timeline = new Timeline(document.getElementById("timeline"), (since, until) => {
  form.elements.since.value = since;
  form.elements.until.value = until;
  refresh();
});
drawLegend(document.getElementById("legend"));

function filters() {
  const out = {};
  for (const name of api.FILTER_NAMES) {
    const value = form.elements[name].value.trim();
    if (value) out[name] = value;
  }
  return out;
}

// Links to the same incidents as files (the filters of the view, every incident they admit).
function showExports(where) {
  const links = ["acled-csv", "acled-aggregated-csv", "geojson", "jsonl"].map((format) =>
    el("a", { href: `/api/export?${api.query(where, { format })}`, download: "", class: "export" }, format));
  document.getElementById("exports").replaceChildren("export: ", ...links.flatMap((a, i) => (i ? [" · ", a] : [a])));
}

let generation = 0;
async function refresh() {
  const mine = ++generation;
  const where = filters();
  const { since, until, ...undated } = where;
  status.textContent = "Loading…";
  try {
    // The timeline shows every week the other filters admit, the chosen weeks highlighted.
    const [page, weekly] = await Promise.all([api.events(where), api.stats(undated)]);
    if (mine !== generation) return;
    map.show(page.events);
    table.show(page.events);
    timeline.show(weekly.by_week, since && until ? [since, until] : null);
    document.getElementById("timeline-note").textContent = weekly.not_in_weeks
      ? `${weekly.not_in_weeks} more dated only to a month or year, or undated: in no week.` : "";
    const shown = page.events.length;
    document.getElementById("count").textContent =
      shown === page.total ? `${page.total} events` : `${shown} of ${page.total} events (narrow the filters to see the rest)`;
    document.body.dataset.events = String(page.total);
    showExports(where);
    status.textContent = "";
  } catch (error) {
    status.textContent = `Error: ${error.message}`;
  }
}

async function route() {
  const match = location.hash.match(/^#event\/(.+)$/);
  if (match) {
    overview.hidden = true;
    eventPage.hidden = false;
    await renderEvent(eventPage, decodeURIComponent(match[1]));
    document.body.dataset.view = "event";
  } else {
    eventPage.hidden = true;
    overview.hidden = false;
    map.map.invalidateSize();
    document.body.dataset.view = "overview";
  }
}

form.addEventListener("submit", (event) => { event.preventDefault(); refresh(); });
form.addEventListener("reset", () => setTimeout(refresh, 0));
form.addEventListener("change", () => refresh());
window.addEventListener("hashchange", route);

map.loadBasemap("/static/vendor/world/countries-50m.json").catch((error) => {
  status.append(el("span", {}, ` (basemap: ${error.message})`));
});
api.getJson("/api/config").then((config) => {
  if (config.online_tiles) map.offerOnlineTiles(config.online_tiles, document.getElementById("legend"));
}).catch(() => {});
await refresh();
await route();
document.body.dataset.ready = "true";
