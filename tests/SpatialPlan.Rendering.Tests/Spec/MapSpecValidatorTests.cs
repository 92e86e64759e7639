using SpatialPlan.Rendering.Spec;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Rendering.Tests.Spec;

/// <summary>Every bad spec is refused before rendering, naming the field at fault.</summary>
public class MapSpecValidatorTests
{
    private static readonly RenderLimits Limits = new();

    private static MapSpec Good => new() { Extent = Renderers.WholePlan, Paper = new PaperSpec(), Dpi = 150 };

    private static Dictionary<string, string[]> Validate(MapSpec spec) =>
        MapSpecValidator.Validate(spec, PlanData.Geodata.Catalogue, Limits);

    public static TheoryData<string, MapSpec> BadSpecs => new()
    {
        { "layers", Good with { Layers = [new LayerSpec("no-such-layer")] } },
        { "layers", Good with { Layers = [new LayerSpec("land"), new LayerSpec("land")] } },
        { "layers", Good with { Layers = [new LayerSpec("land", Opacity: 1.5)] } },
        { "bbox", Good with { Extent = MapExtentSpec.FromBbox(121.0, 27.9, 120.8, 28.0) } },  // minLon > maxLon
        { "bbox", Good with { Extent = MapExtentSpec.FromBbox(120.8, 28.0, 121.0, 27.9) } },  // minLat > maxLat
        { "bbox", Good with { Extent = MapExtentSpec.FromBbox(120.8, 27.9, 181, 28.0) } },    // longitude beyond 180
        { "bbox", Good with { Extent = MapExtentSpec.FromBbox(120.8, -95, 121.0, 28.0) } },   // latitude beyond 90
        { "bbox", Good with { Extent = MapExtentSpec.FromBbox(10, 50, 11, 51) } },            // nowhere near the plan
        { "bbox", Good with { Extent = MapExtentSpec.FromBbox(115, 25, 125, 30) } },          // wider than a zone
        { "bbox", Good with { Extent = new MapExtentSpec { Bbox = [120.8, 27.9, 121.0] } } },
        { "bbox", Good with { Extent = new MapExtentSpec() } },                               // neither box nor centre
        { "scale", Good with { Extent = MapExtentSpec.FromCenter(120.85, 27.95, 10) } },
        { "center", Good with { Extent = MapExtentSpec.FromCenter(0, 0, 50_000) } },
        { "dpi", Good with { Dpi = 72 } },
        { "dpi", Good with { Dpi = 1200 } },
        { "width", Good with { Paper = null, PixelSize = new PixelSize(50_000, 500) } },
        { "height", Good with { Paper = null, PixelSize = new PixelSize(500, 10) } },
        { "width", Good with { Paper = null, PixelSize = new PixelSize(9000, 9000), Dpi = 96 } }, // 81 MP
        { "paper", Good with { PixelSize = new PixelSize(800, 600) } },
        { "title", Good with { Title = new string('x', 500) } },
        { "title", Good with { Title = "bell\u0007" } },
        { "lang", Good with { Language = "fr" } },
    };

    [Theory]
    [MemberData(nameof(BadSpecs))]
    public void RefusesABadSpecNamingTheField(string field, MapSpec spec)
    {
        var errors = Validate(spec);

        Assert.True(errors.ContainsKey(field), $"expected an error for '{field}', got: {string.Join("; ", errors.Keys)}");
    }

    [Fact]
    public void AcceptsAGoodSpec() => Assert.Empty(Validate(Good));

    [Fact]
    public void AcceptsA3LandscapeAt300Dpi() =>
        Assert.Empty(Validate(Good with { Paper = new PaperSpec(PaperSize.A3, PaperOrientation.Landscape), Dpi = 300 }));

    [Fact]
    public void CountsPixelsFromThePaperAndTheDpi() =>
        Assert.Equal((4961L, 3508L), MapSpecValidator.PixelDimensions(Good with { Paper = new PaperSpec(PaperSize.A3), Dpi = 300 }));
}
