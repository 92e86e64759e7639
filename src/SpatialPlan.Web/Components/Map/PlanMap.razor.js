// The Leaflet map of the plan. Blazor sends small values (layer state, language, bounds); the features
// come straight from the OGC API over HTTP, never through the Blazor circuit.
import * as L from '../../lib/leaflet/leaflet-src.esm.js';

const LABEL_GROUPS = new Set(['structure']);
const OFFLINE_ATTRIBUTION = 'GSHHG · © OpenStreetMap contributors · 示意 schematic';
const GAUSS_KRUGER_120 = '+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';

export async function createMap(element, dotnet, init) {
  // Symbology comes from the catalogue endpoint (ETag-cached), in Leaflet's own option names.
  const [catalogue] = await Promise.all([fetchJson('api/layers'), loadGeoman()]);
  if (catalogue.layers.some(d => d.vectorTiles)) await loadVectorGrid();
  return new PlanMapView(element, dotnet, { ...init, layers: catalogue.layers, extent: catalogue.extent.bbox });
}

async function fetchJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return response.json();
}

/**
 * Leaflet-Geoman (drawing) is a classic bundle that extends a global L. The ESM namespace is frozen,
 * so it gets a copy holding the same classes; it must load before the map exists (it adds init hooks).
 */
async function loadGeoman() {
  if (!globalThis.L) globalThis.L = { ...L };
  if (!globalThis.L.PM) await import('../../lib/geoman/leaflet-geoman.min.js');
}

/**
 * Leaflet.VectorGrid is a classic bundle too, extending the same global L as Geoman. Its canvas renderer still
 * calls L.DomEvent.fakeStop, which Leaflet 1.8 removed (Leaflet.VectorGrid#274): give the global copy one.
 */
async function loadVectorGrid() {
  if (!globalThis.L.DomEvent.fakeStop) globalThis.L.DomEvent = { ...L.DomEvent, fakeStop: L.DomEvent.stop };
  if (!globalThis.L.vectorGrid) await import('../../lib/vectorgrid/Leaflet.VectorGrid.bundled.min.js');
}

class PlanMapView {
  constructor(element, dotnet, init) {
    this.element = element;
    this.dotnet = dotnet;
    this.language = init.language;
    this.layers = new Map(); // id -> { def, state, group, aborter, count }
    this.renderer = L.canvas({ padding: 0.3 });
    this.map = L.map(element.querySelector('.sp-map-canvas'), {
      renderer: this.renderer, zoomSnap: 0.5, attributionControl: true, minZoom: 7, maxZoom: 18,
    });
    this.map.attributionControl.setPrefix(false);
    L.control.scale({ metric: true, imperial: false, maxWidth: 160 }).addTo(this.map);
    this.basemaps = createBasemaps(init.tiandituAvailable);
    this.basemap = null;
    this.setBasemap(init.basemap);

    for (const def of init.layers) {
      if (def.vectorTiles) {
        const pane = this.map.createPane(`sp-tiles-${def.id}`);
        this.layers.set(def.id, { def, state: { visible: true, opacity: 1 }, group: this.tiledLayer(def, pane), pane, tiled: true, count: def.featureCount });
        continue;
      }
      const group = L.geoJSON(null, {
        renderer: this.renderer,
        style: f => this.styleFor(def.id, f),
        pointToLayer: (f, latlng) => L.circleMarker(latlng, { renderer: this.renderer, ...this.styleFor(def.id, f) }),
        interactive: def.group !== 'basemap',
        onEachFeature: (f, layer) => this.decorate(def, f, layer),
      });
      if (def.group !== 'basemap') {
        group.on('click', e => this.onFeatureClick(def.id, e));
      }
      this.layers.set(def.id, { def, state: { visible: true, opacity: 1 }, group, aborter: null, count: null });
    }
    for (const s of init.state) this.applyState(s);
    this.setOrder(init.state.map(s => s.id));

    const b = init.extent;
    const f = init.fit ?? b;
    if (init.center) {
      this.map.setView([init.center.lat, init.center.lon], init.center.zoom);
    } else {
      this.map.fitBounds([[f[1], f[0]], [f[3], f[2]]], { padding: [24, 24] });
    }
    this.map.setMaxBounds([[b[1] - 0.5, b[0] - 0.5], [b[3] + 0.5, b[2] + 0.5]]);

    this.drawing = L.featureGroup().addTo(this.map);
    this.map.pm.setLang(init.language === 'en' ? 'en' : 'zh');
    this.map.on('pm:create', e => this.onShapeDrawn(e.layer));

    this.coordinates = element.querySelector('.sp-coordinates');
    this.map.on('mousemove', e => this.showCoordinates(e.latlng));
    this.map.on('moveend', () => this.refresh());
    this.firstDraw = null;
    this.exposeForTests();
    this.refresh();
  }

