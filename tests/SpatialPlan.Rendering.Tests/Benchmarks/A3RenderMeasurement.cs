using System.Diagnostics;
using System.Globalization;
using SpatialPlan.Rendering.Spec;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Rendering.Tests.Benchmarks;

/// <summary>
/// Measures, does not assert: the whole plan on A3 landscape at 300 DPI as PNG, rendered several times in one
/// process. Prints the median wall time, the managed bytes one render allocates, the raster's native size and
/// the process's peak working set, and keeps them in artifacts/exports/a3-render-measurement.txt.
/// Run it on purpose: dotnet test --project tests/SpatialPlan.Rendering.Tests -- --explicit only
/// </summary>
public class A3RenderMeasurement
{
    private const int Runs = 7;

    [Fact(Explicit = true)]
    public async Task MeasuresTheA3LandscapePngAt300Dpi()
    {
        var spec = new MapSpec
        {
            Extent = Renderers.WholePlan,
            Paper = new PaperSpec(PaperSize.A3, PaperOrientation.Landscape),
            Dpi = 300,
            Furniture = new FurnitureSpec { Grid = true },
        };
        _ = PlanData.Geodata; // data and font loaded before the baseline, so the peak's growth is the render's
        _ = Renderers.CjkFonts;
        using var process = Process.GetCurrentProcess();
        var baseline = process.WorkingSet64;
        await Renderers.ExportAsync(spec); // warm-up: JIT

        var times = new List<double>();
        var allocated = new List<long>();
        var size = 0;
        for (var i = 0; i < Runs; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            size = (await Renderers.ExportAsync(spec)).Content.Length;
            times.Add(clock.Elapsed.TotalMilliseconds);
            allocated.Add(GC.GetTotalAllocatedBytes(precise: true) - before);
        }

        process.Refresh();
        var (w, h) = MapSpecValidator.PixelDimensions(spec);
        var report = string.Join(Environment.NewLine,
            string.Create(CultureInfo.InvariantCulture, $"A3 landscape 300 DPI PNG ({w} x {h} px), {Runs} runs after a warm-up, {Environment.ProcessorCount} cores"),
            string.Create(CultureInfo.InvariantCulture, $"render time ms: median {Median(times):F0}, min {times.Min():F0}, max {times.Max():F0} (all: {string.Join(", ", times.Select(t => t.ToString("F0", CultureInfo.InvariantCulture)))})"),
            string.Create(CultureInfo.InvariantCulture, $"managed allocation per render: median {Median(allocated.Select(a => (double)a)) / 1048576:F1} MiB"),
            string.Create(CultureInfo.InvariantCulture, $"raster (native, Skia): {w * h * 4 / 1048576.0:F1} MiB; PNG file {size / 1048576.0:F2} MiB"),
            string.Create(CultureInfo.InvariantCulture, $"process working set before rendering {baseline / 1048576.0:F0} MiB, peak {process.PeakWorkingSet64 / 1048576.0:F0} MiB (test host included): a render adds at most {(process.PeakWorkingSet64 - baseline) / 1048576.0:F0} MiB"));
        await File.WriteAllTextAsync(Renderers.ArtefactPath("a3-render-measurement.txt"), report + Environment.NewLine, TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        Console.WriteLine(report);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
