// Basemaps: the optional online tile layers under the plan. Without one the map is "offline": its basemap is drawn
// from the land and boundary collections, and the element gets the `sp-offline` class (the sea colour in app.css).
//
// Options of Basemaps:
//   tiandituAvailable  the server proxies 天地图 tiles (it holds the key, which never reaches the browser)
//   maxZoom            deepest zoom of the tile layers (default 18)
//   language           'zh' or 'en': the credits' language (setLanguage changes it)
import * as L from '../../lib/leaflet/leaflet-src.esm.js';

// The offline basemap's credits in each language: OSM's licence allows its attribution in the map's language.
const OFFLINE_ATTRIBUTION = {
  zh: 'GSHHG · © OpenStreetMap 贡献者 · 示意',
  en: 'GSHHG · © OpenStreetMap contributors · schematic',
};
const DEFAULT_OPTIONS = { tiandituAvailable: false, maxZoom: 18, language: 'zh' };

export class Basemaps {
  constructor(map, element, options) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
    this.map = map;
    this.element = element;
    this.layers = createTileLayers(this.options);
    this.current = null;
    this.language = this.options.language;
  }

  setLanguage(language) {
    this.map.attributionControl.removeAttribution(attribution(this.language));
    this.language = language;
    if (!this.current) this.map.attributionControl.addAttribution(attribution(language));
  }

  /** Shows the named basemap ('osm', 'tianditu'); any other name means offline. */
  show(name) {
    this.current?.remove();
    this.current = this.layers[name] ?? null;
    this.current?.addTo(this.map);
    const offline = !this.current;
    this.element.classList.toggle('sp-offline', offline);
    // The offline basemap is drawn from the land and boundary collections: credit their sources.
    this.map.attributionControl[offline ? 'addAttribution' : 'removeAttribution'](attribution(this.language));
  }
}

function attribution(language) {
  return OFFLINE_ATTRIBUTION[language === 'en' ? 'en' : 'zh'];
}

function createTileLayers({ tiandituAvailable, maxZoom }) {
  const layers = {
    osm: L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', { maxZoom, attribution: '© OpenStreetMap contributors' }),
  };
  if (tiandituAvailable) {
    // Proxied by our server, which adds the key.
    layers.tianditu = L.layerGroup([
      L.tileLayer('api/tiles/tianditu/vec/{z}/{x}/{y}', { maxZoom, attribution: '© 天地图' }),
      L.tileLayer('api/tiles/tianditu/cva/{z}/{x}/{y}', { maxZoom }),
    ]);
  }
  return layers;
}
