using SkiaSharp;
using SpatialPlan.Core.Crs;
using SpatialPlan.Rendering.Frame;
using SpatialPlan.Rendering.Spec;
using SpatialPlan.Rendering.Tests.Pixels;

namespace SpatialPlan.Rendering.Tests.Furniture;

/// <summary>The stated scale is true on paper (1:50 000 at 300 DPI: 1 km = 20 mm = 236.2 px) and the scale bar agrees.</summary>
public class ScaleTests
{
    private const double Lon = 120.85;
    private const double Lat = 27.95;

    private static MapSpec AtScale(double scale, int dpi, MapCrs crs = MapCrs.GaussKruger120, FurnitureSpec? furniture = null) => new()
    {
        Extent = MapExtentSpec.FromCenter(Lon, Lat, scale),
        Paper = new PaperSpec(PaperSize.A4, PaperOrientation.Landscape),
        Dpi = dpi,
        Crs = crs,
        Furniture = furniture ?? new FurnitureSpec(),
    };

    [Theory]
    [InlineData(50_000, 300, MapCrs.GaussKruger120)]
    [InlineData(50_000, 300, MapCrs.WebMercator)]
    [InlineData(25_000, 150, MapCrs.GaussKruger120)]
    public async Task DrawsOneGroundKilometreAtItsLengthOnPaper(double scale, int dpi, MapCrs crs)
    {
        var scene = await Renderers.Exporter().BuildSceneAsync(AtScale(scale, dpi, crs), TestContext.Current.CancellationToken);

        // 1 km along the meridian on the CGCS2000 ellipsoid, then through the frame onto the raster
        var dLat = 1000 / MeridianRadius(Lat) * 180 / Math.PI;
        var a = scene.Frame.LonLatToPage(Lon, Lat);
        var b = scene.Frame.LonLatToPage(Lon, Lat + dLat);
        var pixels = SKPoint.Distance(a, b) * scene.Page.RasterScale;

        var expected = 1_000_000.0 / scale / 25.4 * dpi; // mm on paper → px
        Assert.InRange(pixels, expected * 0.99, expected * 1.01);
    }

    [Fact]
    public async Task ScaleBarLengthMatchesTheScaleAtTheDpi()
    {
        var scene = await Renderers.Exporter().BuildSceneAsync(AtScale(50_000, 300), TestContext.Current.CancellationToken);
        var bar = scene.ScaleBar!;

        var millimetres = bar.LengthPoints / PageSetup.PointsPerMillimetre;
        Assert.InRange(bar.GroundMetres / (millimetres / 1000), 50_000 * 0.99, 50_000 * 1.01);
        Assert.Contains(bar.GroundMetres, new[] { 1000.0, 2000, 5000, 10_000 });
    }

    [Fact]
    public async Task ScaleBarInTheImageIsAsLongAsTheScaleSays()
    {
        var spec = AtScale(50_000, 300, furniture: FurnitureSpec.None with { ScaleBar = true }) with { Layers = [] };
        var scene = await Renderers.Exporter().BuildSceneAsync(spec, TestContext.Current.CancellationToken);
        using var png = new Png((await Renderers.ExportAsync(spec)).Content);

        // the bar's outline is the longest dark line in the rows of the bar (the neat line is far below)
        var barBottom = scene.Layout.ScaleBarOrigin!.Value.Y * scene.Page.RasterScale;
        var run = png.LongestRun(c => c.Red < 80 && c.Green < 80 && c.Blue < 80, (int)barBottom - 30, (int)barBottom + 3);
        var expected = scene.ScaleBar!.GroundMetres / 1000 * 20 / 25.4 * 300; // 20 mm per km at 1:50 000
        Assert.InRange(run, expected * 0.99, (expected * 1.01) + 3); // + the outline's width at the ends
    }

    [Theory]
    [InlineData(120.0, 1.0)]
    [InlineData(121.0, 1.000118)]
    public void GaussKrugerScaleFactorGrowsAwayFromTheCentralMeridian(double lon, double expected) =>
        Assert.Equal(expected, MapProjection.GaussKruger120.ScaleFactor(lon, 28), 5);

    [Fact]
    public void NorthArrowTurnsByTheMeridianConvergence()
    {
        // γ ≈ Δλ·sin φ: 1° east of the central meridian at 28°N, true north lies about 0.47° west of grid north
        var convergence = MapProjection.GaussKruger120.Convergence(121, 28);

        Assert.Equal(-Math.Sin(28 * Math.PI / 180), convergence, 2);
    }

    private static double MeridianRadius(double latitude)
    {
        var f = 1 / Cgcs2000.InverseFlattening;
        var e2 = (2 * f) - (f * f);
        var sin = Math.Sin(latitude * Math.PI / 180);
        return Cgcs2000.SemiMajorAxis * (1 - e2) / Math.Pow(1 - (e2 * sin * sin), 1.5);
    }
}
