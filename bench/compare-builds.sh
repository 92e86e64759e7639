#!/usr/bin/env bash
# Items throughput of two builds of SpatialPlan on the same PostGIS database, one server at a time, in one run:
#   bench/compare-builds.sh OLD_WEB_DLL NEW_WEB_DLL PARCELS_GEOJSON
# Needs wrk and a server from scripts/start-postgis.sh (SPATIALPLAN_TEST_POSTGIS). Serves the parcels as the extra
# collection parcels100k on 127.0.0.1:$APP_PORT and runs wrk (4 connections, $WRK_SECS s) on P1 and P2 of
# bench/README.md, alternating old, new, old, new. Prints MB/s and requests/s per run.
set -euo pipefail
old_dll=$1 new_dll=$2 parcels=$3
APP_PORT=${APP_PORT:-5191}
WRK_SECS=${WRK_SECS:-10}
db=bench_compare
pg_port=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$SPATIALPLAN_TEST_POSTGIS")
pg="postgresql://postgres@127.0.0.1:$pg_port/postgres"
psql "$pg" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db TEMPLATE spatialplan_template"
conn="${SPATIALPLAN_TEST_POSTGIS/Database=postgres/Database=$db}"
base="http://127.0.0.1:$APP_PORT/ogc/collections/parcels100k/items"
declare -A url=([P1]="$base?bbox=120.90,27.95,120.92,27.97&limit=1000" [P2]="$base?bbox=120.85,27.90,120.95,28.00&limit=10000")
app_pid=
trap '[ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null; psql "$pg" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)"' EXIT

run() { # label dll
  ConnectionStrings__SpatialPlan="$conn" SpatialPlan__ExtraCollections__0__Id=parcels100k \
  SpatialPlan__ExtraCollections__0__Title=Parcels SpatialPlan__ExtraCollections__0__Path="$parcels" \
  Logging__LogLevel__Default=Warning dotnet "$2" --urls "http://127.0.0.1:$APP_PORT" >/dev/null 2>&1 &
  app_pid=$!
  until curl -sf "http://127.0.0.1:$APP_PORT/ogc/collections" >/dev/null; do sleep 0.5; done
  for p in P1 P2; do
    curl -s "${url[$p]}" >/dev/null; curl -s "${url[$p]}" >/dev/null # warm-up
    bytes=$(curl -s "${url[$p]}" | wc -c)
    rps=$(wrk -t2 -c4 -d"${WRK_SECS}s" "${url[$p]}" | awk '/Requests\/sec/ {print $2}')
    printf '%-4s %s %9d bytes  %8.2f r/s  %8.2f MB/s\n' "$1" "$p" "$bytes" "$rps" "$(echo "$rps * $bytes / 1000000" | bc -l)"
  done
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=
}
run old "$old_dll"; run new "$new_dll"; run old "$old_dll"; run new "$new_dll"
