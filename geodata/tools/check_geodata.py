#!/usr/bin/python3
"""Check every rule the geodata/ files must follow. Exit status 1 on any failure.

Run   /usr/bin/python3 geodata/tools/check_geodata.py
Needs Debian python3 + shapely; for areas pyproj if installed, else GDAL/OSR (python3-gdal),
else the pure-python Albers of build_geodata.py (the check says which it used).
"""
import csv
import json
import os
import sys

from shapely.geometry import Point, shape
from shapely.ops import transform, unary_union

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.path.abspath(os.path.join(HERE, '..'))
REPO = os.path.abspath(os.path.join(GEO, '..'))
# The catalogue declares the plan extent and the collections; every rule below is checked against it.
with open(os.path.join(GEO, 'layers.json'), encoding='utf-8') as _f:
    CATALOGUE = json.load(_f)
BBOX = tuple(CATALOGUE['extent']['bbox'])
AEA = '+proj=aea +lat_1=27.5 +lat_2=28.5 +lat_0=28 +lon_0=121 +x_0=0 +y_0=0 +ellps=GRS80 +units=m +no_defs'
FILES = [x['id'] for x in CATALOGUE['layers']]

FAILS = []
N_OK = 0


def check(cond, msg):
    global N_OK
    if cond:
        N_OK += 1
    else:
        FAILS.append(msg)
        print('FAIL', msg)


# ----------------------------------------------------------------------------- area
def _area_fn():
    try:
        import pyproj
        tr = pyproj.Transformer.from_crs('EPSG:4326', AEA, always_xy=True)
        return 'pyproj', lambda g: transform(tr.transform, g).area / 1e6
    except ImportError:
        pass
    try:
        from osgeo import ogr, osr
        src = osr.SpatialReference()
        src.ImportFromEPSG(4326)
        src.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        dst = osr.SpatialReference()
        dst.ImportFromProj4(AEA)
        ct = osr.CoordinateTransformation(src, dst)

        def area(g):
            ps = [p for p in getattr(g, 'geoms', [g]) if p.geom_type in ('Polygon', 'MultiPolygon')]
            if not ps:
                return 0.0  # empty or line/point intersections have no area
            o = ogr.CreateGeometryFromWkb(unary_union(ps).wkb)
            o.Transform(ct)
            return o.GetArea() / 1e6
        return 'GDAL/OSR', area
    except ImportError:
        pass
    sys.path.insert(0, HERE)
    os.environ.setdefault('SOURCES', os.path.join(REPO, '..', 'shared', 'geodata-sources'))
    from build_geodata import km2  # noqa: E402
    return 'pure-python Albers', km2


AREA_BY, km2 = _area_fn()


# ----------------------------------------------------------------------------- generic rules
def signed(ring):
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:])) / 2


def rings_of(gj):
    t, c = gj['type'], gj['coordinates']
    if t == 'Polygon':
        return [c]
    if t == 'MultiPolygon':
        return c
    return []


def coords_of(gj):
    t, c = gj['type'], gj['coordinates']
    if t == 'Point':
        return [c]
    if t == 'LineString':
        return c
    if t == 'MultiLineString':
        return [p for line in c for p in line]
    return [p for poly in rings_of(gj) for ring in poly for p in ring]


