// Vector tiles: a big collection drawn from the server's Mapbox vector tiles instead of GeoJSON pages.
//
// Which layers are tiled is the server's call (`vectorTiles`, the URL template, in /api/layers, set for read-only
// collections past VectorTileOptions.FeatureThreshold). Options of tiledLayer:
//   maxNativeZoom  deepest zoom the server is asked for; deeper views scale its tiles (default 18)
//   zIndex         the pane's base stacking order, above the GeoJSON canvas (default 450)
//   style          (def, properties) => Leaflet Path options, the same rules as the GeoJSON layers
//   onClick        (featureId) => void, for layers outside the basemap group
import * as L from '../../lib/leaflet/leaflet-src.esm.js';

export const TILED_PANE_Z_INDEX = 450;

/**
 * Leaflet.VectorGrid is a classic bundle extending the global L (see drawing.js). Its canvas renderer still calls
 * L.DomEvent.fakeStop, which Leaflet 1.8 removed (Leaflet.VectorGrid#274): give the global copy one.
 */
export async function loadVectorGrid() {
  if (!globalThis.L.DomEvent.fakeStop) globalThis.L.DomEvent = { ...L.DomEvent, fakeStop: L.DomEvent.stop };
  if (!globalThis.L.vectorGrid) await import('../../lib/vectorgrid/Leaflet.VectorGrid.bundled.min.js');
}

/**
 * The tile layer of one catalogue layer, in a pane of its own above the GeoJSON canvas (opaque land would hide it
 * below); its opacity is the pane's. Counts loaded tiles on the returned layer (`tilesLoaded`).
 */
export function tiledLayer(map, def, { maxNativeZoom = 18, zIndex = TILED_PANE_Z_INDEX, style, onClick }) {
  const pane = map.createPane(`sp-tiles-${def.id}`);
  pane.style.zIndex = zIndex;
  const interactive = def.group !== 'basemap';
  const grid = globalThis.L.vectorGrid.protobuf(def.vectorTiles, {
    pane, interactive, rendererFactory: globalThis.L.canvas.tile, maxNativeZoom,
    getFeatureId: f => f.properties.id,
    vectorTileLayerStyles: { [def.id]: properties => ({ ...style(def, properties), fill: true }) },
  });
  if (interactive) grid.on('click', e => onClick(e.layer?.properties?.id));
  grid.tilesLoaded = 0;
  grid.on('tileload', () => { grid.tilesLoaded++; });
  return { grid, pane };
}
