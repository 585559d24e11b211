// The map: an offline world basemap (Natural Earth countries from world-atlas, via topojson-client), events as
// markers coloured by type and sized by fatalities, clustered when dense. Precision is shown honestly: an event
// placed only to a region (geo_precision 3) is an area, not a pin.
import { TYPE_COLORS, typeColor } from "./colors.js";
import { el, clear } from "./dom.js";

const REGION_RADIUS_M = 30000; // what "somewhere in this district or region" covers, roughly

export function markerSize(fatalities) {
  const dead = Math.max(0, Number(fatalities) || 0);
  return Math.round(12 + Math.min(28, 6 * Math.sqrt(dead)));
}

export class EventMap {
  constructor(container, onSelect) {
    this.onSelect = onSelect;
    // No tile layer sets a zoom range, and the cluster group needs one.
    this.map = L.map(container, { worldCopyJump: true, minZoom: 1, maxZoom: 13 }).setView([20, 20], 2);
    this.map.attributionControl.addAttribution("Natural Earth (world-atlas)");
    this.clusters = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40, animate: false });
    this.areas = L.layerGroup();
    this.map.addLayer(this.areas);
    this.map.addLayer(this.clusters);
  }

  async loadBasemap(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`basemap: ${response.status}`);
    const topo = await response.json();
    const countries = topojson.feature(topo, topo.objects.countries);
    const style = { className: "country", fillColor: "#f2efe9", fillOpacity: 1, color: "#b0a999", weight: 0.6 };
    // Its own pane under the events' (overlays are at 400): however late it loads, it never covers an area.
    this.map.createPane("basemap").style.zIndex = 250;
    L.geoJSON(countries, { style, pane: "basemap", interactive: false }).addTo(this.map);
  }

  // An online tile layer the operator allowed (`eventlens serve --online-tiles`), switched on by the user only.
  offerOnlineTiles(template, container) {
    const host = new URL(template.replaceAll(/[{}]/g, "")).host;
    const layer = L.tileLayer(template, { attribution: `online tiles: ${host}`, maxZoom: 13 });
    const box = el("input", { type: "checkbox", id: "online-tiles" });
    box.addEventListener("change", () => (box.checked ? layer.addTo(this.map) : layer.remove()));
    container.append(el("label", { class: "legend-item" }, box, `online map tiles (${host})`));
  }

  show(events) {
    this.clusters.clearLayers();
    this.areas.clearLayers();
    const bounds = [];
    for (const event of events) {
      if (event.latitude === null || event.longitude === null) continue;
      const latlng = [event.latitude, event.longitude];
      const layer = event.geo_precision === 3 ? this.area(event, latlng) : this.marker(event, latlng);
      layer.on("click", () => this.onSelect(event.incident_id));
      layer.bindTooltip(`${event.event_date || "?"} · ${event.sub_event_type || event.event_type || "event"} · ${event.location || ""}`);
      (event.geo_precision === 3 ? this.areas : this.clusters).addLayer(layer);
      bounds.push(latlng);
    }
    if (bounds.length) this.map.fitBounds(bounds, { maxZoom: 8, padding: [30, 30], animate: false });
  }

  marker(event, latlng) {
    const size = markerSize(event.fatalities);
    const dot = el("div", { class: "event-dot", "data-id": event.incident_id, title: event.incident_id });
    dot.style.width = dot.style.height = `${size}px`;
    dot.style.background = typeColor(event.event_type);
    const icon = L.divIcon({ html: dot, className: "event-icon", iconSize: [size, size] });
    return L.marker(latlng, { icon, keyboard: true, title: event.location || event.incident_id });
  }

  area(event, latlng) {
    const color = typeColor(event.event_type);
    return L.circle(latlng, {
      radius: REGION_RADIUS_M,
      color,
      fillColor: color,
      fillOpacity: 0.2,
      weight: 2,
      dashArray: "4 4",
      className: "event-area",
    });
  }
}

export function drawLegend(container) {
  clear(container);
  for (const [type, color] of Object.entries(TYPE_COLORS)) {
    const swatch = el("span", { class: "swatch" });
    swatch.style.background = color;
    container.append(el("span", { class: "legend-item" }, swatch, type));
  }
  const area = el("span", { class: "swatch area" });
  container.append(el("span", { class: "legend-item" }, area, "placed to a region only (area)"));
  container.append(el("span", { class: "legend-item" }, "size: fatalities"));
}
