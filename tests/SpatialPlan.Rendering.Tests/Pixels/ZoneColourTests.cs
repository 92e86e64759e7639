using SpatialPlan.Rendering.Furniture;
using SpatialPlan.Rendering.Spec;
using SpatialPlan.Rendering.Symbology;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Rendering.Tests.Pixels;

/// <summary>The zones' fill colours, from the catalogue's categories, are where the zones are in the image.</summary>
public class ZoneColourTests
{
    private static readonly string[] Zones = ["core", "wengxin", "liubai", "damenxiaomen"];

    private static MapSpec ZonesOnly(double opacity = 1, IReadOnlyList<LayerSpec>? layers = null, MapCrs crs = MapCrs.GaussKruger120) => new()
    {
        Extent = Renderers.WholePlan,
        PixelSize = new PixelSize(1200, 900),
        Dpi = 96,
        Crs = crs,
        Layers = layers ?? [new LayerSpec("plan-zones", Opacity: opacity)],
        Furniture = FurnitureSpec.None,
    };

    [Theory]
    [InlineData(MapCrs.GaussKruger120)]
    [InlineData(MapCrs.WebMercator)]
    public async Task FillsEachZoneWithItsCategoryColourAtItsInteriorPoint(MapCrs crs)
    {
        var spec = ZonesOnly(crs: crs);
        var scene = await Renderers.Exporter().BuildSceneAsync(spec, TestContext.Current.CancellationToken);
        using var png = new Png((await Renderers.ExportAsync(spec)).Content);
        var layer = PlanData.Geodata.Catalogue.Find("plan-zones")!;

        foreach (var zone in Zones)
        {
            var style = layer.StyleFor(zone);
            var expected = Png.Blend(LeafletSymbology.Colour(style.FillColor!, 1), style.FillOpacity!.Value, Typography.Sea);
            var inside = PlanData.Zone(zone).Geometry.InteriorPoint;
            var page = scene.Frame.LonLatToPage(inside.X, inside.Y);

            Png.AssertClose(expected, png.At(page.X * scene.Page.RasterScale, page.Y * scene.Page.RasterScale), 3, zone);
        }
    }

    [Fact]
    public async Task LeavesTheSeaColourWhereNoZoneIs()
    {
        using var png = new Png((await Renderers.ExportAsync(ZonesOnly())).Content);

        Png.AssertClose(Typography.Sea, png.At(5, 5), 0, "top-left corner, open sea");
    }

    [Fact]
    public async Task MultipliesTheStyleOpacityByTheLayerOpacity()
    {
        var spec = ZonesOnly(opacity: 0.5);
        var scene = await Renderers.Exporter().BuildSceneAsync(spec, TestContext.Current.CancellationToken);
        using var png = new Png((await Renderers.ExportAsync(spec)).Content);
        var style = PlanData.Geodata.Catalogue.Find("plan-zones")!.StyleFor("core");
        var inside = PlanData.Zone("core").Geometry.InteriorPoint;
        var page = scene.Frame.LonLatToPage(inside.X, inside.Y);

        var expected = Png.Blend(LeafletSymbology.Colour(style.FillColor!, 1), style.FillOpacity!.Value * 0.5, Typography.Sea);
        Png.AssertClose(expected, png.At(page.X * scene.Page.RasterScale, page.Y * scene.Page.RasterScale), 3, "core at half opacity");
    }

    [Fact]
    public async Task DrawsInTheSpecsOrderWhenItGivesOne()
    {
        // land (drawOrder 10) asked to draw above the zones (drawOrder 30): the core's interior shows land
        var spec = ZonesOnly(layers: [new LayerSpec("plan-zones", Order: 1), new LayerSpec("land", Order: 2)]);
        var scene = await Renderers.Exporter().BuildSceneAsync(spec, TestContext.Current.CancellationToken);
        using var png = new Png((await Renderers.ExportAsync(spec)).Content);
        var land = PlanData.Geodata.Catalogue.Find("land")!.StyleFor("land");
        var inside = PlanData.Zone("liubai").Geometry.InteriorPoint;
        var page = scene.Frame.LonLatToPage(inside.X, inside.Y);

        Assert.Equal(["plan-zones", "land"], scene.Layers.Select(l => l.Layer.Id));
        Png.AssertClose(LeafletSymbology.Colour(land.FillColor!, 1), png.At(page.X * scene.Page.RasterScale, page.Y * scene.Page.RasterScale), 3, "liubai under land");
    }
}
