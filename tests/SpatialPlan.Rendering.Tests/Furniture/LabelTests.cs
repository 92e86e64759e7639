using SpatialPlan.Rendering.Spec;

namespace SpatialPlan.Rendering.Tests.Furniture;

/// <summary>Labels follow each layer's label policy in the catalogue and never overlap each other or the furniture.</summary>
public class LabelTests
{
    private static MapSpec WholePlan(string language = "zh", PixelSize? pixels = null) => new()
    {
        Extent = Renderers.WholePlan,
        Paper = pixels is null ? new PaperSpec(PaperSize.A3, PaperOrientation.Landscape) : null,
        PixelSize = pixels,
        Dpi = 96,
        Language = language,
    };

    [Theory]
    [InlineData("zh", null)]
    [InlineData("en", null)]
    [InlineData("zh", 800)]
    public async Task PlacedLabelsOverlapNeitherEachOtherNorTheFurniture(string language, int? width)
    {
        var scene = await Renderers.Exporter().BuildSceneAsync(
            WholePlan(language, width is { } w ? new PixelSize(w, w * 3 / 4) : null), TestContext.Current.CancellationToken);
        var labels = scene.Labels;

        Assert.NotEmpty(labels);
        for (var i = 0; i < labels.Count; i++)
        {
            Assert.True(scene.Frame.Rect.Contains(labels[i].Box), $"'{labels[i].Label.Text}' leaves the map");
            Assert.DoesNotContain(scene.Obstacles, o => o.IntersectsWith(labels[i].Box));
            for (var j = i + 1; j < labels.Count; j++)
            {
                Assert.False(labels[i].Box.IntersectsWith(labels[j].Box), $"'{labels[i].Label.Text}' overlaps '{labels[j].Label.Text}'");
            }
        }
    }

    [Fact]
    public async Task NamesTheFourZonesAndTheIslandsInChinese()
    {
        var scene = await Renderers.Exporter().BuildSceneAsync(WholePlan(), TestContext.Current.CancellationToken);

        var texts = scene.Labels.Select(l => l.Label.Text).ToList();
        Assert.Subset(texts.ToHashSet(), new HashSet<string> { "中心区", "乐清翁新分区", "柳白分区", "洞头大小门分区", "灵昆岛", "霓屿岛" });
    }

    [Fact]
    public async Task UsesTheEnglishNamesInEnglish()
    {
        var scene = await Renderers.Exporter().BuildSceneAsync(WholePlan("en"), TestContext.Current.CancellationToken);

        Assert.Contains(scene.Labels, l => l.Label.Text == "Liubai District (Liushi–Beibaixiang)");
    }

    [Fact]
    public async Task NamesAZoneThatReachesIntoAZoomedInMapWhereItsCentreIsOutside()
    {
        var spec = new MapSpec
        {
            Extent = MapExtentSpec.FromCenter(120.85, 27.95, 50_000),
            Paper = new PaperSpec(PaperSize.A3),
            Layers = [new LayerSpec("land"), new LayerSpec("plan-zones")],
        };

        var scene = await Renderers.Exporter().BuildSceneAsync(spec, TestContext.Current.CancellationToken);

        Assert.Contains(scene.Labels, l => l.Label.Text == "中心区");
    }
}
