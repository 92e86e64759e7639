#!/usr/bin/env bash
# SpatialPlan (embedded store and PostGIS store) against MapServer 8 on the same synthetic parcels, on loopback.
#   bash bench/install.sh     # once, as root: wrk mapserver-bin cgi-mapserver lighttpd postgresql-15-postgis-3 gdal-bin
#   bash bench/run.sh         # ROUNDS=3 rounds of every request on every server; medians of the rounds (~25 min)
#   QUICK=1 bash bench/run.sh # one round, shorter wrk runs, P6 for 20 s (~6 min): to try the bench, not to quote
# Installs nothing. Everything listens on 127.0.0.1, every load is bounded (seconds per wrk run), and everything it
# started is stopped on exit (trap). Prints one table of medians over the rounds and ratios from this run
# (bench/report.py); the raw figures of every round are kept in bench/results/last-run.tsv.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

QUICK=${QUICK:-}
ROUNDS=${ROUNDS:-$([ -n "$QUICK" ] && echo 1 || echo 3)}
LAT_SECS=${LAT_SECS:-$([ -n "$QUICK" ] && echo 2 || echo 3)}   # wrk, 1 connection: latency (p50)
WRK_SECS=${WRK_SECS:-$([ -n "$QUICK" ] && echo 3 || echo 5)}   # wrk, 4 connections: throughput
P6_SECS=${P6_SECS:-$([ -n "$QUICK" ] && echo 20 || echo 60)}   # wrk, 8 connections: the mixed workload
WARM_SECS=${WARM_SECS:-$([ -n "$QUICK" ] && echo 3 || echo 5)} # wrk, 4 connections, not recorded: warm-up per server
WRK_CONN=4
HTTP_PORT=${HTTP_PORT:-18090}   # lighttpd -> mapserv
APP_PORT=${APP_PORT:-5090}      # SpatialPlan
MS_PROCS=2                      # mapserv FastCGI processes (2 cores)
RUN_AS=postgres                 # postgres and lighttpd refuse root / should not run as root

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# --- checks: run.sh installs nothing --------------------------------------------------------------------------
missing=()
for tool in wrk pgbench lighttpd ogr2ogr psql curl python3 dotnet; do
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
    export SpatialPlan__ExtraCollections__1__Id=parcels10k
    export SpatialPlan__ExtraCollections__1__Title="Synthetic parcels (10^4)"
    export SpatialPlan__ExtraCollections__1__Path="$work/parcels10k.geojson"
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
# Every figure goes to one TSV (round, server, metric, value); bench/report.py prints the medians and ratios.
results="$work/out/results.tsv"
round=0
put() { printf '%s\t%s\t%s\t%s\n' "$round" "$1" "$2" "$3" >>"$results"; }
wrk_ms() { # wrk latency line value ("1.23ms", "850.00us", "1.02s") -> ms
  awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/, "", v); v/=1000 } else if (v ~ /ms$/) sub(/ms$/, "", v);
                         else if (v ~ /s$/) { sub(/s$/, "", v); v*=1000 } printf "%.2f", v }'
}
server_pid=
rss_mb() { # resident memory of the server under test: SpatialPlan's process, or every mapserv FastCGI process
  if [ "$1" = ms ]; then
    ps -C mapserv -o rss= | awk '{s+=$1} END {printf "%.0f", s/1024}'
  else
    awk '/^VmRSS:/ {printf "%.0f", $2/1024}' "/proc/$server_pid/status"
  fi
}
# measure SERVER NAME URL [rss]: body size and features once, latency at 1 connection, throughput at 4.
measure() {
  local server=$1 name=$2 url=$3 body="$work/out/$1.$2.body" out
  curl -fsS -o "$body" "$url" || { echo "bench: $server $name failed: $url" >&2; exit 1; }
  put "$server" "$name.bytes" "$(stat -c %s "$body")"
  case "$name" in P5*|P8*) ;; *)
    put "$server" "$name.features" "$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(len(d["features"]) if "features" in d else 1)' "$body")" ;;
  esac
  out=$(wrk -t1 -c1 -d"${LAT_SECS}s" --timeout 30s --latency "$url")
  local p50
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  if [ -n "$p50" ] && ! grep -q '^  0 requests' <<<"$out"; then
    put "$server" "$name.p50" "$(wrk_ms "$p50")"
  else # slower than the wrk run (a big render): time three requests with curl, take the middle one
    put "$server" "$name.p50" "$(for _ in 1 2 3; do curl -fsS -o /dev/null -w '%{time_total}\n' "$url"; done | sort -n | sed -n 2p | awk '{printf "%.2f", $1*1000}')"
  fi
  local sampler=
  if [ "${4:-}" = rss ]; then
    put "$server" "$name.rss_before" "$(rss_mb "$server")"
    ( peak=0; while :; do r=$(rss_mb "$server"); [ "${r:-0}" -gt "$peak" ] && peak=$r && echo "$peak" >"$work/out/peak"; sleep 0.1; done ) &
    sampler=$!
  fi
  out=$(wrk -t2 -c"$WRK_CONN" -d"${WRK_SECS}s" --timeout 30s --latency "$url")
  if [ -n "$sampler" ]; then kill "$sampler"; wait "$sampler" 2>/dev/null || true; put "$server" "$name.rss_peak" "$(cat "$work/out/peak")"; fi
  put "$server" "$name.rps" "$(awk '/^Requests\/sec:/ {printf "%.1f", $2}' <<<"$out")"
  put "$server" "$name.mbs" "$(awk '/^Transfer\/sec:/ { v=$2; u=v; sub(/[0-9.]+/, "", u); sub(/[A-Za-z]+$/, "", v);
                 f = (u=="GB") ? 1024 : (u=="MB") ? 1 : (u=="KB") ? 1/1024 : 1/1048576; printf "%.2f", v*f }' <<<"$out")"
  put "$server" "$name.non2xx" "$(awk '/Non-2xx/ {print $NF}' <<<"$out" | grep . || echo 0)"
  log "$server $name: $(awk -F'\t' -v k="$name" '$3 == k ".p50" {p=$4} $3 == k ".rps" {r=$4} END {printf "p50 %s ms, %s req/s", p, r}' "$results")"
}
# Warm-up, not recorded: the JIT compiles the hot paths and PostgreSQL caches the table before anything is timed.
warm() { # $1 = items URL, $2 = suffix
  for q in "limit=1000&$small" "limit=10000&$large"; do
    wrk -t2 -c4 -d"${WARM_SECS}s" --timeout 30s "$1?$q$2" >/dev/null
  done
}
small="bbox=120.90,27.95,120.92,27.97"
large="bbox=120.85,27.90,120.95,28.00"
full="bbox=120.6,27.8,121.2,28.1"
# run_requests SERVER ITEMS_URL SUFFIX (SUFFIX "&f=json" on MapServer)
run_requests() {
  local server=$1 items=$2 sfx=$3
  warm "$items" "$sfx"
  measure "$server" P1 "$items?limit=1000&$small$sfx"
  measure "$server" P2 "$items?limit=10000&$large$sfx" rss
  measure "$server" P3 "$items/50000${sfx:+?${sfx#&}}"
  for n in 10 100 1000 10000; do
    measure "$server" "P7.$n" "$items?limit=$n&$full$sfx"
  done
  local out path=${items#"$4"}
  out=$(ITEMS="$path" COLL="${path%/items}" SUFFIX="$sfx" wrk -t2 -c8 -d"${P6_SECS}s" --timeout 30s -s bench/lua/mixed.lua "$4")
  read -r _ p6_rps p6_50 p6_95 p6_99 p6_fail p6_err p6_n <<<"$(grep '^P6 ' <<<"$out")"
  put "$server" P6.rps "$p6_rps"; put "$server" P6.p50 "$p6_50"; put "$server" P6.p95 "$p6_95"; put "$server" P6.p99 "$p6_99"
  put "$server" P6.errors "$((p6_fail + p6_err))"; put "$server" P6.requests "$p6_n"
  log "$server P6: $p6_rps req/s, p50 $p6_50 ms, p99 $p6_99 ms, $((p6_fail + p6_err)) errors of $p6_n"
}
wms="$base_url/mapserv?map=parcels&SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&STYLES=&CRS=EPSG:4326&BBOX=27.8,120.6,28.1,121.2&WIDTH=1024&HEIGHT=512&FORMAT=image/png"
export_png="$app_url/api/export?format=png&width=1024&height=512&$full"
tile_z14="WebMercatorQuad/14/6866/13694"   # z/y/x: the tiles of the peer harness's ST_AsMVT figures
tile_z12="WebMercatorQuad/12/1716/3423"

# P8 baseline: ST_AsMVT alone, the app's own tile statement (PostGisVectorTiles) run by pgbench on the same database.
mvt_alone() { # $1 = z, $2 = x, $3 = y -> pgbench average latency, ms
  python3 bench/tile_sql.py "$repo" parcels100k "$1" "$2" "$3" >"$work/out/mvt.sql"
  # the app's own session settings (PostGisConnection.SessionOptions), so both run the same plan
  PGOPTIONS="-c max_parallel_workers_per_gather=0" pgbench -n -c1 -T"$LAT_SECS" -f "$work/out/mvt.sql" spatialplan 2>/dev/null |
    awk '/latency average/ {printf "%.2f", $4}'
}

conn="Host=127.0.0.1;Port=$pg_port;Database=spatialplan;Username=postgres"
for round in $(seq 1 "$ROUNDS"); do
  log "round $round of $ROUNDS: MapServer"
  run_requests ms "$ms" "&f=json" "$base_url"
  measure ms P5.10k "$wms&LAYERS=parcels10k"
  measure ms P5.100k "$wms&LAYERS=parcels100k"

  log "round $round: SpatialPlan, embedded store (cold start with 10^5 + 10^4 parcels as extra collections)"
  start_app embedded "" && put emb P9 "$p9"
  server_pid=$app_pid
  run_requests emb "$ours" "" "$app_url"
  measure emb P5.10k "$export_png&layers=parcels10k"
  measure emb P5.100k "$export_png&layers=parcels100k"
  measure emb P8.z12 "$app_url/ogc/collections/parcels100k/tiles/$tile_z12"
  measure emb P8.z14 "$app_url/ogc/collections/parcels100k/tiles/$tile_z14"
  stop_app

  if [ "$round" = 1 ]; then
    log "SpatialPlan, PostGIS store: first start (migrates and seeds the parcels)"
    start_app postgis "$conn" && put pg P9.seed "$p9"
    stop_app
  fi
  log "round $round: SpatialPlan, PostGIS store (nothing to seed)"
  start_app postgis "$conn" && put pg P9 "$p9"
  server_pid=$app_pid
  run_requests pg "$ours" "" "$app_url"
  measure pg P5.10k "$export_png&layers=parcels10k"
  measure pg P5.100k "$export_png&layers=parcels100k"
  measure pg P8.z12 "$app_url/ogc/collections/parcels100k/tiles/$tile_z12"
  measure pg P8.z14 "$app_url/ogc/collections/parcels100k/tiles/$tile_z14"
  put pg P8.z12.alone "$(mvt_alone 12 3423 1716)"
  put pg P8.z14.alone "$(mvt_alone 14 13694 6866)"
  stop_app
done

mkdir -p bench/results
cp "$results" bench/results/last-run.tsv
python3 bench/report.py "$results" --rounds "$ROUNDS" --cores "$(nproc)" --ms-procs "$MS_PROCS" \
  --lat-secs "$LAT_SECS" --wrk-secs "$WRK_SECS" --wrk-conn "$WRK_CONN" --p6-secs "$P6_SECS"
