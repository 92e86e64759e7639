#!/usr/bin/env bash
# Starts SpatialPlan scaled out on loopback, from Debian packages (scripts/install-prerequisites.sh): a PostgreSQL
# primary with PostGIS, a streaming standby made by `pg_basebackup -R` that the primary waits for on every commit
# (synchronous_commit = remote_apply), N app nodes over both, and nginx in front. Usage (as root, or a user who may
# run PostgreSQL and nginx):
#   eval "$(scripts/cluster/up.sh)"     # exports SPATIALPLAN_PROXY_URL, SPATIALPLAN_NODE_URLS (space-separated),
#                                       # SPATIALPLAN_PRIMARY_PGDATA, SPATIALPLAN_STANDBY_PGDATA, SPATIALPLAN_PG_BIN
#                                       # (and SPATIALPLAN_CLUSTER_DIR, the folder that holds it all)
#   scripts/cluster/down.sh             # stops everything and deletes its folder
# Settings (environment): SPATIALPLAN_NODES (app nodes, default 2); first ports tried SPATIALPLAN_CLUSTER_PG_PORT
# (primary, the standby takes the next free one; default 54380), SPATIALPLAN_CLUSTER_APP_PORT (5180),
# SPATIALPLAN_CLUSTER_PROXY_PORT (5170); SPATIALPLAN_APP_DIR: an app already published (dotnet publish
# src/SpatialPlan.Web) to run instead of publishing one here; SPATIALPLAN_CLUSTER_METRICS_PORT: node i serves
# Prometheus metrics on 127.0.0.1 at that port + i - 1 (off when unset). The app nodes inherit this environment (so
# Planners__… accounts set by the caller work on every node) plus their connection string and address.
# Only the export lines go to stdout; progress goes to stderr, and every log to the cluster folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD

log() { echo "cluster: $*" >&2; }
fail() { log "$*"; exit 1; }

nodes=${SPATIALPLAN_NODES:-2}
[[ "$nodes" =~ ^[1-9][0-9]?$ ]] || fail "SPATIALPLAN_NODES must be 1..99, not '$nodes'"

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] && [ -x "$bin/pg_basebackup" ] || fail "PostgreSQL is not installed: run scripts/install-prerequisites.sh"
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || fail "nginx is not installed: run scripts/install-prerequisites.sh"
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

# PostgreSQL refuses to run as root: run it as the unprivileged postgres user then.
run_as=()
[ "$(id -u)" -eq 0 ] && run_as=(runuser -u postgres --)

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
taken=" "
free_port() { # first port from $1 that is free and not handed out by this script yet
  local p=$1
  for _ in $(seq 1 50); do
    if ! port_in_use "$p" && [[ "$taken" != *" $p "* ]]; then
      taken+="$p "
      echo "$p"
      return
    fi
    p=$((p + 1))
  done
  fail "no free port from $1 on"
}

dir=$(mktemp -d "${TMPDIR:-/tmp}/spatialplan-cluster.XXXXXX")
chmod 755 "$dir"
[ "$(id -u)" -eq 0 ] && chown postgres "$dir"
# A failed start leaves nothing running: down.sh knows every pid file and data folder written below.
trap 'status=$?; if [ $status -ne 0 ]; then log "start failed (logs in $dir), stopping"; tail -n 20 "$dir"/*.log >&2 || true; bash "$repo/scripts/cluster/down.sh" "$dir" || true; fi' EXIT

primary_port=$(free_port "${SPATIALPLAN_CLUSTER_PG_PORT:-54380}")
standby_port=$(free_port $((primary_port + 1)))
proxy_port=$(free_port "${SPATIALPLAN_CLUSTER_PROXY_PORT:-5170}")
app_ports=()
next=${SPATIALPLAN_CLUSTER_APP_PORT:-5180}
for _ in $(seq 1 "$nodes"); do
  p=$(free_port "$next")
  app_ports+=("$p")
  next=$((p + 1))
done

