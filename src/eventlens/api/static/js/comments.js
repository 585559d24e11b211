// Reader comments under a report: each with its labels as badges (hate marked apart from disputes), the words
// that raised a label highlighted inside its text, the article's summary line above the list, and a moderator
// toggle that keeps hateful comments collapsed until a click reveals one. Comment text is hostile: it is cut at
// the evidence offsets and goes in only as text nodes and <mark>s, never as markup.
import { el } from "./dom.js";
import { inUnits, spans } from "./article.js";

const HATE = new Set(["identity_attack", "dehumanizing"]);
const HIDE_KEY = "eventlens-hide-hateful";
const NAMES = {
  toxic: "toxic",
  insult: "insult",
  identity_attack: "identity attack",
  dehumanizing: "dehumanizing",
  celebrates_violence: "celebrates violence",
  disputes_attribution: "disputes attribution",
  disputes_sourcing: "disputes sourcing",
  disputes_casualties: "disputes casualties",
  off_topic: "off topic",
};

function kind(label) {
  if (HATE.has(label)) return "hate";
  if (label.startsWith("disputes_")) return "dispute";
  if (label === "off_topic") return "aside";
  return "toxic";
}

export const isHateful = (comment) => comment.labels.some((label) => HATE.has(label));

function badges(comment) {
  if (!comment.scored) return [el("span", { class: "badge badge-unscored" }, "not scored")];
  return comment.labels.map((label) =>
    el("span", { class: `badge badge-${kind(label)}`, "data-label": label }, NAMES[label] || label));
}

// The comment's text with its evidence words in <mark>s (overlapping spans of several labels merged).
export function commentText(text, serverEvidence) {
  const node = el("span", { class: "comment-text" });
  const evidence = inUnits(text, serverEvidence);
  const labelsAt = (span) => evidence.filter((e) => e.start < span.end && e.end > span.start).map((e) => NAMES[e.label] || e.label);
  let at = 0;
  for (const span of spans(evidence, text.length)) {
    if (span.start > at) node.append(document.createTextNode(text.slice(at, span.start)));
    const labels = [...new Set(labelsAt(span))];
    node.append(el("mark", { class: "comment-evidence", title: labels.join(", ") }, text.slice(span.start, span.end)));
    at = span.end;
  }
  if (at < text.length) node.append(document.createTextNode(text.slice(at)));
  return node;
}

function counted(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

export function summaryLine(summary, count) {
  if (!count) return el("p", { class: "comment-summary muted" }, "No reader comments.");
  if (!summary) {
    return el("p", { class: "comment-summary unscored" },
      `${counted(count, "comment", "comments")}, not scored yet (eventlens db rescore-comments scores them).`);
  }
  const disputes = summary.disputed.map((claim) => `${claim} (${counted(summary.disputes[claim], "comment", "comments")})`);
  return el("p", { class: "comment-summary" },
    `${counted(summary.comments, "comment", "comments")} · `,
    el("span", { class: summary.hateful ? "hateful-count" : null }, `${summary.hateful} hateful`),
    ` · ${summary.toxic} toxic · `,
    disputes.length ? el("span", { class: "disputed-claims" }, `readers dispute: ${disputes.join(", ")}`) : "no claim disputed");
}

function commentItem(comment) {
  const hateful = comment.scored && isHateful(comment);
  const body = el("div", { class: "comment-body" },
    el("span", { class: "author" }, comment.author || "anonymous"), ": ", commentText(comment.text, comment.evidence || []));
  const item = el("li", { class: hateful ? "comment hateful" : "comment" },
    el("div", { class: "badges" }, badges(comment)), body);
  if (hateful) {
    const reveal = el("button", { type: "button", class: "reveal" }, "Hateful comment hidden — show");
    reveal.addEventListener("click", () => collapse(item, false));
    item.insertBefore(reveal, body);
  }
  return item;
}

function collapse(item, hidden) {
  item.classList.toggle("collapsed", hidden);
  item.querySelector(".comment-body").hidden = hidden;
  item.querySelector(".reveal").hidden = !hidden;
}

export function readerComments(list, summary) {
  const hide = localStorage.getItem(HIDE_KEY) !== "no";
  const items = list.map(commentItem);
  const hateful = items.filter((item) => item.classList.contains("hateful"));
  for (const item of hateful) collapse(item, hide);
  const toggle = el("input", { type: "checkbox", name: "hide-hateful", checked: hide ? "" : null });
  toggle.addEventListener("change", () => {
    localStorage.setItem(HIDE_KEY, toggle.checked ? "yes" : "no");
    for (const item of hateful) collapse(item, toggle.checked);
  });
  return el("div", { class: "comments-block" },
    summaryLine(summary, list.length),
    hateful.length ? el("label", { class: "moderator" }, toggle, " Hide hateful comments (moderator)") : null,
    list.length ? el("ol", { class: "comments" }, items) : null);
}

// What readers dispute across the incident's reports: shown apart from the record's certainty.
export function readerDisputes(disputes) {
  if (!disputes.length) return null;
  const parts = disputes.map((d) =>
    `${d.claim} (${counted(d.comments, "comment", "comments")} across ${counted(d.reports, "report", "reports")})`);
  return el("p", { class: "reader-disputes" },
    el("strong", {}, "Readers dispute: "), parts.join("; "),
    el("span", { class: "muted" }, " — from reader comments, which are not sources: the certainty above is the reports' own."));
}
