#!/usr/bin/env bash
# The test command (README): installs missing prerequisites, builds, runs every test project, and ends
# with one summary line "tests: N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-prerequisites.sh

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test --solution SpatialPlan.sln --no-progress "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

count() { awk -v key="$1:" '$1 == key { n = $2 } END { print n + 0 }' "$log"; }
echo "tests: $(count succeeded) passed, $(count failed) failed, $(count skipped) skipped"
if [ "$status" -eq 0 ] && [ "$(count succeeded)" -eq 0 ]; then
  echo "no test ran" >&2
  exit 1
fi
exit "$status"
