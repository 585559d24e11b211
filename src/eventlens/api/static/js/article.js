// An article as text, its evidence sentences highlighted: the text is cut at the evidence offsets and every
// piece goes in as a text node (a <mark> around evidence), so nothing in it is ever read as markup.
import { el } from "./dom.js";

export function spans(evidence, end) {
  const kept = evidence
    .filter((e) => e.start >= 0 && e.end > e.start && e.start < end)
    .map((e) => ({ start: e.start, end: Math.min(e.end, end) }))
    .sort((a, b) => a.start - b.start);
  const merged = [];
  for (const span of kept) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

export function articleText(body, end, evidence) {
  const node = el("div", { class: "article-text" });
  let at = 0;
  for (const span of spans(evidence, end)) {
    if (span.start > at) node.append(document.createTextNode(body.slice(at, span.start)));
    node.append(el("mark", { class: "evidence" }, body.slice(span.start, span.end)));
    at = span.end;
  }
  if (at < end) node.append(document.createTextNode(body.slice(at, end)));
  return node;
}
