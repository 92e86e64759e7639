#!/usr/bin/env python3
"""Synthetic cadastral-parcel generator (python3 standard library only).

Writes an RFC 7946 GeoJSON FeatureCollection of N non-overlapping polygon
parcels inside a lon/lat bbox (default 120.6,27.8,121.2,28.1, i.e. inside the
CGCS2000 3-degree Gauss-Kruger zone with CM 120E, EPSG:4549).

Layout: the bbox is divided into a grid with at least N cells; N distinct cells
are drawn at random and one jittered polygon is drawn inside each cell, so
parcels never overlap and every polygon is valid (exterior ring
counter-clockwise, holes clockwise, rings closed) unless --invalid-frac asks
for deliberately broken ones.

Output is streamed feature by feature, so 1e6 parcels need little memory.

Examples
  python3 bench/gen_parcels.py -n 10000  -o parcels_10k.geojson
  python3 bench/gen_parcels.py -n 100000 -o parcels_100k.geojson --seed 7
  python3 bench/gen_parcels.py -n 1000 --invalid-frac 0.05 --hostile-props -o bad.geojson
"""
import argparse
import json
import math
import random
import sys

LANDUSE = ["residential", "commercial", "industrial", "farmland",
           "forest", "water", "public", "road", "vacant"]
# A few CJK owner names so that UTF-8 round trips get exercised.
OWNERS = ["张三", "李四", "王五", "赵六", "陈七", "刘八", "Acme Ltd", "O'Brien & Sons"]
# Payloads for popup-XSS / injection tests (only with --hostile-props).
HOSTILE = [
    '<img src=x onerror="alert(1)">',
    '<script>alert(document.domain)</script>',
    '"><svg onload=alert(1)>',
    "'; DROP TABLE parcels; --",
    "javascript:alert(1)",
    "\u202eevil\u202c",  # bidi override
    "a" * 5000,           # long string
]

R_EARTH = 6371008.8  # mean radius, only for the rough area hint


def approx_area_m2(ring):
    """Equirectangular shoelace area; a rough hint, NOT a reference value.

    Use PostGIS ST_Area(geom::geography) (ellipsoidal, GeographicLib) or
    ST_Area(ST_Transform(geom, 4549)) as the reference instead."""
    lat0 = math.radians(sum(p[1] for p in ring[:-1]) / (len(ring) - 1))
    kx = math.radians(1) * R_EARTH * math.cos(lat0)
    ky = math.radians(1) * R_EARTH
    s = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        s += (x1 * kx) * (y2 * ky) - (x2 * kx) * (y1 * ky)
    return s / 2.0


def densify(corners, rnd, extra_max, jitter):
    """Insert up to extra_max points along each edge of a convex quad.

    Points are pushed slightly inward/outward by at most `jitter` of the
    edge length, small enough to keep the ring simple."""
    out = []
    n = len(corners)
    for i in range(n):
        a, b = corners[i], corners[(i + 1) % n]
        out.append(a)
        k = rnd.randint(0, extra_max)
        ts = sorted(rnd.uniform(0.1, 0.9) for _ in range(k))
        ex, ey = b[0] - a[0], b[1] - a[1]
        # unit normal (left of edge = inward for CCW ring)
        ln = math.hypot(ex, ey) or 1.0
        nx, ny = -ey / ln, ex / ln
        for t in ts:
            d = rnd.uniform(-jitter, jitter) * ln
            out.append((a[0] + ex * t + nx * d, a[1] + ey * t + ny * d))
    out.append(out[0])
    return out


def make_parcel(rnd, x0, y0, w, h, hole_frac, extra_max):
    # inset rectangle in the cell, corners jittered independently
    m = 0.08
    def jx(v):
        return v + rnd.uniform(-0.06, 0.06) * w
    def jy(v):
        return v + rnd.uniform(-0.06, 0.06) * h
    left, right = x0 + m * w, x0 + (1 - m) * w
    bottom, top = y0 + m * h, y0 + (1 - m) * h
    corners = [(jx(left), jy(bottom)), (jx(right), jy(bottom)),
               (jx(right), jy(top)), (jx(left), jy(top))]  # CCW
    shell = densify(corners, rnd, extra_max, 0.02)
    rings = [shell]
    if rnd.random() < hole_frac:
        cx, cy = x0 + w / 2, y0 + h / 2
        hw, hh = w * rnd.uniform(0.08, 0.18), h * rnd.uniform(0.08, 0.18)
        # clockwise hole
        hole = [(cx - hw, cy - hh), (cx - hw, cy + hh), (cx + hw, cy + hh),
                (cx + hw, cy - hh), (cx - hw, cy - hh)]
        rings.append(hole)
    return rings


