#!/usr/bin/env bash
# The cluster's checks and fault runs (scripts/cluster/faults.py) on a cluster of its own: publishes the app (unless
# SPATIALPLAN_APP_DIR names a published one), makes a planner (an API key) for the run, brings the cluster up with it,
# runs every check, and takes the cluster down whatever happened. Loopback only, about a minute after the publish.
# Ends with "cluster checks: N run, N failed"; exits 1 if one failed. scripts/test.sh runs it.
set -euo pipefail
cd "$(dirname "$0")/../.."

work=$(mktemp -d "${TMPDIR:-/tmp}/spatialplan-cluster-check.XXXXXX")
cluster_dir=""
cleanup() {
  [ -n "$cluster_dir" ] && bash scripts/cluster/down.sh "$cluster_dir" || true
  rm -rf "$work"
}
trap cleanup EXIT

app=${SPATIALPLAN_APP_DIR:-}
if [ -z "$app" ]; then
  app=$work/app
  echo "cluster check: publishing the app" >&2
  dotnet publish src/SpatialPlan.Web -c Release -o "$app" --nologo -v quiet >"$work/publish.log" 2>&1 ||
    { cat "$work/publish.log" >&2; exit 1; }
fi

# A planner (an API key) for this run only: the nodes inherit these variables from up.sh's environment.
key_lines=$(dotnet "$app/SpatialPlan.Web.dll" new-api-key)
api_key=$(sed -n 's/^API key[^:]*: *//p' <<<"$key_lines")
export Planners__Accounts__0__Name=cluster-check
export Planners__Accounts__0__DisplayName='集群检查'
export Planners__Accounts__0__ApiKeySha256="$(sed -n 's/^ApiKeySha256[^:]*: *//p' <<<"$key_lines")"

export SPATIALPLAN_APP_DIR=$app
env_lines=$(bash scripts/cluster/up.sh)
eval "$env_lines"
cluster_dir=$SPATIALPLAN_CLUSTER_DIR
status=0
python3 scripts/cluster/faults.py --api-key "$api_key" "$@" || status=$?
if [ "$status" -ne 0 ]; then
  # What the nodes logged as failures, before down.sh deletes their logs.
  for f in "$cluster_dir"/node*.log; do
    echo "--- $(basename "$f"): failures" >&2
    grep -A 12 '^fail:' "$f" | head -n 60 >&2 || true
  done
fi
exit "$status"
