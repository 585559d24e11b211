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

// The server's offsets count code points (Python's str); a JavaScript string counts UTF-16 units, two for an
// emoji or any character past U+FFFF. Unconverted, every such character before an offset would shift the cut
// one unit left (and could split the character in two). Returns the offset in units for a code point offset;
// one past the text stays past it, so spans() drops it as before.
export function unitIndex(text) {
  if (!/[\uD800-\uDFFF]/.test(text)) return (offset) => offset;
  const units = [];
  let unit = 0;
  for (const character of text) {
    units.push(unit);
    unit += character.length;
  }
  return (offset) => {
    if (offset < 0) return offset;
    return offset < units.length ? units[offset] : unit + offset - units.length;
  };
}

// Evidence spans with their offsets in UTF-16 units of `text`.
export function inUnits(text, evidence) {
  const index = unitIndex(text);
  return evidence.map((e) => ({ ...e, start: index(e.start), end: index(e.end) }));
}

export function articleText(body, reportingEnd, evidence) {
  const node = el("div", { class: "article-text" });
  const end = unitIndex(body)(reportingEnd);
  let at = 0;
  for (const span of spans(inUnits(body, evidence), end)) {
    if (span.start > at) node.append(document.createTextNode(body.slice(at, span.start)));
    node.append(el("mark", { class: "evidence" }, body.slice(span.start, span.end)));
    at = span.end;
  }
  if (at < end) node.append(document.createTextNode(body.slice(at, end)));
  return node;
}
