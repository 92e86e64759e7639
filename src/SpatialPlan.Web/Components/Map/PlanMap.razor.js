// The Leaflet map of the plan: the façade PlanMap.razor.cs calls. Blazor sends small values (layer state, language,
// bounds); the features come straight from the OGC API over HTTP, never through the Blazor circuit. Each concept
// is a module of its own in wwwroot/js/map/; this file only wires them together.
//
// init (from PlanMap.razor.cs): state [{ id, visible, opacity }] bottom to top, fit [w, s, e, n] | null,
// center { lat, lon, zoom } | null, language, basemap, tiandituAvailable, limits { pageSize } (the server's),
// testHooks (load js/map/test-hooks.js: only the end-to-end tests' app enables it).
import * as L from '../../lib/leaflet/leaflet-src.esm.js';
import { Basemaps } from '../../js/map/basemaps.js';
import { CoordinatesReadout } from '../../js/map/coordinates.js';
import { loadGeoman, MeasureDrawing } from '../../js/map/drawing.js';
import { exportView } from '../../js/map/export-download.js';
import { PrintFrame } from '../../js/map/print-frame.js';
import { GeoJsonPaging } from '../../js/map/geojson-paging.js';
import { PlanLayers } from '../../js/map/plan-layers.js';
import { loadVectorGrid } from '../../js/map/vector-tiles.js';

const MIN_ZOOM = 7; // the whole plan area, with room around it
const MAX_ZOOM = 18;

export async function createMap(element, dotnet, init) {
  // Symbology and label policy come from the catalogue endpoint (ETag-cached), in Leaflet's own option names.
  const [catalogue, testHooks] = await Promise.all([
    fetchJson('api/layers'), init.testHooks ? import('../../js/map/test-hooks.js') : null, loadGeoman(),
  ]);
  if (catalogue.layers.some(d => d.vectorTiles)) await loadVectorGrid();
  const view = new PlanMapView(element, dotnet, { ...init, layers: catalogue.layers, extent: catalogue.extent.bbox });
  testHooks?.attach(element, view.map, view.layers); // before the first features arrive, which the tests wait for
  return view;
}

/** `<html lang>` follows the page's language (screen readers, hyphenation, the browser's translate offer). */
function setDocumentLanguage(language) {
  document.documentElement.lang = language === 'en' ? 'en' : 'zh-CN';
}

async function fetchJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return response.json();
}

class PlanMapView {
  constructor(element, dotnet, init) {
    this.element = element;
    this.dotnet = dotnet;
    // A few pixels of tolerance, so a thin line is clickable without pixel-perfect aim (and by finger).
    const renderer = L.canvas({ padding: 0.3, tolerance: 6 });
    this.map = L.map(element.querySelector('.sp-map-canvas'), {
      renderer, zoomSnap: 0.5, attributionControl: true, minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM,
    });
    this.map.attributionControl.setPrefix(false);
    L.control.scale({ metric: true, imperial: false, maxWidth: 160 }).addTo(this.map);
    this.basemaps = new Basemaps(this.map, element, {
      tiandituAvailable: init.tiandituAvailable, maxZoom: MAX_ZOOM, language: init.language,
    });
    this.basemaps.show(init.basemap);

    this.layers = new PlanLayers(this.map, init.layers, {
      renderer, language: init.language, maxNativeZoom: MAX_ZOOM,
      onFeatureClick: (id, featureId) => this.featureClicked(id, featureId),
    });
    for (const s of init.state) this.layers.applyState(s);
    this.layers.setOrder(init.state.map(s => s.id));
    this.paging = new GeoJsonPaging(this.map, { pageSize: init.limits.pageSize });
    this.fitFirstView(init);

    this.drawing = new MeasureDrawing(this.map, {
      onDrawn: geometry => this.dotnet.invokeMethodAsync('ShapeDrawn', JSON.stringify(geometry)),
    });
    this.drawing.setLanguage(init.language);
    setDocumentLanguage(init.language);
    this.printFrame = new PrintFrame(this.map);
    this.coordinates = new CoordinatesReadout(this.map, element.querySelector('.sp-coordinates'));
    this.map.on('moveend', () => this.refresh());
    this.firstDraw = null;
    this.refresh();
  }

  fitFirstView({ extent: b, fit, center }) {
    const f = fit ?? b;
    if (center) this.map.setView([center.lat, center.lon], center.zoom);
    else this.map.fitBounds([[f[1], f[0]], [f[3], f[2]]], { paddingTopLeft: [24, 24], paddingBottomRight: [24, 24 + this.sheetHeight()] });
    this.map.setMaxBounds([[b[1] - 0.5, b[0] - 0.5], [b[3] + 0.5, b[2] + 0.5]]);
  }

  /** On a phone the panel is a bottom sheet over the map: what it covers is not part of the view to fit. */
  sheetHeight() {
    const sheet = this.element.closest('.sp-app')?.querySelector('.sp-sidebar');
    return sheet && getComputedStyle(sheet).position === 'absolute' ? sheet.offsetHeight : 0;
  }

  featureClicked(id, featureId) {
    // While drawing, a click places a vertex (the map's click reaches Geoman); it identifies nothing.
    if (!this.drawing.active) this.dotnet.invokeMethodAsync('FeatureClicked', id, featureId);
  }

  setLayer(s) {
    if (this.layers.applyState(s)) this.refresh();
    this.layers.restack();
  }

  setOrder(ids) {
    this.layers.setOrder(ids);
  }

  startDrawing(kind) {
    this.drawing.start(kind);
  }

  clearDrawing() {
    this.drawing.clear();
  }

  exportMap(spec) {
    return exportView(this.map, spec);
  }

  showPrintFrame(sheet) {
    this.printFrame.show(sheet);
  }

  setLanguage(language, title) {
    setDocumentLanguage(language);
    if (title) document.title = title; // the page title lives in the static head, outside the circuit
    this.basemaps.setLanguage(language);
    this.drawing.setLanguage(language);
    this.layers.setLanguage(language);
  }

  setBasemap(name) {
    this.basemaps.show(name);
  }

  fitBounds(minLon, minLat, maxLon, maxLat) {
    this.map.fitBounds([[minLat, minLon], [maxLat, maxLon]], {
      paddingTopLeft: [40, 40], paddingBottomRight: [40, 40 + this.sheetHeight()], maxZoom: 14,
    });
  }

  setUrl(query) {
    history.replaceState(history.state, '', location.pathname + query);
  }

  /** Loads each visible GeoJSON layer for the current view (tiled layers fetch their own tiles), then reports it. */
  async refresh() {
    const paged = this.layers.pagedEntries();
    await this.paging.load(paged);
    this.layers.restack(); // once, after every layer's new features were added on top
    if (this.firstDraw === null && paged.length > 0) {
      this.firstDraw = performance.now();
      this.element.dataset.firstDrawMs = Math.round(this.firstDraw);
      this.element.dataset.loaded = 'true';
    }
    const c = this.map.getCenter();
    this.dotnet.invokeMethodAsync('ViewChanged', c.lat, c.lng, Math.round(this.map.getZoom()), this.layers.counts());
  }

  dispose() {
    this.printFrame.show(null);
    this.layers.dispose();
    this.drawing.dispose();
    this.map.remove();
  }
}
