using BenchmarkDotNet.Running;

// Arguments go to BenchmarkDotNet: --filter '*Render*', --job short, --exporters markdown (bench/run-benchmarks.sh).
BenchmarkSwitcher.FromAssembly(typeof(SpatialPlan.Benchmarks.BenchData).Assembly).Run(args);
