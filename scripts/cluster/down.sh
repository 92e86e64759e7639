#!/usr/bin/env bash
# Stops the cluster of scripts/cluster/up.sh (nginx, the app nodes, the standby, the primary) and deletes its folder.
# Usage: scripts/cluster/down.sh [DIR]   (default: $SPATIALPLAN_CLUSTER_DIR, else the folder above
# $SPATIALPLAN_PRIMARY_PGDATA). Stops only the processes whose pid files the cluster wrote.
set -euo pipefail

dir=${1:-${SPATIALPLAN_CLUSTER_DIR:-${SPATIALPLAN_PRIMARY_PGDATA:+$(dirname "$SPATIALPLAN_PRIMARY_PGDATA")}}}
case "$dir" in
  "${TMPDIR:-/tmp}"/spatialplan-cluster.*) ;;
  *) echo "cluster down: not a folder of scripts/cluster/up.sh: '$dir'" >&2; exit 1 ;;
esac
[ -d "$dir" ] || { echo "cluster down: $dir is gone already" >&2; exit 0; }

stop_pid() { # $1: pid file; TERM, then KILL after 10 s
  [ -f "$1" ] || return 0
  local pid
  pid=$(cat "$1")
  kill -TERM "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
}

nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
if [ -f "$dir/nginx/nginx.pid" ]; then
  "$nginx_bin" -p "$dir/nginx" -c "$dir/nginx/nginx.conf" -s quit 2>/dev/null || stop_pid "$dir/nginx/nginx.pid"
  for _ in $(seq 1 50); do [ -f "$dir/nginx/nginx.pid" ] || break; sleep 0.1; done
fi
for pidfile in "$dir"/node*.pid; do
  stop_pid "$pidfile"
done

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
run_as=()
[ "$(id -u)" -eq 0 ] && run_as=(runuser -u postgres --)
for data in "$dir/standby" "$dir/primary"; do
  if [ -f "$data/postmaster.pid" ]; then
    "${run_as[@]}" "$bin/pg_ctl" -D "$data" -m fast -w -t 30 stop >/dev/null 2>&1 ||
      "${run_as[@]}" "$bin/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
done
rm -rf "$dir"
echo "cluster down: stopped and removed $dir" >&2
