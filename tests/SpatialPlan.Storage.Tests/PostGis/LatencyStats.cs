using System.Diagnostics;
using System.Globalization;

namespace SpatialPlan.Storage.Tests.PostGis;

/// <summary>Times two operations alternately in one process (so both see the same machine load) and summarises
/// each by median and 90th percentile. A report, never an assertion: timings on a shared box vary.</summary>
internal static class LatencyStats
{
    public const int Warmup = 20;
    public const int Runs = 300;

    public sealed record Summary(double MedianMs, double P90Ms, double MinMs)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"median {MedianMs:F3} ms, p90 {P90Ms:F3} ms, min {MinMs:F3} ms");
    }

    public static async Task<(Summary First, Summary Second)> MeasureAsync<T>(Func<Task<T>> first, Func<Task<T>> second)
    {
        for (var i = 0; i < Warmup; i++)
        {
            await first();
            await second();
        }

        var (a, b) = (new double[Runs], new double[Runs]);
        for (var i = 0; i < Runs; i++)
        {
            a[i] = await TimeAsync(first);
            b[i] = await TimeAsync(second);
        }

        return (Summarise(a), Summarise(b));
    }

    private static async Task<double> TimeAsync<T>(Func<Task<T>> operation)
    {
        var started = Stopwatch.GetTimestamp();
        await operation();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static Summary Summarise(double[] samples)
    {
        Array.Sort(samples);
        return new Summary(samples[samples.Length / 2], samples[(int)(samples.Length * 0.9)], samples[0]);
    }
}
