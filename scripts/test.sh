#!/usr/bin/env bash
# The test command (README): installs missing prerequisites, starts a throwaway PostGIS for the tests (unless
# SPATIALPLAN_TEST_POSTGIS already names a server), builds, runs every test project, checks that the web app
# publishes as the Dockerfile publishes it, runs the scaled-out cluster's checks on that build (scripts/cluster/check.sh),
# and ends with one summary line "tests: N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-prerequisites.sh

log=$(mktemp)
publish_dir=$(mktemp -d)
cleanup() {
  rm -rf "$log" "$publish_dir"
  if [ -n "${started_postgis:-}" ]; then
    bash scripts/stop-postgis.sh "$SPATIALPLAN_TEST_POSTGIS_DIR" || true
  fi
}
trap cleanup EXIT

if [ -z "${SPATIALPLAN_TEST_POSTGIS:-}" ]; then
  if postgis_env=$(bash scripts/start-postgis.sh); then
    eval "$postgis_env"
    export SPATIALPLAN_TEST_POSTGIS SPATIALPLAN_TEST_POSTGIS_DIR
    started_postgis=1
  elif [ "${CI:-}" = "true" ]; then
    echo "could not start PostGIS for the tests" >&2
    exit 1
  else
    echo "could not start PostGIS: its tests will be skipped" >&2
  fi
fi

set +e
dotnet test --solution SpatialPlan.sln --no-progress "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# The Dockerfile's build stage, without Docker: the app must publish with its geodata and seeds beside it.
dotnet publish src/SpatialPlan.Web -c Release -o "$publish_dir" --nologo -v quiet >"$publish_dir.log" 2>&1
publish_status=$?
set -e
if [ "$publish_status" -eq 0 ] && [ -f "$publish_dir/SpatialPlan.Web.dll" ] &&
  [ -f "$publish_dir/geodata/layers.json" ] && [ -f "$publish_dir/seeds/plan.json" ] &&
  [ -s "$publish_dir/search/pinyin-index.json" ]; then
  echo "publish: ok (dotnet publish src/SpatialPlan.Web -c Release, with geodata/, seeds/ and the pinyin index)"
else
  cat "$publish_dir.log" >&2
  echo "publish: FAILED" >&2
  status=1
fi
rm -f "$publish_dir.log"

# The scaled-out cluster on loopback, from the app just published: primary + synchronous standby, three app nodes,
# nginx; the page reconnecting in Chromium and the fault runs (scripts/cluster/check.sh), about two minutes.
if [ "$publish_status" -eq 0 ]; then
  set +e
  SPATIALPLAN_APP_DIR=$publish_dir bash scripts/cluster/check.sh 2>&1 | tee "$publish_dir.cluster"
  cluster_status=${PIPESTATUS[0]}
  set -e
  if [ "$cluster_status" -eq 0 ]; then
    echo "cluster: ok ($(grep -o 'cluster checks: .*' "$publish_dir.cluster" | tail -n 1))"
  else
    echo "cluster: FAILED" >&2
    status=1
  fi
  rm -f "$publish_dir.cluster"
fi

# Stop the throwaway PostGIS now, so the summary below is the last line of the run.
if [ -n "${started_postgis:-}" ]; then
  bash scripts/stop-postgis.sh "$SPATIALPLAN_TEST_POSTGIS_DIR" || true
  started_postgis=
fi

count() { awk -v key="$1:" '$1 == key { n = $2 } END { print n + 0 }' "$log"; }
echo "tests: $(count succeeded) passed, $(count failed) failed, $(count skipped) skipped"
if [ "$status" -eq 0 ] && [ "$(count succeeded)" -eq 0 ]; then
  echo "no test ran" >&2
  exit 1
fi
exit "$status"
