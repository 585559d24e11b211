// Weekly counts by type as stacked bars (SVG built node by node). Dragging across weeks selects them: the
// dashboard then filters the map and the table to those weeks.
import { TYPE_COLORS, typeColor } from "./colors.js";

const SVG = "http://www.w3.org/2000/svg";
const HEIGHT = 120;
const PAD = 18;
const DAY = 86400000;

function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}

function isoDay(time) {
  return new Date(time).toISOString().slice(0, 10);
}

export class Timeline {
  constructor(container, onBrush) {
    this.container = container;
    this.onBrush = onBrush;
    this.weeks = [];
  }

  show(byWeek, selected) {
    const counts = new Map();
    for (const row of byWeek) {
      const week = counts.get(row.week) || {};
      week[row.event_type || ""] = (week[row.event_type || ""] || 0) + row.count;
      counts.set(row.week, week);
    }
    const starts = [...counts.keys()].sort();
    this.weeks = [];
    if (starts.length) {
      // Every week between the first and the last, empty ones too: time is drawn to scale.
      for (let t = Date.parse(starts[0]); t <= Date.parse(starts[starts.length - 1]); t += 7 * DAY) {
        const week = isoDay(t);
        this.weeks.push({ week, types: counts.get(week) || {} });
      }
    }
    this.draw(selected);
  }

  draw(selected) {
    const width = Math.max(this.container.clientWidth || 400, 200);
    const root = svg("svg", { width, height: HEIGHT, class: "timeline", role: "img" });
    this.container.replaceChildren(root);
    if (!this.weeks.length) {
      const note = svg("text", { x: 10, y: HEIGHT / 2 });
      note.textContent = "no dated events";
      root.append(note);
      return;
    }
    const max = Math.max(...this.weeks.map((w) => Object.values(w.types).reduce((a, b) => a + b, 0)), 1);
    const step = (width - 2) / this.weeks.length;
    const scale = (HEIGHT - PAD - 4) / max;
    this.weeks.forEach((week, index) => {
      let y = HEIGHT - PAD;
      for (const type of [...Object.keys(TYPE_COLORS), ""]) {
        const count = week.types[type] || 0;
        if (!count) continue;
        const h = count * scale;
        y -= h;
        const bar = svg("rect", {
          x: 1 + index * step, y, width: Math.max(step - 1, 1), height: h, fill: typeColor(type),
          class: "bar", "data-week": week.week,
        });
        const tip = svg("title");
        tip.textContent = `week of ${week.week}: ${count} ${type || "other"}`;
        bar.append(tip);
        root.append(bar);
      }
    });
    const first = svg("text", { x: 2, y: HEIGHT - 4, class: "axis" });
    first.textContent = this.weeks[0].week;
    const last = svg("text", { x: width - 2, y: HEIGHT - 4, class: "axis", "text-anchor": "end" });
    last.textContent = this.weeks[this.weeks.length - 1].week;
    root.append(first, last);
    if (selected) this.drawSelection(root, step, selected);
    this.listen(root, step);
  }

  drawSelection(root, step, [since, until]) {
    const from = this.weeks.findIndex((w) => w.week >= isoDay(Date.parse(since) - 6 * DAY));
    const to = this.weeks.findLastIndex((w) => w.week <= until);
    if (from < 0 || to < from) return;
    root.append(svg("rect", { x: 1 + from * step, y: 0, width: (to - from + 1) * step, height: HEIGHT - PAD, class: "brush" }));
  }

  listen(root, step) {
    let start = null;
    let band = null;
    const index = (event) => {
      const box = root.getBoundingClientRect();
      return Math.min(this.weeks.length - 1, Math.max(0, Math.floor((event.clientX - box.left) / step)));
    };
    root.addEventListener("pointerdown", (event) => {
      start = index(event);
      band = svg("rect", { x: 1 + start * step, y: 0, width: step, height: HEIGHT - PAD, class: "brush" });
      root.append(band);
      root.setPointerCapture?.(event.pointerId);
    });
    root.addEventListener("pointermove", (event) => {
      if (start === null) return;
      const end = index(event);
      band.setAttribute("x", 1 + Math.min(start, end) * step);
      band.setAttribute("width", (Math.abs(end - start) + 1) * step);
    });
    root.addEventListener("pointerup", (event) => {
      if (start === null) return;
      const end = index(event);
      const [a, b] = [Math.min(start, end), Math.max(start, end)];
      start = null;
      const since = this.weeks[a].week;
      const until = isoDay(Date.parse(this.weeks[b].week) + 6 * DAY);
      this.onBrush(since, until);
    });
  }
}
