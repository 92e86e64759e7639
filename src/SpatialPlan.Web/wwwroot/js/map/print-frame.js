// Print frame: the sheet of an export at an exact scale, drawn as a dashed rectangle round the map's centre (where the
// export centres it), following the map as it moves. Ground size = paper size × scale; metres to degrees with the
// local radius (the export's EPSG:4549 differs from this by well under a pixel at these scales).
import * as L from '../../lib/leaflet/leaflet-src.esm.js';

/** ISO 216 paper in millimetres, portrait. */
const PAPER_MM = { A4: [210, 297], A3: [297, 420] };
const METRES_PER_DEGREE = 111_320;
const STYLE = { color: '#1f4e79', weight: 2, dashArray: '8 6', fill: false, interactive: false };

export class PrintFrame {
  constructor(map) {
    this.map = map;
    this.sheet = null;
    this.rectangle = null;
    this.follow = () => this.draw();
  }

  /** Shows { paper: 'A4'|'A3', orientation: 'landscape'|'portrait', scale } round the centre; null hides it. */
  show(sheet) {
    this.sheet = sheet;
    if (!sheet) {
      this.rectangle?.remove();
      this.rectangle = null;
      this.map.off('move', this.follow);
      return;
    }
    if (!this.rectangle) {
      this.rectangle = L.rectangle(this.bounds(), STYLE).addTo(this.map);
      this.map.on('move', this.follow);
    }
    this.draw();
  }

  draw() {
    if (this.rectangle && this.sheet) this.rectangle.setBounds(this.bounds());
  }

  bounds() {
    const [short, long] = PAPER_MM[this.sheet.paper] ?? PAPER_MM.A4;
    const [wMm, hMm] = this.sheet.orientation === 'portrait' ? [short, long] : [long, short];
    const c = this.map.getCenter();
    const halfLat = (hMm / 1000) * this.sheet.scale / 2 / METRES_PER_DEGREE;
    const halfLon = (wMm / 1000) * this.sheet.scale / 2 / (METRES_PER_DEGREE * Math.cos(c.lat * Math.PI / 180));
    return [[c.lat - halfLat, c.lng - halfLon], [c.lat + halfLat, c.lng + halfLon]];
  }
}