  styleFor(id, feature) {
    const entry = this.layers.get(id);
    const style = this.baseStyleFor(entry.def, feature);
    const k = entry.state.opacity;
    style.opacity = (style.opacity ?? 1) * k;
    style.fillOpacity = (style.fillOpacity ?? 0.2) * k;
    return style;
  }

  /**
   * A big collection drawn from the server's vector tiles (the catalogue says which): styled by the same rules as
   * GeoJSON, in its own pane above the GeoJSON canvas (opaque land would hide it below), opacity on the pane.
   */
  tiledLayer(def, pane) {
    pane.style.zIndex = 450;
    const interactive = def.group !== 'basemap';
    const grid = globalThis.L.vectorGrid.protobuf(def.vectorTiles, {
      pane, interactive, rendererFactory: globalThis.L.canvas.tile, maxNativeZoom: 18,
      getFeatureId: f => f.properties.id,
      vectorTileLayerStyles: { [def.id]: properties => ({ ...this.baseStyleFor(def, { properties }), fill: true }) },
    });
    if (interactive) grid.on('click', e => this.onFeatureClick(def.id, { layer: { featureId: e.layer?.properties?.id } }));
    grid.on('tileload', () => { this.tilesLoaded = (this.tilesLoaded ?? 0) + 1; });
    return grid;
  }

  /** The catalogue's style of one feature: the layer's, with its category's on top. */
  baseStyleFor(def, feature) {
    const style = withDefined({}, def.style);
    const value = def.categories ? feature.properties?.[def.categories.field] : undefined;
    const cls = def.categories?.classes.find(c => c.value === value);
    return withDefined(style, cls?.style);
  }

  decorate(def, feature, layer) {
    layer.featureId = feature.id;
    if (LABEL_GROUPS.has(def.group) && def.labelField && layer instanceof L.Polygon && feature.properties?.[def.labelField]) {
      // An element with textContent, never an HTML string: property values are text.
      layer.bindTooltip(labelElement(this.labelText(def, feature)), {
        permanent: true, direction: 'center', className: 'sp-label', interactive: false,
      });
    }
  }

  labelText(def, feature) {
    const p = feature.properties;
    return (this.language === 'en' ? p.name_en : null) ?? p[def.labelField];
  }

  onFeatureClick(id, e) {
    // While drawing, a click places a vertex (the map's click reaches Geoman); it identifies nothing.
    if (this.map.pm.globalDrawModeEnabled()) return;
    const featureId = (e.propagatedFrom ?? e.layer)?.featureId;
    if (featureId !== undefined && featureId !== null) {
      this.dotnet.invokeMethodAsync('FeatureClicked', id, String(featureId));
    }
  }

  applyState(s) {
    const entry = this.layers.get(s.id);
    if (!entry) return;
    const wasVisible = entry.state.visible;
    entry.state = { visible: s.visible, opacity: s.opacity };
    if (s.visible && !this.map.hasLayer(entry.group)) entry.group.addTo(this.map);
    if (!s.visible && this.map.hasLayer(entry.group)) entry.group.remove();
    if (entry.tiled) entry.pane.style.opacity = s.opacity;
    else entry.group.setStyle(f => this.styleFor(s.id, f));
    return s.visible && !wasVisible;
  }

  setLayer(s) {
    if (this.applyState(s)) this.refresh();
    this.setOrder([...this.order]);
  }

  /** Draw order bottom to top: one canvas, so re-adding in order is the order of drawing and of clicks. */
  setOrder(ids) {
    this.order = ids;
    let tiledRank = 0;
    for (const id of ids) {
      const entry = this.layers.get(id);
      if (entry?.tiled) entry.pane.style.zIndex = 450 + tiledRank++;
      else if (entry && this.map.hasLayer(entry.group)) entry.group.bringToFront();
    }
  }

