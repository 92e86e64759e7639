#!/usr/bin/env bash
# BenchmarkDotNet micro-benchmarks of the hot paths (bench/SpatialPlan.Benchmarks), Release, BenchmarkDotNet's short
# job by default. Arguments go to BenchmarkDotNet, e.g.:
#   bash bench/run-benchmarks.sh                       # all, --job short (~6-8 min on 2 cores)
#   bash bench/run-benchmarks.sh --filter '*Render*'   # one class
#   JOB=default bash bench/run-benchmarks.sh           # BenchmarkDotNet's full statistics (much longer)
# Markdown tables (GitHub flavour, a default exporter) go to bench/results/ (git-ignored), one file per class.
set -euo pipefail
cd "$(dirname "$0")/.."

results=bench/results
mkdir -p "$results"
filter=("$@")
if [ ${#filter[@]} -eq 0 ]; then
  filter=(--filter '*')
fi

dotnet run --project bench/SpatialPlan.Benchmarks -c Release -- \
  --job "${JOB:-short}" --artifacts "$results/artifacts" "${filter[@]}"

cp "$results"/artifacts/results/*-report-github.md "$results"/ 2>/dev/null || true
echo "tables: $results/*-report-github.md"