def generic(name, fc):
    check(fc.get('type') == 'FeatureCollection', name + ': not a FeatureCollection')
    ids = set()
    for f in fc['features']:
        fid = f.get('id')
        p = f.get('properties') or {}
        check(isinstance(fid, str) and fid, '%s: feature without string top-level id' % name)
        check(p.get('id') == fid, '%s/%s: properties.id differs from id' % (name, fid))
        check(fid not in ids, '%s/%s: duplicate id' % (name, fid))
        ids.add(fid)
        for k in ('source', 'accuracy'):
            check(isinstance(p.get(k), str) and p[k], '%s/%s: missing %s' % (name, fid, k))
        gj = f.get('geometry')
        g = shape(gj)
        check(not g.is_empty, '%s/%s: empty geometry' % (name, fid))
        check(g.is_valid, '%s/%s: invalid geometry' % (name, fid))
        for x, y in coords_of(gj):
            if not (BBOX[0] <= x <= BBOX[2] and BBOX[1] <= y <= BBOX[3]):
                check(False, '%s/%s: coordinate %s,%s outside the plan extent' % (name, fid, x, y))
                break
            if round(x, 6) != x or round(y, 6) != y:
                check(False, '%s/%s: coordinate %r,%r not rounded to 6 decimals' % (name, fid, x, y))
                break
        for poly in rings_of(gj):
            for i, ring in enumerate(poly):
                check(len(ring) >= 4 and ring[0] == ring[-1], '%s/%s: ring not closed' % (name, fid))
                a = signed(ring)
                check(a > 0 if i == 0 else a < 0,
                      '%s/%s: ring %d wrongly oriented (exterior CCW, holes CW)' % (name, fid, i))
    return ids


def load(name):
    with open(os.path.join(GEO, name + '.geojson'), encoding='utf-8') as f:
        return json.load(f)


