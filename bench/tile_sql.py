#!/usr/bin/env python3
"""Prints the PostGIS store's own vector-tile statement (PostGisVectorTiles.TileSql, read from the source) with the
parameters of one tile filled in, so pgbench can time ST_AsMVT alone for P8.
usage: tile_sql.py REPO COLLECTION Z X Y"""
import re
import sys

repo, collection, z, x, y = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
source = open(f"{repo}/src/SpatialPlan.Storage/PostGis/PostGisVectorTiles.cs", encoding="utf-8").read()
sql = re.search(r'TileSql = """(.*?)""";', source, re.S).group(1)
fmt = open(f"{repo}/src/SpatialPlan.Core/Tiles/VectorTileFormat.cs", encoding="utf-8").read()


def const(name):
    return float(re.search(rf"const \w+ {name} = ([0-9.]+)", fmt).group(1))


extent, buffer = const("Extent"), const("Buffer")
per_pixel = extent / 256.0  # VectorTileFormat.UnitsPerScreenPixel = Extent / 256.0
tile_metres = 2 * 20037508.342789244 / 2 ** z
values = {
    "collection": "'" + collection.replace("'", "''") + "'", "z": str(z), "x": str(x), "y": str(y),
    "margin": repr(buffer / extent), "pixel": repr(tile_metres / extent * per_pixel),
    "extent": str(int(extent)), "buffer": str(int(buffer)),
}
print(re.sub(r"@(\w+)", lambda m: values[m.group(1)], sql).strip() + ";")
