#!/usr/bin/env bash
# SpatialPlan (embedded store and PostGIS store) against MapServer 8 on the same synthetic parcels, on loopback.
#   bash bench/install.sh     # once, as root: hyperfine wrk mapserver-bin cgi-mapserver lighttpd postgresql-15-postgis-3 gdal-bin
#   bash bench/run.sh         # full: RUNS=20 sequential runs + 3 warm-ups, wrk 4 connections x 10 s, per request
#   QUICK=1 bash bench/run.sh # RUNS=10, wrk 5 s
# Installs nothing. Everything listens on 127.0.0.1, every load is bounded (RUNS requests, WRK_SECS seconds), and
# everything it started is stopped on exit (trap). Prints one table of medians and ratios from this run.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

QUICK=${QUICK:-}
RUNS=${RUNS:-$([ -n "$QUICK" ] && echo 10 || echo 20)}
WARMUP=${WARMUP:-3}
WRK_SECS=${WRK_SECS:-$([ -n "$QUICK" ] && echo 5 || echo 10)}
WRK_CONN=4
HTTP_PORT=${HTTP_PORT:-18090}   # lighttpd -> mapserv
APP_PORT=${APP_PORT:-5090}      # SpatialPlan
MS_PROCS=2                      # mapserv FastCGI processes (2 cores)
RUN_AS=postgres                 # postgres and lighttpd refuse root / should not run as root

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# --- checks: run.sh installs nothing --------------------------------------------------------------------------
missing=()
for tool in hyperfine wrk lighttpd ogr2ogr psql curl python3 dotnet; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
[ -x /usr/lib/cgi-bin/mapserv ] || missing+=("mapserv (cgi-mapserver)")
if [ ${#missing[@]} -gt 0 ]; then
  echo "bench: missing ${missing[*]}; run: bash bench/install.sh (as root)" >&2
  exit 1
fi
[ "$(id -u)" -eq 0 ] || { echo "bench: run as root (postgres and lighttpd are started as user $RUN_AS)" >&2; exit 1; }

work=$(mktemp -d /tmp/spatialplan-bench.XXXXXX)
chmod 755 "$work"
chown "$RUN_AS" "$work" # lighttpd (as $RUN_AS) creates the mapserv socket here
mkdir -p "$work/www" "$work/logs" "$work/pids" "$work/out"
chown "$RUN_AS" "$work/www" "$work/logs" "$work/pids"
app_pid=
pg_dir=
cleanup() {
  set +e
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
  if [ -s "$work/pids/lighttpd.pid" ]; then
    lpid=$(cat "$work/pids/lighttpd.pid")
    children=$(pgrep -P "$lpid")
    kill "$lpid" 2>/dev/null
    for _ in $(seq 50); do kill -0 "$lpid" 2>/dev/null || break; sleep 0.1; done
    for c in $children; do kill "$c" 2>/dev/null; done
  fi
  [ -n "$pg_dir" ] && bash "$repo/scripts/stop-postgis.sh" "$pg_dir"
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

# --- data ------------------------------------------------------------------------------------------------------
log "generating 10^4 and 10^5 parcels (seeded)"
python3 bench/gen_parcels.py -n 10000 --seed 42 -o "$work/parcels10k.geojson"
python3 bench/gen_parcels.py -n 100000 --seed 7 -o "$work/parcels100k.geojson"
chmod 644 "$work"/*.geojson

# --- PostGIS (throwaway, loopback) -----------------------------------------------------------------------------
log "starting a throwaway PostGIS"
eval "$(SPATIALPLAN_PG_PORT=${SPATIALPLAN_PG_PORT:-54340} bash scripts/start-postgis.sh)"
pg_dir=$SPATIALPLAN_TEST_POSTGIS_DIR
pg_port=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$SPATIALPLAN_TEST_POSTGIS")
export PGHOST=127.0.0.1 PGPORT=$pg_port PGUSER=postgres
createdb -T spatialplan_template gis
createdb -T spatialplan_template spatialplan
pgconn="host=127.0.0.1 port=$pg_port dbname=gis user=postgres"
for n in 10k 100k; do
  log "ogr2ogr parcels$n -> PostGIS (for MapServer)"
  ogr2ogr -f PostgreSQL "PG:$pgconn" "$work/parcels$n.geojson" -nln "parcels$n" -overwrite -nlt POLYGON \
    -lco GEOMETRY_NAME=geom -lco FID=fid -lco SPATIAL_INDEX=GIST -lco PRECISION=NO --config PG_USE_COPY YES -gt 65536
  psql -d gis -q -c "ANALYZE parcels$n"
done

# --- MapServer 8 (FastCGI) behind lighttpd ---------------------------------------------------------------------
log "starting MapServer behind lighttpd on 127.0.0.1:$HTTP_PORT"
base_url="http://127.0.0.1:$HTTP_PORT"
sub() {
  sed -e "s#@BASE_URL@#$base_url#g" -e "s#@PGCONN@#$pgconn#g" -e "s#@HARNESS_DIR@#$work#g" \
      -e "s#@LOGDIR@#$work/logs#g" -e "s#@PIDDIR@#$work/pids#g" -e "s#@HTTP_PORT@#$HTTP_PORT#g" \
      -e "s#@MS_PROCS@#$MS_PROCS#g" "$1"
}
for f in parcels.map mapserver.conf lighttpd.conf; do sub "bench/conf/$f.in" >"$work/$f"; done
echo bench >"$work/www/index.html"
touch "$work/logs/mapserver.log" && chown "$RUN_AS" "$work/logs/mapserver.log"
runuser -u "$RUN_AS" -- /usr/sbin/lighttpd -f "$work/lighttpd.conf"
for _ in $(seq 50); do curl -fsS -o /dev/null "$base_url/index.html" 2>/dev/null && break; sleep 0.1; done
ms="$base_url/mapserv/parcels/ogcapi/collections/parcels100k/items"

# --- SpatialPlan, Release -------------------------------------------------------------------------------------
log "building SpatialPlan (Release)"
dotnet build src/SpatialPlan.Web -c Release -v q --nologo >"$work/logs/build.log" 2>&1 || { cat "$work/logs/build.log" >&2; exit 1; }
app_dll=$(ls src/SpatialPlan.Web/bin/Release/net*/SpatialPlan.Web.dll | head -1)
app_url="http://127.0.0.1:$APP_PORT"
ours="$app_url/ogc/collections/parcels100k/items"

# Starts the app in the background; sets p9 to the seconds from launch to the first 200 on /ogc/collections (P9).
start_app() { # $1 = name, $2 = connection string or ""
  local t0 t1
  t0=$(date +%s.%N)
  (
    cd "$work"
    export SpatialPlan__DataDirectory="$work/data-$1"
    export SpatialPlan__ExtraCollections__0__Id=parcels100k
    export SpatialPlan__ExtraCollections__0__Title="Synthetic parcels (10^5)"
    export SpatialPlan__ExtraCollections__0__Path="$work/parcels100k.geojson"
    export Logging__LogLevel__Default=Warning
    [ -n "$2" ] && export ConnectionStrings__SpatialPlan="$2"
    exec dotnet "$repo/$app_dll" --urls "$app_url"
  ) >"$work/logs/app-$1.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 3000); do # at most ~300 s
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$app_url/ogc/collections" 2>/dev/null)" = 200 ]; then
      t1=$(date +%s.%N)
      p9=$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.2f", b-a}')
      log "SpatialPlan ($1) answered 200 after $p9 s"
      return 0
    fi
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 0.1
  done
  cat "$work/logs/app-$1.log" >&2
  echo "bench: SpatialPlan ($1) did not start" >&2
  return 1
}
stop_app() { kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; app_pid=; }

# --- measurement ----------------------------------------------------------------------------------------------
# measure NAME URL: sequential median (hyperfine, ms), throughput (wrk, req/s and MB/s), features and bytes.
declare -A median rps mbs feats bytes p50
measure() {
  local name=$1 url=$2 body="$work/out/$1.body"
  curl -fsS -o "$body" "$url" || { echo "bench: $name failed: $url" >&2; exit 1; }
  bytes[$name]=$(stat -c %s "$body")
  feats[$name]=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(len(d["features"]) if "features" in d else 1)' "$body")
  hyperfine -N --style none --runs "$RUNS" --warmup "$WARMUP" --export-json "$work/out/$name.json" \
    "curl -fsS -o /dev/null $url" >/dev/null 2>&1
  median[$name]=$(python3 -c 'import json,sys; print("%.1f" % (json.load(open(sys.argv[1]))["results"][0]["median"]*1000))' "$work/out/$name.json")
  wrk -t2 -c"$WRK_CONN" -d"${WRK_SECS}s" --timeout 30s --latency "$url" >"$work/out/$name.wrk"
  p50[$name]=$(awk '$1 == "50%" { v=$2; if (v ~ /us$/) { sub(/us$/, "", v); v/=1000 } else if (v ~ /ms$/) sub(/ms$/, "", v);
                 else if (v ~ /s$/) { sub(/s$/, "", v); v*=1000 } printf "%.2f", v }' "$work/out/$name.wrk")
  rps[$name]=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$work/out/$name.wrk")
  mbs[$name]=$(awk '/^Transfer\/sec:/ { v=$2; u=v; sub(/[0-9.]+/, "", u); sub(/[A-Za-z]+$/, "", v);
                 f = (u=="GB") ? 1024 : (u=="MB") ? 1 : (u=="KB") ? 1/1024 : 1/1048576; printf "%.2f", v*f }' "$work/out/$name.wrk")
  log "$name: ${feats[$name]} features, ${bytes[$name]} B, median ${median[$name]} ms, ${rps[$name]} req/s, ${mbs[$name]} MB/s"
}
small="bbox=120.90,27.95,120.92,27.97"
large="bbox=120.85,27.90,120.95,28.00"
run_requests() { # $1 = prefix, $2 = items URL, $3 = extra query
  measure "$1.P1" "$2?limit=1000&$small$3"
  measure "$1.P2" "$2?limit=10000&$large$3"
  measure "$1.P3" "$2/50000${3:+?${3#&}}"
}

# What curl's own start-up costs: a static file from lighttpd, so the medians below can be read net of it.
hyperfine -N --style none --runs "$RUNS" --warmup "$WARMUP" --export-json "$work/out/floor.json" \
  "curl -fsS -o /dev/null $base_url/index.html" >/dev/null 2>&1
floor=$(python3 -c 'import json,sys; print("%.1f" % (json.load(open(sys.argv[1]))["results"][0]["median"]*1000))' "$work/out/floor.json")
log "curl floor (static file): $floor ms"

log "measuring MapServer"
run_requests ms "$ms" "&f=json"

log "SpatialPlan, embedded store (cold start with 10^5 parcels as an extra collection)"
start_app embedded "" && p9_emb=$p9
run_requests emb "$ours" ""
stop_app

conn="Host=127.0.0.1;Port=$pg_port;Database=spatialplan;Username=postgres"
log "SpatialPlan, PostGIS store: first start (migrates and seeds 10^5 parcels)"
start_app postgis "$conn" && p9_pg_seed=$p9
stop_app
log "SpatialPlan, PostGIS store: second start (nothing to seed)"
start_app postgis "$conn" && p9_pg=$p9
run_requests pg "$ours" ""
stop_app

# --- one table -------------------------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (b > 0) printf "%.2f", a/b; else print "-" }'; }
echo
echo "SpatialPlan vs MapServer 8.0 (FastCGI x$MS_PROCS, lighttpd) on 10^5 synthetic parcels, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
echo "median = hyperfine sequential median of 'curl' ($RUNS runs, $WARMUP warm-ups; includes curl's start-up);"
echo "req/s and MB/s = wrk $WRK_CONN connections, ${WRK_SECS} s. ratios: throughput of SpatialPlan / MapServer."
echo "curl floor (hyperfine median of curl fetching a static file from lighttpd): $floor ms"
echo "MapServer 8.0 in Debian 12 ignores 'offset', so it is compared on single-page requests only."
echo
printf '%-28s %8s %6s | %9s %9s %9s | %8s %8s %8s | %7s %7s\n' request features KB "MS ms" "emb ms" "pg ms" \
  "MS r/s" "emb r/s" "pg r/s" "emb/MS" "pg/MS"
row() { # $1 = P, $2 = label
  printf '%-28s %8s %6s | %9s %9s %9s | %8s %8s %8s | %7s %7s\n' "$1 $2" "${feats[emb.$1]}" "$((bytes[emb.$1] / 1024))" \
    "${median[ms.$1]}" "${median[emb.$1]}" "${median[pg.$1]}" "${rps[ms.$1]}" "${rps[emb.$1]}" "${rps[pg.$1]}" \
    "$(ratio "${rps[emb.$1]}" "${rps[ms.$1]}")" "$(ratio "${rps[pg.$1]}" "${rps[ms.$1]}")"
}
row P1 "items small bbox"
row P2 "items large bbox"
row P3 "one feature by id"
echo
echo "P2 MB/s (wrk): MapServer ${mbs[ms.P2]}, embedded ${mbs[emb.P2]}, PostGIS ${mbs[pg.P2]}"
echo "P2 features returned: MapServer ${feats[ms.P2]}, embedded ${feats[emb.P2]}, PostGIS ${feats[pg.P2]}; P1: ${feats[ms.P1]} / ${feats[emb.P1]} / ${feats[pg.P1]}"
echo "P3 server-side latency under wrk (p50, $WRK_CONN connections): MapServer ${p50[ms.P3]} ms, embedded ${p50[emb.P3]} ms, PostGIS ${p50[pg.P3]} ms"
echo "P4 (P1, embedded vs PostGIS store): throughput x$(ratio "${rps[emb.P1]}" "${rps[pg.P1]}"), sequential median x$(ratio "${median[pg.P1]}" "${median[emb.P1]}")"
echo "P9 cold start to the first 200 on /ogc/collections: embedded ${p9_emb} s (loads 10^5 parcels), PostGIS ${p9_pg} s (second start), PostGIS first start incl. seeding 10^5: ${p9_pg_seed} s"