  /** Draws one shape to measure: 'Polygon' or 'Line'. The previous shape is cleared. */
  startDrawing(kind) {
    this.clearDrawing();
    this.map.pm.enableDraw(kind === 'Line' ? 'Line' : 'Polygon', {
      snappable: false, continueDrawing: false, finishOn: kind === 'Line' ? 'dblclick' : null,
      pathOptions: { color: '#1f4e79', weight: 2, fillColor: '#4a90d9', fillOpacity: 0.25 },
    });
  }

  clearDrawing() {
    this.map.pm.disableDraw();
    this.drawing.clearLayers();
  }

  /** Shows a shape measured or saved elsewhere (GeoJSON geometry) and zooms to it. */
  showShape(geometry) {
    this.clearDrawing();
    const layer = L.geoJSON(geometry, { style: { color: '#1f4e79', weight: 2, fillColor: '#4a90d9', fillOpacity: 0.25 } });
    this.drawing.addLayer(layer);
    this.map.fitBounds(layer.getBounds(), { padding: [60, 60], maxZoom: 15 });
  }

  onShapeDrawn(layer) {
    this.drawing.clearLayers();
    this.drawing.addLayer(layer);
    layer.pm?.disable();
    this.dotnet.invokeMethodAsync('ShapeDrawn', JSON.stringify(layer.toGeoJSON().geometry));
  }