def make_invalid(rnd, x0, y0, w, h):
    kind = rnd.choice(["bowtie", "spike", "unclosed-ish", "hole-outside"])
    if kind == "bowtie":  # self-intersection
        return kind, [[(x0, y0), (x0 + w, y0 + h), (x0 + w, y0), (x0, y0 + h), (x0, y0)]]
    if kind == "spike":  # zero-width spike (self-touching)
        return kind, [[(x0, y0), (x0 + w, y0), (x0 + w / 2, y0 + h / 2), (x0 + w, y0 + h),
                       (x0 + w / 2, y0 + h / 2), (x0, y0 + h), (x0, y0)]]
    if kind == "unclosed-ish":  # only 3 positions: not a valid LinearRing
        return kind, [[(x0, y0), (x0 + w, y0), (x0, y0)]]
    # hole outside shell
    shell = [(x0, y0), (x0 + w / 2, y0), (x0 + w / 2, y0 + h / 2), (x0, y0 + h / 2), (x0, y0)]
    hole = [(x0 + 0.7 * w, y0 + 0.7 * h), (x0 + 0.7 * w, y0 + 0.9 * h),
            (x0 + 0.9 * w, y0 + 0.9 * h), (x0 + 0.9 * w, y0 + 0.7 * h), (x0 + 0.7 * w, y0 + 0.7 * h)]
    return kind, [shell, hole]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", "--count", type=int, default=10000)
    ap.add_argument("-o", "--out", default="-", help="output path, - for stdout")
    ap.add_argument("--bbox", default="120.6,27.8,121.2,28.1", help="minlon,minlat,maxlon,maxlat")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--precision", type=int, default=7, help="decimal places (7 ~ 1 cm)")
    ap.add_argument("--hole-frac", type=float, default=0.05, help="fraction of parcels with one hole")
    ap.add_argument("--extra-vertices", type=int, default=3, help="max extra vertices per edge")
    ap.add_argument("--invalid-frac", type=float, default=0.0,
                    help="fraction of deliberately invalid polygons (bowtie, spike, 3-point ring, hole outside)")
    ap.add_argument("--hostile-props", action="store_true",
                    help="put XSS/SQL/bidi/long strings into the 'name' property of ~10%% of parcels")
    a = ap.parse_args(argv)

    minx, miny, maxx, maxy = (float(v) for v in a.bbox.split(","))
    n = a.count
    if n <= 0:
        ap.error("count must be > 0")
    rnd = random.Random(a.seed)
    # grid with roughly square cells in metres
    aspect = ((maxx - minx) * math.cos(math.radians((miny + maxy) / 2))) / (maxy - miny)
    rows = max(1, int(math.ceil(math.sqrt(n / aspect))))
    cols = max(1, int(math.ceil(n / rows)))
    while cols * rows < n:
        cols += 1
    cw, ch = (maxx - minx) / cols, (maxy - miny) / rows
    cells = rnd.sample(range(cols * rows), n)
    cells.sort()  # spatially coherent order, like a real cadastre export

    fmt = "%%.%df" % a.precision
    def c(v):
        return float(fmt % v)

    out = sys.stdout if a.out == "-" else open(a.out, "w", encoding="utf-8")
    try:
        out.write('{"type":"FeatureCollection","name":"parcels",'
                  '"bbox":[%s,%s,%s,%s],"features":[\n' % (minx, miny, maxx, maxy))
        for i, cell in enumerate(cells):
            r, col = divmod(cell, cols)
            x0, y0 = minx + col * cw, miny + r * ch
            props = {
                "parcel_no": "330%03d-%06d" % (r % 1000, i + 1),
                "landuse": rnd.choice(LANDUSE),
                "owner": rnd.choice(OWNERS),
                "name": "Parcel %d" % (i + 1),
                "value_cny": round(rnd.uniform(1e4, 5e6), 2),
                "registered": "20%02d-%02d-%02d" % (rnd.randint(0, 24), rnd.randint(1, 12), rnd.randint(1, 28)),
            }
            if a.invalid_frac and rnd.random() < a.invalid_frac:
                kind, rings = make_invalid(rnd, x0, y0, cw, ch)
                props["invalid_kind"] = kind
            else:
                rings = make_parcel(rnd, x0, y0, cw, ch, a.hole_frac, a.extra_vertices)
            if a.hostile_props and rnd.random() < 0.10:
                props["name"] = rnd.choice(HOSTILE)
            coords = [[[c(x), c(y)] for x, y in ring] for ring in rings]
            area = approx_area_m2(coords[0]) - sum(abs(approx_area_m2(h)) for h in coords[1:])
            props["area_m2_approx"] = round(area, 1)
            feat = {"type": "Feature", "id": i + 1, "properties": props,
                    "geometry": {"type": "Polygon", "coordinates": coords}}
            out.write(json.dumps(feat, ensure_ascii=False, separators=(",", ":")))
            out.write(",\n" if i + 1 < n else "\n")
        out.write("]}\n")
    finally:
        if out is not sys.stdout:
            out.close()
    print("wrote %d parcels (grid %dx%d, cell %.0fx%.0f m) to %s" % (
        n, cols, rows, cw * 111320 * math.cos(math.radians((miny + maxy) / 2)), ch * 110574, a.out),
        file=sys.stderr)


if __name__ == "__main__":
    main()
