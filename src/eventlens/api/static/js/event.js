// The event page: every field of the merged record, the reports merged into it (outlet, date, the article with
// its evidence highlighted, the reader comments apart), where the sources disagree, corrections, and the
// analyst's actions (token-protected).
import * as api from "./api.js";
import { articleText } from "./article.js";
import { readerComments, readerDisputes } from "./comments.js";
import { el, clear, safeLink } from "./dom.js";

const HIDDEN = new Set(["evidence", "provenance"]);
const TOKEN_KEY = "eventlens-token";

function show(value) {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length ? value.join(", ") : "—";
  return String(value);
}

function fieldsTable(record) {
  const rows = Object.entries(record)
    .filter(([name]) => !HIDDEN.has(name))
    .map(([name, value]) => el("tr", {}, el("th", { scope: "row" }, name), el("td", {}, show(value))));
  return el("table", { class: "fields" }, el("tbody", {}, rows));
}

function disagreements(found) {
  const names = Object.keys(found);
  if (!names.length) return el("p", { class: "muted" }, "The reports agree on every field.");
  return el("dl", { class: "disagreements" }, names.map((name) => [
    el("dt", {}, name),
    el("dd", {}, el("ul", {}, found[name].map((v) =>
      el("li", {}, el("strong", {}, show(v.value)), ` — ${v.sources.join(", ") || v.doc_ids.join(", ")}`)))),
  ]));
}

function correctionsList(list) {
  if (!list.length) return el("p", { class: "muted" }, "No analyst corrections.");
  return el("ul", { class: "corrections" }, list.map((c) =>
    el("li", {}, `${c.at.slice(0, 16).replace("T", " ")} ${c.author}: ${c.action}`,
      c.field ? ` ${c.field} = ${show(c.value)}` : "", c.note ? ` — “${c.note}”` : "")));
}

async function report(item) {
  const head = el("header", {},
    el("h4", {}, item.title || item.doc_id),
    el("p", { class: "meta" }, `${item.outlet || "unknown outlet"} · ${item.published || "undated"} · `,
      item.url ? safeLink(item.url, "source") : item.doc_id));
  const section = el("article", { class: "report", "data-doc": item.doc_id }, head);
  try {
    const doc = await api.documentOf(item.doc_id);
    section.append(
      articleText(doc.body, doc.reporting_end, item.evidence),
      el("details", { class: "reader-comments", open: doc.comments.length ? "" : null },
        el("summary", {}, `Reader comments (${doc.comments.length}) — not reporting, not sources`),
        readerComments(doc.comments, doc.comment_summary)));
  } catch (error) {
    section.append(el("p", { class: "error" }, `The article could not be loaded: ${error.message}`));
  }
  return section;
}

function actions(incident, reload) {
  const status = el("p", { class: "action-status", role: "status" });
  const token = el("input", { type: "password", name: "token", placeholder: "operator token", autocomplete: "off" });
  token.value = sessionStorage.getItem(TOKEN_KEY) || "";
  const note = el("input", { type: "text", name: "note", placeholder: "note: source or reason (required)", maxlength: 4000 });
  const field = el("input", { type: "text", name: "field", placeholder: "field, e.g. fatalities" });
  const value = el("input", { type: "text", name: "value", placeholder: "new value" });
  const send = async (action) => {
    const payload = { action, note: note.value.trim() };
    if (action === "edit") {
      payload.field = field.value.trim();
      payload.value = value.value.trim() === "" ? null : isNaN(Number(value.value)) ? value.value.trim() : Number(value.value);
    }
    sessionStorage.setItem(TOKEN_KEY, token.value);
    try {
      await api.postJson(`/api/events/${encodeURIComponent(incident.incident_id)}/corrections`, payload, token.value);
      status.textContent = `${action}: kept`;
      reload();
    } catch (error) {
      status.textContent = `${action} refused: ${error.message}`;
    }
  };
  const button = (label, action) => el("button", { type: "button", onclick: () => send(action) }, label);
  return el("div", { class: "actions" }, token, note, button("Confirm", "confirm"), button("Reject", "reject"),
    el("span", { class: "edit" }, field, value, button("Edit", "edit")), status);
}

export async function renderEvent(container, incidentId) {
  clear(container).append(el("p", {}, "Loading…"));
  let incident;
  try {
    incident = await api.event(incidentId);
  } catch (error) {
    clear(container).append(el("p", { class: "error" }, error.message), el("a", { href: "#" }, "Back to the map"));
    return;
  }
  const r = incident.record;
  const title = `${r.event_date || "undated"} · ${r.sub_event_type || r.event_type || "event"} · ${[r.location, r.admin1, r.country].filter(Boolean).join(", ")}`;
  const reports = el("div", { class: "reports" });
  clear(container).append(
    el("p", {}, el("a", { href: "#" }, "← Back to the map")),
    el("h2", { id: "event-title" }, title),
    el("p", { class: "meta" }, `Incident ${incident.incident_id} · review: ${incident.review} · certainty: ${show(r.certainty)} · ${incident.reports.length} report(s)`),
    readerDisputes(incident.reader_disputes || []),
    el("section", {}, el("h3", {}, "Analyst"), actions(incident, () => renderEvent(container, incidentId)), correctionsList(incident.corrections)),
    el("section", {}, el("h3", {}, "Where the sources disagree"), disagreements(incident.disagreements)),
    el("section", {}, el("h3", {}, "Reports, evidence highlighted"), reports),
    el("section", {}, el("h3", {}, "Fields"), fieldsTable(r)),
  );
  // The reports' articles are fetched together and shown in the incident's order.
  reports.append(...await Promise.all(incident.reports.map(report)));
}
