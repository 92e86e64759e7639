#!/usr/bin/env bash
# Stops the throwaway cluster of scripts/start-postgis.sh and deletes its folder.
# Usage: scripts/stop-postgis.sh [DIR]   (default: $SPATIALPLAN_TEST_POSTGIS_DIR)
set -euo pipefail

dir=${1:-${SPATIALPLAN_TEST_POSTGIS_DIR:-}}
case "$dir" in
  "${TMPDIR:-/tmp}"/spatialplan-pg.*) ;;
  *) echo "stop-postgis: not a cluster folder of start-postgis.sh: '$dir'" >&2; exit 1 ;;
esac

bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
run_as=()
[ "$(id -u)" -eq 0 ] && run_as=(runuser -u postgres --)
if [ -f "$dir/data/postmaster.pid" ]; then
  "${run_as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
fi
rm -rf "$dir"
echo "stop-postgis: stopped and removed $dir" >&2