# --- PostgreSQL primary ------------------------------------------------------------------------------------------
primary=$dir/primary
standby=$dir/standby
"${run_as[@]}" "$bin/initdb" -D "$primary" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
cat >>"$primary/postgresql.conf" <<CONF
# SpatialPlan cluster on loopback (scripts/cluster/up.sh): the primary.
listen_addresses = '127.0.0.1'
port = $primary_port
unix_socket_directories = '$dir'
cluster_name = 'primary'
max_connections = 300
jit = off
wal_level = replica
max_wal_senders = 5
max_replication_slots = 5
hot_standby = on
# A commit is answered only once the standby has applied it: an acknowledged write survives the loss of the
# primary, and a read on the standby right after it sees it.
synchronous_standby_names = 'standby1'
synchronous_commit = remote_apply
CONF
"${run_as[@]}" "$bin/pg_ctl" -D "$primary" -l "$dir/primary.log" -w -t 60 start >/dev/null
psql_at() { "$bin/psql" -h 127.0.0.1 -p "$1" -U postgres -X -q -At -v ON_ERROR_STOP=1 "${@:2}"; }
# Until the standby is attached, the primary's commits would wait for it: these run without that wait.
PGOPTIONS='-c synchronous_commit=local' psql_at "$primary_port" -d postgres -c "CREATE DATABASE spatialplan"
PGOPTIONS='-c synchronous_commit=local' psql_at "$primary_port" -d spatialplan -c "CREATE EXTENSION postgis"

# --- the standby: a base backup of the primary, streaming from it ---------------------------------------------------
# -R writes primary_conninfo and standby.signal; -C -S makes a replication slot, so the primary keeps the WAL the
# standby has not received yet (a standby that lags behind never needs re-cloning).
# -c fast: checkpoint at once (a spread one takes minutes).
"${run_as[@]}" "$bin/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U postgres -D "$standby" -R -X stream -c fast \
  -C -S standby1 >"$dir/basebackup.log" 2>&1
cat >>"$standby/postgresql.conf" <<CONF
# The standby (copied from the primary's by pg_basebackup; these lines win). cluster_name is the name the
# primary's synchronous_standby_names waits for. Once promoted it waits for no standby of its own: until one is
# attached, commits are acknowledged on its disk alone.
port = $standby_port
cluster_name = 'standby1'
synchronous_standby_names = ''
CONF
"${run_as[@]}" "$bin/pg_ctl" -D "$standby" -l "$dir/standby.log" -w -t 60 start >/dev/null
for _ in $(seq 1 100); do
  [ "$(psql_at "$primary_port" -d postgres -c "SELECT sync_state FROM pg_stat_replication WHERE application_name = 'standby1'")" = sync ] && break
  sleep 0.1
done
[ "$(psql_at "$primary_port" -d postgres -c "SELECT sync_state FROM pg_stat_replication WHERE application_name = 'standby1'")" = sync ] ||
  fail "the standby did not become the primary's synchronous standby"
log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}'): primary 127.0.0.1:$primary_port, synchronous standby 127.0.0.1:$standby_port"

# --- the app, built once -----------------------------------------------------------------------------------------
app=${SPATIALPLAN_APP_DIR:-}
if [ -z "$app" ]; then
  app=$dir/app
  log "publishing the app (Release) to $app"
  dotnet publish src/SpatialPlan.Web -c Release -o "$app" --nologo -v quiet >"$dir/publish.log" 2>&1 ||
    fail "dotnet publish failed (see $dir/publish.log)"
fi
[ -f "$app/SpatialPlan.Web.dll" ] || fail "no SpatialPlan.Web.dll in $app"

# Writes and reads of the records on the primary, whichever host that is now; reads of the read-only collections
# and tiles on a standby while one answers (the app asks for each, PostGisDataSources). Host Recheck Seconds: how
# soon a node looks again at which host is the primary after a failover.
connection="Host=127.0.0.1:$primary_port,127.0.0.1:$standby_port;Database=spatialplan;Username=postgres;Host Recheck Seconds=2"

