#!/usr/bin/env bash
# Write load of issue 12 (bench/writes.py): SpatialPlan on the embedded store, then on the PostGIS store, each with 8
# connections of 70 % reads / 30 % record writes for WRITE_SECS (60) s on 127.0.0.1; one table of both at the end,
# the raw JSON lines in bench/results/writes-last.jsonl. PostGIS runs durable here (fsync, synchronous_commit and
# full_page_writes on, unlike the test cluster) so both stores acknowledge a write only once it is on disk.
#   bash bench/writes.sh            # both stores (~3 min)
#   bash bench/writes.sh embedded   # one
# Run as root (PostgreSQL runs as user postgres); installs nothing. Stops what it started.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
stores=("$@")
[ ${#stores[@]} -gt 0 ] || stores=(embedded postgis)
APP_PORT=${APP_PORT:-5092}
WRITE_SECS=${WRITE_SECS:-60}
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

for tool in psql python3 dotnet curl; do command -v "$tool" >/dev/null || { echo "writes: missing $tool (bench/install.sh)" >&2; exit 1; }; done
[ "$(id -u)" -eq 0 ] || { echo "writes: run as root (PostgreSQL is started as user postgres)" >&2; exit 1; }

work=$(mktemp -d /tmp/spatialplan-writes.XXXXXX)
app_pid=
pg_dir=
cleanup() {
  set +e
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
  [ -n "$pg_dir" ] && bash "$repo/scripts/stop-postgis.sh" "$pg_dir"
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

pg_port=
if [[ " ${stores[*]} " == *" postgis "* ]]; then
  eval "$(SPATIALPLAN_PG_PORT=${SPATIALPLAN_PG_PORT:-54360} bash scripts/start-postgis.sh)"
  pg_dir=$SPATIALPLAN_TEST_POSTGIS_DIR
  pg_port=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$SPATIALPLAN_TEST_POSTGIS")
  export PGHOST=127.0.0.1 PGPORT=$pg_port PGUSER=postgres
  createdb -T spatialplan_template spatialplan
  psql -d postgres -q -c "ALTER SYSTEM SET fsync = on" -c "ALTER SYSTEM SET synchronous_commit = on" \
    -c "ALTER SYSTEM SET full_page_writes = on" -c "SELECT pg_reload_conf()" >/dev/null
fi

log "building SpatialPlan (Release)"
dotnet build src/SpatialPlan.Web -c Release -v q --nologo >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
app_dll=$(ls "$repo"/src/SpatialPlan.Web/bin/Release/net*/SpatialPlan.Web.dll | head -1)
api_key=$(python3 -c 'import secrets; print(secrets.token_urlsafe(24))')
api_key_sha=$(printf '%s' "$api_key" | sha256sum | cut -d' ' -f1)
mkdir -p bench/results
out=bench/results/writes-last.jsonl
: >"$out"

failed=0
for store in "${stores[@]}"; do
  (
    cd "$work"
    export SpatialPlan__DataDirectory="$work/data-$store"
    [ "$store" = postgis ] && export ConnectionStrings__SpatialPlan="Host=127.0.0.1;Port=$pg_port;Database=spatialplan;Username=postgres"
    export Planners__Accounts__0__Name=bench Planners__Accounts__0__DisplayName=bench Planners__Accounts__0__ApiKeySha256=$api_key_sha
    export Logging__LogLevel__Default=Warning
    exec dotnet "$app_dll" --urls "http://127.0.0.1:$APP_PORT"
  ) >"$work/app-$store.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1200); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_PORT/ogc/collections" 2>/dev/null)" = 200 ] && break
    kill -0 "$app_pid" 2>/dev/null || { cat "$work/app-$store.log" >&2; exit 1; }
    sleep 0.1
  done
  log "$store: app up (pid $app_pid); 5 s warm-up, then $WRITE_SECS s of load"
  python3 bench/writes.py --port "$APP_PORT" --api-key "$api_key" --app-pid "$app_pid" --store "$store-warmup" \
    --connections 4 --seconds 5 >/dev/null || true
  python3 bench/writes.py --port "$APP_PORT" --api-key "$api_key" --app-pid "$app_pid" --store "$store" \
    --seconds "$WRITE_SECS" | tee -a "$out" || failed=1
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=
  if [ "$store" = embedded ]; then
    log "embedded data folder after stop: $(ls -A "$work/data-$store" | tr '\n' ' ')"
    # What the records written take by themselves: a fresh start over the same folder (the store keeps every version
    # in memory), to tell data from a leak in the RSS after the load.
    ( cd "$work"; export SpatialPlan__DataDirectory="$work/data-$store" Logging__LogLevel__Default=Warning
      exec dotnet "$app_dll" --urls "http://127.0.0.1:$APP_PORT" ) >>"$work/app-$store.log" 2>&1 &
    app_pid=$!
    for _ in $(seq 1200); do
      [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_PORT/ogc/collections/built-up/items?limit=50" 2>/dev/null)" = 200 ] && break
      sleep 0.1
    done
    sleep 5
    log "embedded: RSS of a fresh start over the records written: $(awk '/VmRSS/ {printf "%.1f MB", $2/1024}' /proc/$app_pid/status)"
    kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=
  fi
done

python3 - "$out" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
kinds = ["read-item", "read-page", "create", "replace", "delete"]
print("\n| store | req/s | writes/s | " + " | ".join(f"{k} p50/p95/p99 ms" for k in kinds) +
      " | write p99 ms | errors | lost | phantom | RSS before → after MB |")
print("|---" * (8 + len(kinds)) + "|")
for r in rows:
    cells = [f"{r['kinds'][k]['p50']}/{r['kinds'][k]['p95']}/{r['kinds'][k]['p99']}" for k in kinds]
    print(f"| {r['store']} | {r['req_s']} | {r['writes_s']} | " + " | ".join(cells) +
          f" | {r['write_p99']} | {r['errors']} | {r['lost']} | {r['phantom']} | {r['rss_before_mb']} → {r['rss_after_mb']} |")
PY
exit $failed
