#!/usr/bin/env python3
"""WMS GetMap against the export it is built on, on a running SpatialPlan (127.0.0.1 only), python3 stdlib only.

The whole plan at 1024 x 512 PNG: WMS GetMap in EPSG:4549 (a 2:1 box, so nothing is stretched), with the layers'
labels (style default) and without (style plain), and POST /api/export of the same box with no furniture; plus
GetCapabilities and GetLegendGraphic. Sequential, requests interleaved (so load from other processes falls on every
case alike), after 3 warm-ups each; prints the median and p90 and the ratio of each median to the export's.

  python3 bench/wms.py --port 5078 --runs 25
"""
import argparse
import json
import statistics
import time
import urllib.request

parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, default=5000)
parser.add_argument("--runs", type=int, default=25)
args = parser.parse_args()
base = f"http://127.0.0.1:{args.port}"

# the catalogue's extent, 120.55..121.35 E, 27.70..28.25 N, in EPSG:4549 (northing, easting) widened to 2:1
getmap = (base + "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&CRS=EPSG:4549&BBOX=3065317.67,531999.7,3126885.98,655135.9"
          "&WIDTH=1024&HEIGHT=512&FORMAT=image/png&LAYERS=spatialplan")
export_body = json.dumps({
    "format": "png", "bbox": [120.55, 27.7, 121.35, 28.25], "width": 1024, "height": 512, "dpi": 96,
    "furniture": {k: False for k in ["title", "legend", "scaleBar", "northArrow", "labels", "grid", "note"]},
}).encode()


def get(url):
    def call():
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.read()
    return call


def export():
    request = urllib.request.Request(base + "/api/export", data=export_body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.read()


def plain_styles():
    with urllib.request.urlopen(base + "/api/layers", timeout=60) as response:
        layers = json.loads(response.read())["layers"]
    names = ",".join(l["id"] for l in sorted(layers, key=lambda l: l["drawOrder"]))
    styles = ",".join("plain" if l.get("labels") else "default" for l in sorted(layers, key=lambda l: l["drawOrder"]))
    return getmap.replace("LAYERS=spatialplan", f"LAYERS={names}&STYLES={styles}")


cases = {
    "export png, no furniture": export,
    "wms getmap, labels": get(getmap + "&STYLES="),
    "wms getmap, no labels": get(plain_styles()),
    "wms getcapabilities": get(base + "/wms?SERVICE=WMS&REQUEST=GetCapabilities"),
    "wms getlegendgraphic": get(base + "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetLegendGraphic&FORMAT=image/png&LAYER=plan-zones"),
}
for call in cases.values():
    for _ in range(3):
        call()
times = {name: [] for name in cases}
for _ in range(args.runs):
    for name, call in cases.items():
        start = time.perf_counter()
        call()
        times[name].append((time.perf_counter() - start) * 1000)
baseline = statistics.median(times["export png, no furniture"])
for name, values in times.items():
    values.sort()
    print(f"{name:28s} median {statistics.median(values):7.1f} ms   p90 {values[int(len(values) * 0.9)]:7.1f} ms   "
          f"× export {statistics.median(values) / baseline:5.2f}")
