// Test hooks: a small read-only view of the map for the end-to-end tests, on the map element as `spatialPlan`.
// The page loads this module only when the server enables it (SpatialPlan:Map:TestHooks); the tests' app does.
//   drawn(id)            features drawn by a layer (tiles loaded, for a tiled layer); 0 when hidden
//   tiled(id)            whether the layer is drawn from vector tiles
//   style(id)            { opacity, fillOpacity } of the layer's first drawn feature (of its pane, when tiled)
//   styleOf(id, value)   the options Leaflet draws a feature of that category with (value null: the layer's own)
//   toContainer(lat, lon), view()   the map's pixel of a place, and its centre and zoom
import * as L from '../../lib/leaflet/leaflet-src.esm.js';
import { atOpacity, styleOf } from './symbology.js';

const PATH_OPTIONS = ['color', 'weight', 'opacity', 'fillColor', 'fillOpacity', 'dashArray', 'radius'];

export function attach(element, map, layers) {
  element.spatialPlan = {
    drawn: id => {
      const e = layers.entries.get(id);
      if (!e || !map.hasLayer(e.group)) return 0;
      return e.tiled ? Object.keys(e.group._vectorTiles ?? {}).length : e.group.getLayers().length;
    },
    tiled: id => layers.entries.get(id)?.tiled === true,
    style: id => {
      const e = layers.entries.get(id);
      if (e?.tiled) return { opacity: Number(e.pane.style.opacity || 1), fillOpacity: null };
      const first = e?.group.getLayers()[0];
      return first ? { opacity: first.options.opacity, fillOpacity: first.options.fillOpacity } : null;
    },
    styleOf: (id, value) => drawnOptions(layers, id, value),
    toContainer: (lat, lon) => map.latLngToContainerPoint([lat, lon]),
    view: () => ({ center: map.getCenter(), zoom: map.getZoom() }),
  };
  map.once('unload', () => delete element.spatialPlan);
}

/**
 * A category's style as the map draws it at full opacity, resolved by Leaflet: a circle marker (a Path with a
 * radius) built with it, so Leaflet's defaults fill in what the catalogue leaves out; a null fillColor means the stroke colour, as Leaflet's
 * renderers draw it.
 */
function drawnOptions(layers, id, value) {
  const def = layers.entries.get(id)?.def;
  if (!def) return null;
  const properties = def.categories && value !== null ? { [def.categories.field]: value } : {};
  const options = new L.CircleMarker([0, 0], atOpacity(styleOf(def, properties), 1)).options;
  const resolved = Object.fromEntries(PATH_OPTIONS.map(k => [k, options[k] ?? null]));
  resolved.fillColor ??= resolved.color;
  return resolved;
}
