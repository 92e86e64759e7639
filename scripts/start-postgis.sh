#!/usr/bin/env bash
# Starts a throwaway PostgreSQL + PostGIS cluster for the tests and prints the shell lines that point the
# tests at it. Installs nothing (scripts/install-prerequisites.sh does). Usage:
#   eval "$(scripts/start-postgis.sh)"      # exports SPATIALPLAN_TEST_POSTGIS and SPATIALPLAN_TEST_POSTGIS_DIR
#   scripts/stop-postgis.sh                 # stops it and deletes its folder
# The cluster lives in a temp folder, listens on 127.0.0.1 only (first free port from $SPATIALPLAN_PG_PORT,
# default 54330), trusts loopback connections and runs without fsync: it holds test data only.
# It creates database spatialplan_template with the postgis extension; each test class copies it.
set -euo pipefail

log() { echo "start-postgis: $*" >&2; }

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  log "PostgreSQL is not installed: run scripts/install-prerequisites.sh (postgresql-15-postgis-3)"
  exit 1
fi
version=$(basename "$(dirname "$bin")")
if [ ! -f "/usr/share/postgresql/$version/extension/postgis.control" ]; then
  log "PostGIS is not installed: run scripts/install-prerequisites.sh (postgresql-15-postgis-3)"
  exit 1
fi

# PostgreSQL refuses to run as root: run it as the unprivileged postgres user then.
run_as=()
if [ "$(id -u)" -eq 0 ]; then
  run_as=(runuser -u postgres --)
fi

port=${SPATIALPLAN_PG_PORT:-54330}
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for _ in $(seq 1 20); do
  port_in_use "$port" || break
  port=$((port + 1))
done
if port_in_use "$port"; then
  log "no free port from ${SPATIALPLAN_PG_PORT:-54330} on"
  exit 1
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/spatialplan-pg.XXXXXX")
chmod 755 "$dir"
[ "$(id -u)" -eq 0 ] && chown postgres "$dir"
"${run_as[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
cat >>"$dir/data/postgresql.conf" <<CONF
# throwaway test cluster: loopback only, durability off
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
jit = off
CONF
"${run_as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 start >/dev/null

psql() { "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -X -q -v ON_ERROR_STOP=1 "$@"; }
psql -d postgres -c "CREATE DATABASE spatialplan_template"
psql -d spatialplan_template -c "CREATE EXTENSION postgis"
# Nobody may connect to the template: a connection would block every CREATE DATABASE ... TEMPLATE.
psql -d postgres -c "ALTER DATABASE spatialplan_template WITH IS_TEMPLATE true ALLOW_CONNECTIONS false"

log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') with PostGIS on 127.0.0.1:$port, data in $dir"
echo "export SPATIALPLAN_TEST_POSTGIS='Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres'"
echo "export SPATIALPLAN_TEST_POSTGIS_DIR='$dir'"
