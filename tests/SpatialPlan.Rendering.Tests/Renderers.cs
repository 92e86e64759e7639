using SpatialPlan.Rendering.Export;
using SpatialPlan.Rendering.Spec;
using SpatialPlan.Rendering.Text;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Rendering.Tests;

/// <summary>The exporter over the real catalogue and geodata with the machine's CJK font, on a fixed date; and where samples go.</summary>
public static class Renderers
{
    public static readonly DateTimeOffset Today = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<FontSet> Fonts = new(() => FontResolver.Resolve(new FontOptions()));

    public static FontSet CjkFonts => Fonts.Value;

    /// <summary>The whole plan: the catalogue's extent.</summary>
    public static MapExtentSpec WholePlan => new() { Bbox = PlanData.Geodata.Catalogue.Extent.Bbox };

    public static MapExporter Exporter(FontSet? fonts = null) =>
        new(PlanData.Geodata.Catalogue, new PlanDataStore(), fonts ?? CjkFonts, new FixedClock(Today));

    /// <summary>The folder exported samples are kept in for a person to look at: artifacts/exports under the test output.</summary>
    public static string ArtefactPath(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "artifacts", "exports");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    public static async Task<ExportedFile> ExportAsync(MapSpec spec, FontSet? fonts = null)
    {
        var outcome = await Exporter(fonts).ExportAsync(spec, TestContext.Current.CancellationToken);
        Assert.True(outcome.File is not null, outcome.Failure?.Message);
        return outcome.File!;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
