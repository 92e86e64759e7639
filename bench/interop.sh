#!/usr/bin/env bash
# Issue 14's figures, briefly (a few requests each, medians): bytes of a P2-like page (items, large bbox, limit=10000)
# uncompressed, gzip and Brotli, and the latency of a deep page by offset (99 990) against the same page by cursor,
# on both stores, over 10^5 synthetic parcels. Loopback only; stops what it started.
#   SPATIALPLAN_TEST_POSTGIS='Host=…;Port=…;Username=postgres;Database=postgres' bash bench/interop.sh
#   N=20000 REPS=3 CONFIGURATION=Debug NO_BUILD=1 bash bench/interop.sh   # smaller and quicker, on the Debug build
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100000}; REPS=${REPS:-5}; PORT=${PORT:-5397}
work=$(mktemp -d /tmp/spatialplan-interop.XXXXXX)
app=""
cleanup() { [ -n "$app" ] && kill "$app" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

python3 bench/gen_parcels.py -n "$N" -o "$work/parcels.geojson" --seed 7
CONFIGURATION=${CONFIGURATION:-Release}
[ -n "${NO_BUILD:-}" ] || dotnet build src/SpatialPlan.Web -c "$CONFIGURATION" -v q -nologo >/dev/null
bin=src/SpatialPlan.Web/bin/$CONFIGURATION/net10.0/SpatialPlan.Web

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
timed() { for _ in $(seq "$REPS"); do curl -s -o /dev/null -w '%{time_total}\n' "$@"; done | median; }

start() { # $1: store name; the rest: extra environment
  local store=$1; shift
  env "$@" ASPNETCORE_URLS="http://127.0.0.1:$PORT" SpatialPlan__DataDirectory="$work/data-$store" \
    SpatialPlan__ExtraCollections__0__Id=parcels SpatialPlan__ExtraCollections__0__Title=Parcels \
    SpatialPlan__ExtraCollections__0__Path="$work/parcels.geojson" "$bin" >"$work/$store.log" 2>&1 &
  app=$!
  for _ in $(seq 600); do curl -sf "http://127.0.0.1:$PORT/ogc/collections/parcels/items?limit=1" >/dev/null && return; sleep 0.5; done
  echo "the app did not start: $(tail -5 "$work/$store.log")" >&2; exit 1
}

measure() {
  local store=$1 base="http://127.0.0.1:$PORT/ogc/collections/parcels/items"
  local p2="$base?bbox=120.85,27.90,120.95,28.00&limit=10000"
  curl -s -o /dev/null "$p2" # warm
  for enc in identity gzip br; do
    size=$(curl -s -o /dev/null -H "Accept-Encoding: $enc" -w '%{size_download}' "$p2")
    t=$(timed -H "Accept-Encoding: $enc" "$p2")
    printf '%-8s P2 %-8s %10s bytes  %6s s\n' "$store" "$enc" "$size" "$t"
  done
  local deep=$((N - 10))
  cursor_url=$(curl -s "$base?limit=1&offset=$((deep - 1))" | python3 -c 'import json,sys; print([l["href"] for l in json.load(sys.stdin)["links"] if l["rel"]=="next"][0])')
  curl -s -o /dev/null "$base?limit=10&offset=$deep"; curl -s -o /dev/null "${cursor_url/limit=1/limit=10}"
  printf '%-8s first page         %6s s\n' "$store" "$(timed "$base?limit=10")"
  printf '%-8s offset=%-10s %6s s\n' "$store" "$deep" "$(timed "$base?limit=10&offset=$deep")"
  printf '%-8s cursor (same page) %6s s\n' "$store" "$(timed "${cursor_url/limit=1/limit=10}")"
  kill "$app"; wait "$app" 2>/dev/null || true; app=""
}

start embedded; measure embedded
if [ -n "${SPATIALPLAN_TEST_POSTGIS:-}" ]; then
  db=interop_bench_$$
  psql "$(echo "$SPATIALPLAN_TEST_POSTGIS" | sed 's/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Database=/dbname=/')" -qc "CREATE DATABASE $db TEMPLATE spatialplan_template" 2>/dev/null ||
    psql "$(echo "$SPATIALPLAN_TEST_POSTGIS" | sed 's/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Database=/dbname=/')" -qc "CREATE DATABASE $db"
  start postgis "ConnectionStrings__SpatialPlan=${SPATIALPLAN_TEST_POSTGIS/Database=postgres/Database=$db}"
  measure postgis
  psql "$(echo "$SPATIALPLAN_TEST_POSTGIS" | sed 's/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Database=/dbname=/')" -qc "DROP DATABASE $db"
fi
