// Layers and styles: one Leaflet layer per catalogue layer, with the planner's state (visible, opacity) and the draw
// order. GeoJSON layers share one canvas; a tiled layer (vector-tiles.js) has a pane of its own.
//
// Options of PlanLayers:
//   renderer        the canvas every GeoJSON layer draws on
//   language        'zh' or 'en', for labels (labels.js)
//   maxNativeZoom   passed to the tiled layers (vector-tiles.js)
//   onFeatureClick  (layerId, featureId) => void, for layers outside the basemap group
// An entry is { def, state: { visible, opacity }, group, tiled, pane, aborter, count }; geojson-paging.js fills
// `group`, `aborter` and `count` of the GeoJSON entries.
import * as L from '../../lib/leaflet/leaflet-src.esm.js';
import { atOpacity, styleOf } from './symbology.js';
import { bindLabel, relabel } from './labels.js';
import { tiledLayer, TILED_PANE_Z_INDEX } from './vector-tiles.js';

export class PlanLayers {
  constructor(map, defs, options) {
    this.options = options;
    this.map = map;
    this.language = options.language;
    this.entries = new Map();
    this.order = [];
    for (const def of defs) {
      this.entries.set(def.id, def.vectorTiles ? this.tiledEntry(def) : this.geoJsonEntry(def));
    }
  }

  geoJsonEntry(def) {
    const { renderer } = this.options;
    const group = L.geoJSON(null, {
      renderer,
      style: f => this.styleFor(def.id, f),
      pointToLayer: (f, latlng) => L.circleMarker(latlng, { renderer, ...this.styleFor(def.id, f) }),
      interactive: def.group !== 'basemap',
      onEachFeature: (f, layer) => {
        layer.featureId = f.id;
        bindLabel(def, f, layer, this.language);
      },
    });
    if (def.group !== 'basemap') group.on('click', e => this.clicked(def.id, (e.propagatedFrom ?? e.layer)?.featureId));
    return { def, state: { visible: true, opacity: 1 }, group, tiled: false, aborter: null, count: null };
  }

  tiledEntry(def) {
    const { grid, pane } = tiledLayer(this.map, def, {
      maxNativeZoom: this.options.maxNativeZoom, style: styleOf, onClick: id => this.clicked(def.id, id),
    });
    return { def, state: { visible: true, opacity: 1 }, group: grid, pane, tiled: true, count: def.featureCount };
  }

  /** What a GeoJSON feature is drawn with: its catalogue style at the layer's opacity. */
  styleFor(id, feature) {
    const entry = this.entries.get(id);
    return atOpacity(styleOf(entry.def, feature.properties), entry.state.opacity);
  }

  clicked(id, featureId) {
    if (featureId !== undefined && featureId !== null) this.options.onFeatureClick(id, String(featureId));
  }

  /** Applies { id, visible, opacity }; true when it made a hidden layer visible (its features need loading). */
  applyState(s) {
    const entry = this.entries.get(s.id);
    if (!entry) return false;
    const wasVisible = entry.state.visible;
    entry.state = { visible: s.visible, opacity: s.opacity };
    if (s.visible && !this.map.hasLayer(entry.group)) entry.group.addTo(this.map);
    if (!s.visible && this.map.hasLayer(entry.group)) entry.group.remove();
    if (entry.tiled) entry.pane.style.opacity = s.opacity;
    else entry.group.setStyle(f => this.styleFor(s.id, f));
    return s.visible && !wasVisible;
  }

  /** Draw order bottom to top: one canvas, so re-adding in order is the order of drawing and of clicks. */
  setOrder(ids) {
    this.order = ids;
    let tiledRank = 0;
    for (const id of ids) {
      const entry = this.entries.get(id);
      if (entry?.tiled) entry.pane.style.zIndex = TILED_PANE_Z_INDEX + tiledRank++;
      else if (entry && this.map.hasLayer(entry.group)) entry.group.bringToFront();
    }
  }

  /** Draws again in the last order given (after new features were added on top). */
  restack() {
    this.setOrder([...this.order]);
  }

  setLanguage(language) {
    this.language = language;
    for (const entry of this.entries.values()) {
      if (!entry.tiled) relabel(entry.def, entry.group, language);
    }
  }

  /** The visible GeoJSON entries: the ones the view's pages are loaded for. */
  pagedEntries() {
    return [...this.entries.values()].filter(e => e.state.visible && !e.tiled);
  }

  /** Features in view per layer; -1 for a hidden layer. */
  counts() {
    return Object.fromEntries([...this.entries].map(([id, e]) => [id, e.state.visible ? e.count : -1]));
  }

  dispose() {
    for (const e of this.entries.values()) e.aborter?.abort();
  }
}