  /**
   * Exports the current view: the spec from the page plus this map's bounds, posted to /api/export.
   * The file goes straight to a download; only its name and size go back to .NET.
   */
  async exportMap(spec) {
    const b = this.map.getBounds();
    const bbox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(n => Number(n.toFixed(6)));
    const response = await fetch('api/export', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ...spec, bbox }),
    });
    if (!response.ok) {
      let detail = response.statusText;
      try { detail = (await response.json()).detail ?? detail; } catch { /* not problem+json */ }
      return { ok: false, status: response.status, detail, fileName: null, bytes: 0 };
    }
    const blob = await response.blob();
    const fileName = fileNameFrom(response.headers.get('Content-Disposition')) ?? 'map';
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return { ok: true, status: response.status, detail: null, fileName, bytes: blob.size };
  }

  setLanguage(language) {
    this.language = language;
    this.map.pm.setLang(language === 'en' ? 'en' : 'zh');
    for (const { def, group, tiled } of this.layers.values()) {
      if (tiled) continue;
      group.eachLayer(layer => {
        if (layer.getTooltip()) layer.setTooltipContent(labelElement(this.labelText(def, layer.feature)));
      });
    }
  }

  setBasemap(name) {
    if (this.basemap) this.basemap.remove();
    this.basemap = this.basemaps[name] ?? null;
    if (this.basemap) this.basemap.addTo(this.map);
    const offline = !this.basemap;
    this.element.classList.toggle('sp-offline', offline);
    // The offline basemap is drawn from the land and boundary collections: credit their sources.
    this.map.attributionControl[offline ? 'addAttribution' : 'removeAttribution'](OFFLINE_ATTRIBUTION);
  }

  fitBounds(minLon, minLat, maxLon, maxLat) {
    this.map.fitBounds([[minLat, minLon], [maxLat, maxLon]], { padding: [40, 40], maxZoom: 14 });
  }

  setUrl(query) {
    history.replaceState(history.state, '', location.pathname + query);
  }

  showCoordinates(latlng) {
    if (!this.coordinates) return;
    const [x, y] = globalThis.proj4 ? globalThis.proj4('EPSG:4326', GAUSS_KRUGER_120, [latlng.lng, latlng.lat]) : [NaN, NaN];
    this.coordinates.textContent =
      `${latlng.lng.toFixed(5)}°E ${latlng.lat.toFixed(5)}°N · EPSG:4549 x ${x.toFixed(1)} y ${y.toFixed(1)}`;
  }

  /** Loads each visible layer for the current view (padded) from the OGC API, replacing what it had. */
  async refresh() {
    const bounds = this.map.getBounds().pad(0.25);
    const bbox = [
      Math.max(bounds.getWest(), -180), Math.max(bounds.getSouth(), -90),
      Math.min(bounds.getEast(), 180), Math.min(bounds.getNorth(), 90),
    ].map(n => n.toFixed(6)).join(',');
    // Tiled layers fetch their own tiles as the view moves; only the GeoJSON layers are paged here.
    const loads = [...this.layers.values()].filter(e => e.state.visible && !e.tiled).map(e => this.load(e, bbox));
    await Promise.all(loads);
    this.setOrder([...this.order]); // once, after every layer's new features were added on top
    const counts = Object.fromEntries([...this.layers].map(([id, e]) => [id, e.state.visible ? e.count : -1]));
    const c = this.map.getCenter();
    if (this.firstDraw === null && loads.length > 0) {
      this.firstDraw = performance.now();
      this.element.dataset.firstDrawMs = Math.round(this.firstDraw);
      this.element.dataset.loaded = 'true';
    }
    this.dotnet.invokeMethodAsync('ViewChanged', c.lat, c.lng, Math.round(this.map.getZoom()), counts);
  }

  async load(entry, bbox) {
    entry.aborter?.abort();
    const aborter = new AbortController();
    entry.aborter = aborter;
    try {
      const url = `ogc/collections/${encodeURIComponent(entry.def.id)}/items?bbox=${bbox}&limit=10000`;
      const response = await fetch(url, { signal: aborter.signal, headers: { Accept: 'application/geo+json' } });
      if (!response.ok) throw new Error(`${response.status} ${url}`);
      const data = await response.json();
      entry.group.clearLayers();
      entry.group.addData(data);
      entry.count = data.numberMatched;
    } catch (error) {
      if (error.name !== 'AbortError') console.error('SpatialPlan: could not load', entry.def.id, error);
    }
  }

  /** A small read-only view for the end-to-end tests (they count and click canvas features). */
  exposeForTests() {
    this.element.spatialPlan = {
      drawn: id => {
        const e = this.layers.get(id);
        if (!e || !this.map.hasLayer(e.group)) return 0;
        return e.tiled ? Object.keys(e.group._vectorTiles ?? {}).length : e.group.getLayers().length;
      },
      tiled: id => this.layers.get(id)?.tiled === true,
      style: id => {
        const e = this.layers.get(id);
        if (e?.tiled) return { opacity: Number(e.pane.style.opacity || 1), fillOpacity: null };
        const first = this.layers.get(id)?.group.getLayers()[0];
        return first ? { opacity: first.options.opacity, fillOpacity: first.options.fillOpacity } : null;
      },
      toContainer: (lat, lon) => this.map.latLngToContainerPoint([lat, lon]),
      view: () => ({ center: this.map.getCenter(), zoom: this.map.getZoom() }),
    };
  }

  dispose() {
    for (const e of this.layers.values()) e.aborter?.abort();
    this.map.pm?.disableDraw();
    this.map.remove();
    delete this.element.spatialPlan;
  }
}

/** The download name: RFC 5987 filename* (UTF-8, Chinese titles) first, then the plain filename. */
function fileNameFrom(disposition) {
  if (!disposition) return null;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1] : null;
}

/** Copies the options that are set: a category's null means "as the layer", not "none". */
function withDefined(target, source) {
  for (const [key, value] of Object.entries(source ?? {})) {
    if (value !== null && value !== undefined) target[key] = value;
  }
  return target;
}

function labelElement(text) {
  const span = document.createElement('span');
  span.textContent = text ?? '';
  return span;
}

function createBasemaps(tiandituAvailable) {
  const basemaps = {
    osm: L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
      maxZoom: 18, attribution: '© OpenStreetMap contributors',
    }),
  };
  if (tiandituAvailable) {
    // Proxied by our server, which adds the key: the key never reaches the browser.
    basemaps.tianditu = L.layerGroup([
      L.tileLayer('api/tiles/tianditu/vec/{z}/{x}/{y}', { maxZoom: 18, attribution: '© 天地图 Tianditu' }),
      L.tileLayer('api/tiles/tianditu/cva/{z}/{x}/{y}', { maxZoom: 18 }),
    ]);
  }
  return basemaps;
}
