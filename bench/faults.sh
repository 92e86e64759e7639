#!/usr/bin/env bash
# Fault runs of issue 7 ("staying up"): SpatialPlan on the PostGIS store with 10^5 parcels, one scenario at a time
# (bench/faults.py: outage, lock, pool, aborts, render, slow), and of issue 12: kill9 (bench/kill9.py: 20 kill -9 of
# a server of its own during a write stream, on the embedded store, then on the PostGIS store; every acknowledged
# write still there after the restarts, no leftover files). Bounded: about 12 minutes in all, loopback only.
#   bash bench/faults.sh                 # every scenario
#   bash bench/faults.sh outage lock     # some
# Run as root (PostgreSQL runs as user postgres); installs nothing (bench/install.sh does). Stops what it started.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
scenarios=("$@")
[ ${#scenarios[@]} -gt 0 ] || scenarios=(outage lock pool aborts render slow kill9)
APP_PORT=${APP_PORT:-5091}
COMMAND_TIMEOUT_S=${COMMAND_TIMEOUT_S:-5}
HEADER_TIMEOUT_S=${HEADER_TIMEOUT_S:-10}
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

for tool in psql python3 dotnet curl; do command -v "$tool" >/dev/null || { echo "faults: missing $tool (bench/install.sh)" >&2; exit 1; }; done
[ "$(id -u)" -eq 0 ] || { echo "faults: run as root (PostgreSQL is started as user postgres)" >&2; exit 1; }

work=$(mktemp -d /tmp/spatialplan-faults.XXXXXX)
app_pid=
pg_dir=
cleanup() {
  set +e
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
  [ -n "$pg_dir" ] && bash "$repo/scripts/stop-postgis.sh" "$pg_dir"
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

log "generating 10^5 parcels (seeded)"
python3 bench/gen_parcels.py -n 100000 --seed 7 -o "$work/parcels100k.geojson" >/dev/null

eval "$(SPATIALPLAN_PG_PORT=${SPATIALPLAN_PG_PORT:-54350} bash scripts/start-postgis.sh)"
pg_dir=$SPATIALPLAN_TEST_POSTGIS_DIR
pg_port=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$SPATIALPLAN_TEST_POSTGIS")
export PGHOST=127.0.0.1 PGPORT=$pg_port PGUSER=postgres
createdb -T spatialplan_template spatialplan
# The throwaway cluster acknowledges commits before their WAL is written (synchronous_commit = off), so an immediate
# stop could lose acknowledged writes for the database's reasons, not the app's: judge the app on a durable commit.
psql -d postgres -q -c "ALTER SYSTEM SET synchronous_commit = on" -c "SELECT pg_reload_conf()" >/dev/null
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
pg_ctl=(runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/postgres.log")

log "building SpatialPlan (Release)"
dotnet build src/SpatialPlan.Web -c Release -v q --nologo >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
app_dll=$(ls "$repo"/src/SpatialPlan.Web/bin/Release/net*/SpatialPlan.Web.dll | head -1)
api_key=$(python3 -c 'import secrets; print(secrets.token_urlsafe(24))')
api_key_sha=$(printf '%s' "$api_key" | sha256sum | cut -d' ' -f1)

(
  cd "$work"
  export ConnectionStrings__SpatialPlan="Host=127.0.0.1;Port=$pg_port;Database=spatialplan;Username=postgres;Maximum Pool Size=20"
  export SpatialPlan__Database__CommandTimeoutSeconds=$COMMAND_TIMEOUT_S
  export SpatialPlan__ExtraCollections__0__Id=parcels100k
  export SpatialPlan__ExtraCollections__0__Title="Synthetic parcels (10^5)"
  export SpatialPlan__ExtraCollections__0__Path="$work/parcels100k.geojson"
  export Planners__Accounts__0__Name=faults
  export Planners__Accounts__0__DisplayName=faults
  export Planners__Accounts__0__ApiKeySha256=$api_key_sha
  export Kestrel__Limits__RequestHeadersTimeout=00:00:$(printf '%02d' "$HEADER_TIMEOUT_S")
  export Logging__LogLevel__Default=Warning
  exec dotnet "$app_dll" --urls "http://127.0.0.1:$APP_PORT"
) >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1200); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_PORT/ogc/collections" 2>/dev/null)" = 200 ] && break
  kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
  sleep 0.1
done
# The dotnet host execs the app: $app_pid is the server process whose memory the scenarios sample.
log "app up (pid $app_pid); running: ${scenarios[*]}"

# kill9: a server of its own per store (port APP_PORT+1), started by bench/kill9.py from a launcher that execs it.
kill9_run() { # $1 = embedded | postgis
  local launch="$work/launch-$1.sh" data="$work/kill9-data-$1"
  mkdir -p "$data"
  [ "$1" = postgis ] && createdb -T spatialplan_template kill9
  {
    echo "cd '$work'"
    echo "export SpatialPlan__DataDirectory='$data'"
    [ "$1" = postgis ] && echo "export ConnectionStrings__SpatialPlan='Host=127.0.0.1;Port=$pg_port;Database=kill9;Username=postgres'"
    echo "export Planners__Accounts__0__Name=faults Planners__Accounts__0__DisplayName=faults Planners__Accounts__0__ApiKeySha256=$api_key_sha"
    echo "export Logging__LogLevel__Default=Warning"
    echo "exec dotnet '$app_dll' --urls 'http://127.0.0.1:$((APP_PORT + 1))'"
  } >"$launch"
  python3 bench/kill9.py --store "$1" --launch "$launch" --port $((APP_PORT + 1)) --api-key "$api_key" \
    --log "$work/kill9-$1.log" $([ "$1" = embedded ] && echo "--data-dir $data")
}

failed=0
for s in "${scenarios[@]}"; do
  if [ "$s" = kill9 ]; then
    kill9_run embedded || failed=1
    kill9_run postgis || failed=1
    continue
  fi
  python3 bench/faults.py "$s" --port "$APP_PORT" --app-pid "$app_pid" --api-key "$api_key" --pg-port "$pg_port" \
    --pg-stop "${pg_ctl[*]} stop -m immediate -w" --pg-start "${pg_ctl[*]} start -w -t 60" \
    --timeout-s "$COMMAND_TIMEOUT_S" --header-timeout-s "$HEADER_TIMEOUT_S" --cores "$(nproc)" || failed=1
done
kill -0 "$app_pid" 2>/dev/null && echo "app: still running, same process (pid $app_pid), no restart" || { echo "app: DIED"; failed=1; }
busy=$(grep -ci "connection is busy\|command is already in progress" "$work/app.log" || true)
unhandled=$(grep -c "fail: Microsoft.AspNetCore.Server.Kestrel\[13\]\|Unhandled exception" "$work/app.log" || true)
echo "app log: $busy 'connection busy' errors, $unhandled unhandled exceptions"
[ "$busy" = 0 ] && [ "$unhandled" = 0 ] || failed=1
exit $failed
