// The events table: one row per incident, sorted by any column (click its header again to reverse).
import { typeClass } from "./colors.js";
import { el, clear } from "./dom.js";

const VALUES = {
  event_date: (e) => e.event_date || "",
  event_type: (e) => e.sub_event_type || e.event_type || "",
  actors: (e) => [e.actor1, e.actor2].filter(Boolean).join(" vs "),
  place: (e) => [e.location, e.admin1, e.country].filter(Boolean).join(", "),
  fatalities: (e) => (e.fatalities === null ? -1 : e.fatalities),
  certainty: (e) => (e.review === "rejected" ? "rejected" : e.certainty || ""),
  reports: (e) => e.reports,
};

export class EventTable {
  constructor(table, onSelect) {
    this.body = table.querySelector("tbody");
    this.headers = [...table.querySelectorAll("th[data-key]")];
    this.onSelect = onSelect;
    this.events = [];
    this.sort = { key: "event_date", descending: true };
    for (const th of this.headers) {
      th.tabIndex = 0;
      th.addEventListener("click", () => this.sortBy(th.dataset.key));
    }
  }

  sortBy(key) {
    this.sort = { key, descending: this.sort.key === key ? !this.sort.descending : false };
    this.render();
  }

  show(events) {
    this.events = events;
    this.render();
  }

  render() {
    const value = VALUES[this.sort.key];
    const sign = this.sort.descending ? -1 : 1;
    const rows = [...this.events].sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      return (x < y ? -1 : x > y ? 1 : 0) * sign || a.incident_id.localeCompare(b.incident_id);
    });
    for (const th of this.headers) {
      th.setAttribute("aria-sort", th.dataset.key === this.sort.key ? (this.sort.descending ? "descending" : "ascending") : "none");
    }
    clear(this.body);
    for (const event of rows) {
      const open = el("a", { href: `#event/${encodeURIComponent(event.incident_id)}` }, VALUES.event_date(event) || "undated");
      this.body.append(
        el("tr", { "data-id": event.incident_id, class: typeClass(event.event_type) },
          el("td", {}, open),
          el("td", {}, VALUES.event_type(event)),
          el("td", {}, VALUES.actors(event)),
          el("td", {}, VALUES.place(event)),
          el("td", { class: "number" }, event.fatalities === null ? "?" : event.fatalities),
          el("td", {}, VALUES.certainty(event)),
          el("td", { class: "number" }, event.reports),
        ),
      );
    }
  }
}
