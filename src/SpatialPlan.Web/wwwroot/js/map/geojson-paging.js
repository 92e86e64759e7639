// GeoJSON paging: each visible GeoJSON layer's features in the (padded) view, one page from the OGC API items
// endpoint, replacing what the layer had. A newer view's request aborts the older one.
//
// Options of GeoJsonPaging:
//   pageSize   the `limit` of each request: the server's largest page (FeatureApiOptions.LimitMax), from init
//   pad        the view is grown by this fraction on each side, so small pans need no request (default 0.25)

const DEFAULT_OPTIONS = { pad: 0.25 };

export class GeoJsonPaging {
  constructor(map, options) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
    if (!Number.isInteger(this.options.pageSize) || this.options.pageSize < 1) throw new Error('GeoJsonPaging: pageSize');
    this.map = map;
  }

  /** Loads every entry for the current view (see plan-layers.js for an entry's fields). */
  async load(entries) {
    const bbox = this.viewBbox();
    await Promise.all(entries.map(e => this.loadOne(e, bbox)));
  }

  viewBbox() {
    const bounds = this.map.getBounds().pad(this.options.pad);
    return [
      Math.max(bounds.getWest(), -180), Math.max(bounds.getSouth(), -90),
      Math.min(bounds.getEast(), 180), Math.min(bounds.getNorth(), 90),
    ].map(n => n.toFixed(6)).join(',');
  }

  async loadOne(entry, bbox) {
    entry.aborter?.abort();
    const aborter = new AbortController();
    entry.aborter = aborter;
    const url = `ogc/collections/${encodeURIComponent(entry.def.id)}/items?bbox=${bbox}&limit=${this.options.pageSize}`;
    try {
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
}
