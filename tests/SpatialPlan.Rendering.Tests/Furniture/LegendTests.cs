using System.Xml.Linq;
using SpatialPlan.Rendering.Spec;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Rendering.Tests.Furniture;

/// <summary>The legend is generated from the catalogue for exactly the visible layers, topmost first.</summary>
public class LegendTests
{
    private static MapSpec With(IReadOnlyList<LayerSpec>? layers, ExportFormat format = ExportFormat.Png) => new()
    {
        Format = format,
        Extent = Renderers.WholePlan,
        Paper = new PaperSpec(),
        Layers = layers,
    };

    [Fact]
    public async Task ListsExactlyTheVisibleLayersTopmostFirst()
    {
        var spec = With([new LayerSpec("land"), new LayerSpec("plan-zones"), new LayerSpec("axes", Visible: false), new LayerSpec("transport")]);

        var scene = await Renderers.Exporter().BuildSceneAsync(spec, TestContext.Current.CancellationToken);

        Assert.Equal(["transport", "plan-zones", "land"], scene.Legend!.Sections.Select(s => s.LayerId));
    }

    [Fact]
    public async Task ListsEveryCatalogueLayerWhenTheSpecNamesNone()
    {
        var scene = await Renderers.Exporter().BuildSceneAsync(With(null), TestContext.Current.CancellationToken);

        var expected = PlanData.Geodata.Catalogue.Layers.OrderByDescending(l => l.DrawOrder).Select(l => l.Id);
        Assert.Equal(expected, scene.Legend!.Sections.Select(s => s.LayerId));
    }

    [Fact]
    public async Task TakesEachLayersClassesAndLabelsFromTheCatalogue()
    {
        var scene = await Renderers.Exporter().BuildSceneAsync(With([new LayerSpec("plan-zones")]), TestContext.Current.CancellationToken);
        var layer = PlanData.Geodata.Catalogue.Find("plan-zones")!;

        var section = Assert.Single(scene.Legend!.Sections);
        Assert.Equal(layer.Legend.Zh, section.Heading);
        Assert.Equal(layer.Categories!.Classes.Select(c => c.Label.Zh), section.Entries.Select(e => e.Label));
        Assert.Equal(layer.Categories.Classes.Select(c => layer.StyleFor(c.Value)), section.Entries.Select(e => e.Style));
    }

    [Fact]
    public async Task DrawsTheVisibleLayersLegendTextAndNotTheHiddenOnes()
    {
        var spec = With([new LayerSpec("plan-zones"), new LayerSpec("axes", Visible: false)], ExportFormat.Svg);

        var svg = XDocument.Parse(System.Text.Encoding.UTF8.GetString((await Renderers.ExportAsync(spec)).Content));

        var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
        var catalogue = PlanData.Geodata.Catalogue;
        Assert.Contains(catalogue.Find("plan-zones")!.Legend.Zh, texts);
        Assert.DoesNotContain(texts, t => t.Contains(catalogue.Find("axes")!.Categories!.Classes[0].Label.Zh, StringComparison.Ordinal));
    }
}