def main():
    fcs = {}
    for n in FILES:
        path = os.path.join(GEO, n + '.geojson')
        check(os.path.exists(path), 'missing ' + path)
        fcs[n] = load(n)
        generic(n, fcs[n])
    gaz = {r['name_zh']: r for r in csv.DictReader(open(os.path.join(GEO, 'reference', 'gazetteer.csv'),
                                                        encoding='utf-8'))}
    G = {k: Point(float(r['lon']), float(r['lat'])) for k, r in gaz.items() if r['lon']}
    feats = {n: {f['id']: f for f in fcs[n]['features']} for n in FILES}
    geom = {n: {k: shape(f['geometry']) for k, f in feats[n].items()} for n in FILES}
    land = unary_union(list(geom['land'].values()))

    # ---- plan-zones
    zf = fcs['plan-zones']['features']
    check(len(zf) == 4, 'plan-zones: exactly 4 features expected, got %d' % len(zf))
    Z = {f['properties']['zone']: shape(f['geometry']) for f in zf}
    check(set(Z) == {'core', 'wengxin', 'liubai', 'damenxiaomen'}, 'plan-zones: zone values %s' % sorted(Z))
    names = {'core': '中心区', 'wengxin': '乐清翁新分区', 'liubai': '柳白分区', 'damenxiaomen': '洞头大小门分区'}
    for f in zf:
        p = f['properties']
        check(p.get('name_zh') == names.get(p['zone']), 'plan-zones/%s: name_zh %s' % (f['id'], p.get('name_zh')))
        check(f['geometry']['type'] == 'MultiPolygon', 'plan-zones/%s: not a MultiPolygon' % f['id'])
        check(p.get('accuracy') == 'schematic', 'plan-zones/%s: accuracy must be schematic' % f['id'])
        for k in ('name_en', 'role', 'role_en'):
            check(isinstance(p.get(k), str) and p[k], 'plan-zones/%s: missing %s' % (f['id'], k))
        for k in ('industries', 'industries_en'):
            check(isinstance(p.get(k), list) and p[k] and all(isinstance(x, str) for x in p[k]),
                  'plan-zones/%s: %s must be a non-empty string array' % (f['id'], k))
        check(len(p['industries']) == len(p['industries_en']), 'plan-zones/%s: industries/_en lengths' % f['id'])
    real = {'wengxin': {'电工电气', '装备制造', '总部经济', '研发创新', '现代物流'}, 'liubai': {'电工电气'},
            'damenxiaomen': {'临港石化', '临港产业', '港航物流'}}
    spun = {'开展', '建造', '出资', '配备', '会议', '立异', '工业集聚', '新兴工业', '研制'}
    for f in zf:
        p = f['properties']
        if p['zone'] in real:
            check(real[p['zone']] <= set(p['industries']), 'plan-zones/%s: industries miss real terms' % f['id'])
        txt = json.dumps(p, ensure_ascii=False)
        check(not any(s in txt for s in spun), 'plan-zones/%s: reworded (spun) term in properties' % f['id'])
    keys = sorted(Z)
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            ov = Z[a].intersection(Z[b])
            check(ov.is_empty or km2(ov) < 1e-4, 'plan-zones: %s and %s overlap (%.4f km²)' % (a, b, km2(ov)))
    zone_area = {}
    for z, g in Z.items():
        zone_area[z] = km2(g)
        frac = km2(g.intersection(land)) / zone_area[z]
        if z != 'core':
            check(frac > 0.5, 'plan-zones/%s: mostly in the sea (land share %.2f)' % (z, frac))
    # the core's land part sits on real land: 灵昆岛 and the reclaimed 浅滩一期
    for lid in ('land-lingkun-island', 'land-reclaimed-qiantan'):
        lg = geom['land'][lid]
        check(km2(Z['core'].intersection(lg)) > 0.9 * km2(lg), 'plan-zones/core: does not cover %s' % lid)
    margin = 0.005  # ~500 m
    for n in ('柳市镇', '北白象镇'):
        check(Z['liubai'].contains(G[n].buffer(margin)), 'plan-zones/liubai: does not contain %s with margin' % n)
        check(not Z['wengxin'].contains(G[n]), 'plan-zones/wengxin: contains %s' % n)
    check(Z['wengxin'].centroid.x > Z['liubai'].centroid.x, 'plan-zones: wengxin is not east of liubai')
    check(Z['wengxin'].contains(G['翁垟街道 (海塘, 沿海参考点)'].buffer(0.001)) or
          Z['wengxin'].distance(G['翁垟街道 (海塘, 沿海参考点)']) < 0.01, 'plan-zones/wengxin: not at 翁垟')
    for lid, gname in (('land-damen-island', '大门岛'), ('land-xiaomen-island', '小门岛')):
        lg = geom['land'][lid]
        check(km2(Z['damenxiaomen'].intersection(lg)) > 0.8 * km2(lg), 'plan-zones/damenxiaomen: misses %s' % lid)
        check(Z['damenxiaomen'].contains(G[gname]), 'plan-zones/damenxiaomen: misses the %s centroid' % gname)
    check(Z['core'].contains(G['灵昆岛']) and Z['core'].contains(G['浅滩一期 (瓯江口新区一期 填海区)']) and
          Z['core'].contains(G['浅滩二期 促淤堤 (瓯江口新区二期)']), 'plan-zones/core: misses 灵昆/一期/二期 points')
    for f in zf:
        a = f['properties'].get('area_km2')
        z = f['properties']['zone']
        check(isinstance(a, (int, float)) and abs(a - zone_area[z]) <= 0.01 * zone_area[z] + 0.01,
              'plan-zones/%s: area_km2 %s vs %s %.2f' % (f['id'], a, AREA_BY, zone_area[z]))

    # ---- development-area
    df = fcs['development-area']['features']
    check(6 <= len(df) <= 12, 'development-area: %d blocks (6-12 expected)' % len(df))
    core_tol = Z['core'].buffer(1e-6)
    total, by_phase = 0.0, {}
    D = []
    for f in df:
        p = f['properties']
        g = shape(f['geometry'])
        D.append((f['id'], g))
        check(f['geometry']['type'] == 'Polygon', 'development-area/%s: not a Polygon' % f['id'])
        check(p.get('phase') in ('一期', '二期', '灵昆片区'), 'development-area/%s: phase %s' % (f['id'], p.get('phase')))
        for k in ('phase_en', 'planned_use', 'planned_use_en', 'name_zh', 'name_en'):
            check(isinstance(p.get(k), str) and p[k], 'development-area/%s: missing %s' % (f['id'], k))
        check(p.get('accuracy') == 'schematic', 'development-area/%s: accuracy' % f['id'])
        check(core_tol.contains(g), 'development-area/%s: not inside the core zone' % f['id'])
        a = km2(g)
        total += a
        by_phase[p['phase']] = by_phase.get(p['phase'], 0) + a
    for i, (a, ga) in enumerate(D):
        for b, gb in D[i + 1:]:
            ov = ga.intersection(gb)
            check(ov.is_empty or km2(ov) < 1e-5, 'development-area: %s and %s overlap' % (a, b))
    check(20.0 <= total <= 24.0, 'development-area: total %.2f km² outside 20-24' % total)
    check(set(by_phase) == {'一期', '二期', '灵昆片区'}, 'development-area: phases present %s' % sorted(by_phase))

    # ---- island-chain (islands) and island-chain-line (the direction): one geometry type per collection
    ic = feats['island-chain']
    kinds = [f['properties'].get('kind') for f in ic.values()]
    check(kinds == ['island'] * 3, 'island-chain: kinds %s (three islands expected)' % kinds)
    check(len(feats['island-chain-line']) == 1, 'island-chain-line: one chain line expected')
    chain = next(iter(feats['island-chain-line'].values()))
    cs = chain['geometry']['coordinates']
    check(chain['geometry']['type'] == 'LineString', 'island-chain-line: chain not a LineString')
    check(chain['properties'].get('name_zh') == '灵昆-霓屿-元觉 岛链', 'island-chain-line: chain name_zh')
    want = [G['灵昆岛'], G['霓屿岛'], G['状元岙岛']]
    check([tuple(c) for c in cs] == [(p.x, p.y) for p in want], 'island-chain-line: chain must run 灵昆→霓屿→状元岙 centroids')
    check(all(a[0] < b[0] for a, b in zip(cs, cs[1:])), 'island-chain-line: chain not west to east')
    isl = {f['properties'].get('name_zh'): shape(f['geometry']) for f in ic.values()}
    for n, gname in (('灵昆岛', '灵昆岛'), ('霓屿岛', '霓屿岛'), ('状元岙岛 (元觉)', '状元岙岛')):
        check(n in isl and isl[n].contains(G[gname]), 'island-chain: %s missing or misses its centroid' % n)

    # ---- axes
    ax = feats['axes']
    akinds = {}
    for fid, f in ax.items():
        p = f['properties']
        g = shape(f['geometry'])
        akinds.setdefault(p.get('kind'), []).append(fid)
        check(f['geometry']['type'] == 'LineString', 'axes/%s: not a LineString' % fid)
        check(p.get('kind') in ('axis', 'link', 'strategy', 'urban-form'), 'axes/%s: kind' % fid)
        check(p.get('basis') in ('plan', 'reading'), 'axes/%s: basis' % fid)
        if p.get('kind') in ('strategy', 'urban-form'):
            check(p.get('basis') == 'reading', 'axes/%s: the strategy lines are this map\'s reading' % fid)
            check(g.length > 0.05, 'axes/%s: too short to read' % fid)
            continue
        if p.get('kind') == 'axis':
            check(p.get('direction') is None, 'axes/%s: axes have direction null' % fid)
            check(g.intersects(Z['core']), 'axes/%s: does not pass through the core' % fid)
        else:
            check(p.get('direction') in ('北接', '南联', '东拓'), 'axes/%s: direction %s' % (fid, p.get('direction')))
            c = f['geometry']['coordinates']
            check(Z['core'].contains(Point(c[0])), 'axes/%s: link does not start in the core' % fid)
            check(not Z['core'].contains(Point(c[-1])), 'axes/%s: link ends inside the core' % fid)
    names_ax = {f['properties']['name_zh'] for f in ax.values()}
    check({'沿江城市发展轴', '沿海产业发展轴'} <= names_ax, 'axes: missing the two axes')
    dirs = {f['properties']['direction'] for f in ax.values() if f['properties']['kind'] == 'link'}
    check({'北接', '南联', '东拓'} <= dirs, 'axes: missing a link direction')
    strat = {f['properties']['direction']: f for f in ax.values() if f['properties']['kind'] == 'strategy'}
    check(set(strat) == {'东拓', '西优', '南联', '北跨'}, 'axes: 东拓、西优、南联、北跨 expected, got %s' % sorted(strat))
    starts = {tuple(f['geometry']['coordinates'][0]) for f in strat.values()}
    check(len(starts) == 1, 'axes: the four strategy directions must start at one main centre')
    ends = {d: f['geometry']['coordinates'][-1] for d, f in strat.items()}
    if len(starts) == 1 and len(ends) == 4:
        (x0, y0), = starts
        check(ends['东拓'][0] > x0 and ends['西优'][0] < x0 and ends['南联'][1] < y0 and ends['北跨'][1] > y0,
              'axes: a strategy direction points the wrong way')
    check(any(f['properties']['kind'] == 'urban-form' for f in ax.values()), 'axes: 跨江连海 missing')

    # ---- transport (lines) and transport-hubs (points)
    tf = fcs['transport']['features']
    tk = {f['properties'].get('kind') for f in tf}
    check({'expressway', 'national-road', 'provincial-road', 'rail', 'bridge', 'tunnel'} <= tk, 'transport: kinds %s' % sorted(tk))
    statuses = ('existing', 'planned', 'under-construction')
    for f in tf:
        p = f['properties']
        check(f['geometry']['type'] == 'LineString', 'transport/%s: not a LineString' % f['id'])
        check(p.get('status') in statuses, 'transport/%s: status' % f['id'])
        check(p.get('symbol') == '%s-%s' % (p.get('kind'), p.get('status')), 'transport/%s: symbol is kind-status' % f['id'])
        check(isinstance(p.get('source'), str) and p['source'], 'transport/%s: source' % f['id'])
    tn = ' '.join(f['properties']['name_zh'] for f in tf)
    for n in ('G15', 'G1523', '洞头支线', 'G228', 'S211', '瓯江北口大桥', '瓯江南口大桥', '瓯江北口隧道', '大门大桥', 'S77',
              'S2', 'S1'):
        check(n in tn, 'transport: nothing named %s' % n)
    items = {f['properties'].get('plan_item') for f in tf}
    check({'高速公路加密', '国道拓宽', '省道延伸', '轨道交通延伸', '跨江通道加密'} <= items,
          'transport: the plan\'s five corridor items, got %s' % sorted(i for i in items if i))
    rails = {f['id']: f['properties']['status'] for f in tf if f['properties']['kind'] == 'rail'}
    check(rails.get('tr-s1-rail') == 'existing' and rails.get('tr-s2-rail') == 'planned', 'transport: S1 existing, S2 planned')
    hf = fcs['transport-hubs']['features']
    for f in hf:
        p = f['properties']
        check(f['geometry']['type'] == 'Point', 'transport-hubs/%s: not a Point' % f['id'])
        check(p.get('kind') in ('airport', 'port') and p.get('status') in statuses, 'transport-hubs/%s: kind/status' % f['id'])
        check(p.get('symbol') == '%s-%s' % (p.get('kind'), p.get('status')), 'transport-hubs/%s: symbol' % f['id'])
        # a hub is on land or at the shore (a berth), never out at sea
        check(land.distance(shape(f['geometry'])) < 0.01, 'transport-hubs/%s: more than ~1 km from land' % f['id'])
    hn = ' '.join(f['properties']['name_zh'] for f in hf)
    for n in ('温州空港', '灵昆港区', '大小门', '状元岙港区'):
        check(n in hn, 'transport-hubs: nothing named %s' % n)

    # ---- plan-sites: the named plan elements
    sf = feats['plan-sites']
    check(set(sf) == {'site-qiantan-phase2', 'site-oudong-admin', 'site-lingkun-port', 'site-axes-crossing'},
          'plan-sites: ids %s' % sorted(sf))
    for fid, f in sf.items():
        p = f['properties']
        check(p.get('basis') == 'plan' and p.get('plan_ref'), 'plan-sites/%s: basis plan with a plan_ref' % fid)
        check(isinstance(p.get('source'), str) and p['source'].startswith('derived: '), 'plan-sites/%s: source' % fid)
        check(p.get('accuracy') == 'schematic', 'plan-sites/%s: accuracy' % fid)
    sg = geom['plan-sites']
    if len(sg) == 4:
        q2 = sg['site-qiantan-phase2']
        check('浅滩二期' in sf['site-qiantan-phase2']['properties']['name_zh'], 'plan-sites: 浅滩二期 must be named')
        check(km2(q2.intersection(land)) / km2(q2) < 0.1, 'plan-sites/site-qiantan-phase2: the 二期 tidal flat lies on land')
        check(Z['core'].buffer(1e-6).contains(q2), 'plan-sites/site-qiantan-phase2: leaves the core')
        adm = sg['site-oudong-admin']
        check(Z['core'].buffer(1e-6).contains(adm), 'plan-sites/site-oudong-admin: leaves the core')
        check(adm.intersects(geom['land']['land-reclaimed-qiantan']) and adm.intersects(q2),
              'plan-sites/site-oudong-admin: must straddle the 一期/二期 junction')
        port = sg['site-lingkun-port']
        check(port.intersects(Z['core']) and land.distance(port) == 0, 'plan-sites/site-lingkun-port: not at the core\'s shore')
        check(port.distance(G['温州港瓯江港区灵昆作业区 (24-28#泊位)']) < 0.003, 'plan-sites/site-lingkun-port: away from its berths')
        cross = sg['site-axes-crossing']
        check(all(cross.intersects(geom['axes'][a]) for a in ('axis-riverside', 'axis-coastal')),
              'plan-sites/site-axes-crossing: not on both axes')

    # ---- basemap
    for n in ('admin-boundaries', 'land'):
        for f in fcs[n]['features']:
            check(isinstance(f['properties'].get('licence'), str) and f['properties']['licence'],
                  '%s/%s: missing licence' % (n, f['id']))
    for f in fcs['admin-boundaries']['features']:
        check(f['properties'].get('kind') == 'county', 'admin-boundaries/%s: kind' % f['id'])
    for f in fcs['land']['features']:
        check(f['properties'].get('kind') in ('land', 'reclaimed'), 'land/%s: kind' % f['id'])
        check(km2(shape(f['geometry'])) >= 0.05, 'land/%s: sliver < 0.05 km²' % f['id'])
    size = sum(os.path.getsize(os.path.join(GEO, n + '.geojson')) for n in ('land', 'admin-boundaries'))
    check(size < 420 * 1024, 'land + admin-boundaries are %.0f KB (> ~400 KB)' % (size / 1024))
    check(fcs['built-up']['features'] == [], 'built-up: must be empty')

    # ---- layers.json
    L = CATALOGUE
    check(L['extent'].get('crs') == 'EPSG:4326' and len(BBOX) == 4 and BBOX[0] < BBOX[2] and BBOX[1] < BBOX[3],
          'layers.json: extent')
    lay = L.get('layers', [])
    on_disk = sorted(n[:-len('.geojson')] for n in os.listdir(GEO) if n.endswith('.geojson'))
    check(on_disk == sorted(FILES), 'layers.json: layer ids %s, geodata files %s' % (sorted(FILES), on_disk))
    groups = {'plan-zones': 'structure', 'island-chain': 'structure', 'island-chain-line': 'structure',
              'plan-sites': 'development', 'development-area': 'development', 'built-up': 'development',
              'axes': 'transport', 'transport': 'transport', 'transport-hubs': 'transport', 'land': 'basemap',
              'admin-boundaries': 'basemap'}
    style_keys = {'color', 'weight', 'opacity', 'fillColor', 'fillOpacity', 'dashArray', 'radius'}
    gtypes = {'Polygon', 'MultiPolygon', 'LineString', 'MultiLineString', 'Point', 'Geometry'}
    need = ['id', 'file', 'title', 'description', 'group', 'geometryType', 'drawOrder', 'writable', 'labels',
            'style', 'categories', 'legend', 'source', 'licence']
    orders = {}
    for x in lay:
        i = x['id']
        for k in need:
            check(k in x, 'layers.json/%s: missing %s' % (i, k))
        check(x.get('file') == i + '.geojson', 'layers.json/%s: file' % i)
        check(x.get('group') == groups.get(i), 'layers.json/%s: group %s' % (i, x.get('group')))
        check(x.get('geometryType') in gtypes, 'layers.json/%s: geometryType' % i)
        for k in ('title', 'description', 'legend'):
            check(set(x.get(k, {})) == {'zh', 'en'}, 'layers.json/%s: %s needs zh and en' % (i, k))
        check(x.get('writable') is (i == 'built-up'), 'layers.json/%s: only built-up (planners\' records) is writable' % i)
        check(set(x['style']) <= style_keys, 'layers.json/%s: style keys %s' % (i, sorted(x['style'])))
        check(isinstance(x['style'].get('dashArray', ''), str), 'layers.json/%s: dashArray must be a string' % i)
        lb = x.get('labels')
        check(lb is None or (set(lb) <= {'property', 'rank', 'onScreen'} and set(lb.get('property', {})) == {'zh', 'en'}
                             and isinstance(lb.get('rank'), int) and isinstance(lb.get('onScreen', False), bool)),
              'layers.json/%s: labels needs property {zh, en}, an integer rank and a boolean onScreen' % i)
        orders[i] = x['drawOrder']
        types = {f['geometry']['type'] for f in fcs[i]['features']}
        if types and x['geometryType'] != 'Geometry':
            check(types == {x['geometryType']}, 'layers.json/%s: geometryType %s vs %s' % (i, x['geometryType'], types))
        c = x.get('categories')
        if c:
            for k in c['classes']:
                check(set(k['style']) <= style_keys, 'layers.json/%s: class style keys' % i)
                check(set(k['label']) == {'zh', 'en'}, 'layers.json/%s: class label' % i)
            vals = {k['value'] for k in c['classes']}
            for f in fcs[i]['features']:
                check(f['properties'].get(c['field']) in vals,
                      'layers.json/%s: %s=%r has no class' % (i, c['field'], f['properties'].get(c['field'])))
    check(len(set(orders.values())) == len(orders), 'layers.json: drawOrder not distinct')
    check(orders.get('land') == 10 and orders.get('admin-boundaries') == 20, 'layers.json: basemap drawOrder')
    top = ('axes', 'transport', 'transport-hubs')
    check(min(orders[k] for k in top) > max(v for k, v in orders.items() if k not in top),
          'layers.json: transport/axes must be on top')
    for i, x in enumerate(lay):
        check(x['geometryType'] != 'Geometry', 'layers.json/%s: one geometry type per collection (QGIS needs it)' % x['id'])
    vocab = L.get('values', {})
    for n in FILES:
        for f in fcs[n]['features']:
            for field in ('kind', 'status'):
                v = f['properties'].get(field)
                check(v is None or v in vocab.get(field, {}), '%s/%s: %s=%r has no label in layers.json values' % (n, f['id'], field, v))

    # ---- seeds/plan.json
    pj = os.path.join(REPO, 'seeds', 'plan.json')
    if os.path.exists(pj):
        P = json.load(open(pj, encoding='utf-8'))
        check(len(P.get('targets', [])) == 12, 'seeds/plan.json: 12 targets expected')
        check({z['zone'] for z in P.get('zones', [])} == set(names), 'seeds/plan.json: zones')
        txt = json.dumps({k: v for k, v in P.items() if k != 'source'}, ensure_ascii=False)
        for s in ('工业集聚区', '开展', '建造', '出资', '财务', '当地税收', '交易额', '配备', '立异', '演示', '文明休闲', '设备'):
            check(s not in txt, 'seeds/plan.json: reworded term %s' % s)
        for st in P.get('statements', []):
            check(st.get('sourceSentence') and set(st.get('title', {})) == {'zh', 'en'}, 'seeds/plan.json/%s: sentence and title' % st.get('id'))
            for ref in st.get('placed', []):
                coll, _, fid = ref.partition('/')
                check(coll in feats and fid in feats[coll], 'seeds/plan.json/%s: placed %s is not on the map' % (st['id'], ref))
    else:
        check(False, 'seeds/plan.json missing')

    print('areas by %s: %s' % (AREA_BY, ', '.join('%s %.2f km²' % kv for kv in sorted(zone_area.items()))))
    print('development area %.2f km² (%s)' % (total, ', '.join('%s %.2f' % kv for kv in sorted(by_phase.items()))))
    print('%d passed, %d failed' % (N_OK, len(FAILS)))
    return 1 if FAILS else 0


if __name__ == '__main__':
    sys.exit(main())