start_node() { # $1: index, $2: port
  local i=$1 port=$2
  (
    cd "$app"
    export ConnectionStrings__SpatialPlan="$connection"
    export ASPNETCORE_URLS="http://127.0.0.1:$port"
    # The client's address and scheme come from nginx's X-Forwarded-* headers (the sign-in rate limit is per client).
    export ASPNETCORE_FORWARDEDHEADERS_ENABLED=true
    export SpatialPlan__DataDirectory="$dir/node$i-data"
    if [ -n "${SPATIALPLAN_CLUSTER_METRICS_PORT:-}" ]; then
      export Telemetry__MetricsPort=$((SPATIALPLAN_CLUSTER_METRICS_PORT + i - 1))
    fi
    exec setsid dotnet SpatialPlan.Web.dll </dev/null >"$dir/node$i.log" 2>&1
  ) &
  echo $! >"$dir/node$i.pid"
}

wait_ready() { # $1: index, $2: port
  for _ in $(seq 1 1200); do
    curl -fsS -o /dev/null "http://127.0.0.1:$2/health/ready" 2>/dev/null && return 0
    kill -0 "$(cat "$dir/node$1.pid")" 2>/dev/null || fail "app node $1 exited at start (see $dir/node$1.log)"
    sleep 0.1
  done
  fail "app node $1 was not ready within 120 s (see $dir/node$1.log)"
}

# The first node migrates and seeds the database, and makes the Data Protection key (at its first page) before the
# others start, so they find one key ring rather than each making its own.
start_node 1 "${app_ports[0]}"
wait_ready 1 "${app_ports[0]}"
curl -fsS -o /dev/null "http://127.0.0.1:${app_ports[0]}/" || fail "app node 1 does not serve its page"
for i in $(seq 2 "$nodes"); do
  start_node "$i" "${app_ports[$((i - 1))]}"
done
for i in $(seq 2 "$nodes"); do
  wait_ready "$i" "${app_ports[$((i - 1))]}"
done
log "$nodes app node(s) on ${app_ports[*]}"

# --- nginx -------------------------------------------------------------------------------------------------------
mkdir -p "$dir/nginx"
for p in "${app_ports[@]}"; do
  echo "    server 127.0.0.1:$p max_fails=2 fail_timeout=5s;"
done >"$dir/nginx/servers"
user_line=""
if [ "$(id -u)" -eq 0 ]; then
  user_line="user www-data;"
  chown www-data "$dir/nginx"
fi
sed -e "s|@USER@|$user_line|" -e "s|@DIR@|$dir/nginx|g" -e "s|@PORT@|$proxy_port|" \
  -e "/@SERVERS@/{
r $dir/nginx/servers
d
}" scripts/cluster/nginx.conf.in >"$dir/nginx/nginx.conf"
"$nginx_bin" -t -q -p "$dir/nginx" -c "$dir/nginx/nginx.conf" 2>"$dir/nginx-test.log" || fail "nginx.conf: $(cat "$dir/nginx-test.log")"
"$nginx_bin" -p "$dir/nginx" -c "$dir/nginx/nginx.conf" 2>>"$dir/nginx-test.log"
for _ in $(seq 1 50); do
  curl -fsS -o /dev/null "http://127.0.0.1:$proxy_port/health/ready" 2>/dev/null && break
  sleep 0.1
done
curl -fsS -o /dev/null "http://127.0.0.1:$proxy_port/health/ready" || fail "nginx does not reach the app (see $dir/nginx/error.log)"
log "nginx on 127.0.0.1:$proxy_port; everything in $dir"

trap - EXIT
urls=""
for p in "${app_ports[@]}"; do urls+="http://127.0.0.1:$p "; done
echo "export SPATIALPLAN_PROXY_URL='http://127.0.0.1:$proxy_port'"
echo "export SPATIALPLAN_NODE_URLS='${urls% }'"
echo "export SPATIALPLAN_PRIMARY_PGDATA='$primary'"
echo "export SPATIALPLAN_STANDBY_PGDATA='$standby'"
echo "export SPATIALPLAN_PG_BIN='$bin'"
echo "export SPATIALPLAN_CLUSTER_DIR='$dir'"
