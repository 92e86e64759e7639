// Coordinates readout: the pointer's lon/lat and its EPSG:4549 (CGCS2000 3° Gauss-Krüger, CM 120°E) x/y, the grid
// Wenzhou's planners measure in. proj4 is a classic script on the page (globalThis.proj4).
//
// Options of CoordinatesReadout:
//   projection   the proj4 definition of the projected grid (default EPSG:4549)
//   label        the grid's name in the readout (default 'EPSG:4549')

const DEFAULT_OPTIONS = {
  projection: '+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs',
  label: 'EPSG:4549',
};

export class CoordinatesReadout {
  /** Writes into `element` (the map's `.sp-coordinates`) as the pointer moves; nothing when there is no element. */
  constructor(map, element, options) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
    this.element = element;
    if (element) map.on('mousemove', e => this.show(e.latlng));
  }

  show(latlng) {
    const [x, y] = globalThis.proj4 ? globalThis.proj4('EPSG:4326', this.options.projection, [latlng.lng, latlng.lat]) : [NaN, NaN];
    this.element.textContent =
      `${latlng.lng.toFixed(5)}°E ${latlng.lat.toFixed(5)}°N · ${this.options.label} x ${x.toFixed(1)} y ${y.toFixed(1)}`;
  }
}
