using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;
using SkiaSharp;
using SpatialPlan.Rendering.Frame;
using SpatialPlan.TestSupport;
using SpatialPlan.Web.Tests.Wms;

namespace SpatialPlan.Web.Tests.Clients.Qgis;

/// <summary>
/// QGIS 3.22's WMS provider, headless (python3-qgis, Qt offscreen), draws the WMS layer in EPSG:4549 in the catalogue's
/// colours. Explicit (<c>-- --explicit only</c>): installing QGIS costs CI about 3.5 minutes (164 Debian packages,
/// 169 MiB), more than the CI budget allows, so CI does not install it; where it is installed this test runs.
/// </summary>
public class QgisWmsTests(KestrelAppFactory factory) : IClassFixture<KestrelAppFactory>
{
    [Fact(Explicit = true)]
    public async Task QgisDrawsTheZonesInTheirCatalogueColoursInEpsg4549()
    {
        // Debian's Python, the one python3-qgis installs into (a pyenv python3 earlier on PATH has no qgis module)
        const string python = "/usr/bin/python3";
        if (!Directory.Exists("/usr/lib/python3/dist-packages/qgis"))
        {
            Assert.Skip("QGIS is not installed: apt-get install python3-qgis qgis-providers");
        }

        var (_, extent, _) = WmsGetMapTests.ZonesBox("EPSG:4549");
        using var folder = new TempDirectory();
        var png = folder.File("qgis.png");
        string N(double v) => v.ToString("R", CultureInfo.InvariantCulture);

        var run = await ExternalTool.RunAsync("/usr/bin/env",
            ["QT_QPA_PLATFORM=offscreen", python, Path.Combine(AppContext.BaseDirectory, "Clients", "Qgis", "render_wms.py"),
             $"{factory.BaseAddress}/wms", "plan-zones", "plain", "EPSG:4549", N(extent.MinX), N(extent.MinY), N(extent.MaxX), N(extent.MaxY), "800", "600", png],
            TimeSpan.FromSeconds(120), TestContext.Current.CancellationToken);

        Assert.True(run.ExitCode == 0, $"QGIS failed ({run.ExitCode}): {run.StandardError}");
        var report = JsonDocument.Parse(run.StandardOutput.Trim().Split('\n')[^1]).RootElement;
        Assert.True(report.GetProperty("valid").GetBoolean(), run.StandardOutput);
        Assert.Empty(report.GetProperty("errors").EnumerateArray());
        var drawn = report.GetProperty("extent").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        using var image = new WmsImage(await File.ReadAllBytesAsync(png, TestContext.Current.CancellationToken),
            MapProjection.GaussKruger120, new Envelope(drawn[0], drawn[2], drawn[1], drawn[3]));
        foreach (var zone in new[] { "core", "wengxin", "liubai", "damenxiaomen" })
        {
            var inside = PlanData.Zone(zone).Geometry.InteriorPoint;
            WmsImage.AssertClose(WmsImage.ZoneFill(zone, SKColors.White), image.AtLonLat(inside.X, inside.Y), 4, $"{zone} drawn by QGIS");
        }
    }
}
