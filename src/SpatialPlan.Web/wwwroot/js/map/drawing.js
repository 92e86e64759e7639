// Drawing: one shape at a time to measure (Leaflet-Geoman), and shapes measured or saved elsewhere shown on the map.
//
// Options of MeasureDrawing:
//   shapeStyle   Leaflet Path options of the drawn shape
//   onDrawn      (geometry) => void, called with the GeoJSON geometry of a finished shape
import * as L from '../../lib/leaflet/leaflet-src.esm.js';

const DEFAULT_OPTIONS = {
  shapeStyle: { color: '#1f4e79', weight: 2, fillColor: '#4a90d9', fillOpacity: 0.25 },
  onDrawn: () => {},
};

/**
 * Leaflet-Geoman is a classic bundle that extends a global L. The ESM namespace is frozen, so it gets a copy holding
 * the same classes; it must load before the map exists (it adds init hooks).
 */
export async function loadGeoman() {
  if (!globalThis.L) globalThis.L = { ...L };
  if (!globalThis.L.PM) await import('../../lib/geoman/leaflet-geoman.min.js');
}

export class MeasureDrawing {
  constructor(map, options) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
    this.map = map;
    this.shapes = L.featureGroup().addTo(map);
    map.on('pm:create', e => this.finished(e.layer));
  }

  setLanguage(language) {
    this.map.pm.setLang(language === 'en' ? 'en' : 'zh');
  }

  /** While drawing, a click places a vertex; it must identify nothing. */
  get active() {
    return this.map.pm.globalDrawModeEnabled();
  }

  /** Draws one shape to measure: 'Polygon' or 'Line'. The previous shape is cleared. */
  start(kind) {
    this.clear();
    const line = kind === 'Line';
    this.map.pm.enableDraw(line ? 'Line' : 'Polygon', {
      snappable: false, continueDrawing: false, finishOn: line ? 'dblclick' : null, pathOptions: this.options.shapeStyle,
    });
  }

  clear() {
    this.map.pm.disableDraw();
    this.shapes.clearLayers();
  }

  finished(layer) {
    this.shapes.clearLayers();
    this.shapes.addLayer(layer);
    layer.pm?.disable();
    this.options.onDrawn(layer.toGeoJSON().geometry);
  }

  dispose() {
    this.map.pm?.disableDraw();
  }
}
