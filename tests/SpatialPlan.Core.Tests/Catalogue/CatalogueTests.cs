using NetTopologySuite.Features;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Features;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Core.Tests.Catalogue;

/// <summary>The catalogue declares the collections and the label policy that the code and both maps rely on.</summary>
public class CatalogueTests
{
    private static LayerCatalogue Catalogue => PlanData.Geodata.Catalogue;

    [Fact]
    public void DeclaresExactlyTheCollectionsTheCodeNames() =>
        Assert.Equal(PlanCollections.All, Catalogue.Layers.Select(l => l.Id));

    [Fact]
    public void LabelsTheZonesFirstAndOnScreenAndTheBasemapLast()
    {
        var zones = Catalogue.Find(PlanCollections.PlanZones)!.Labels!;
        Assert.Equal(0, zones.Rank);
        Assert.True(zones.OnScreen);
        Assert.Equal(new LocalizedText("name_zh", "name_en"), zones.Property);
        Assert.All(Catalogue.Layers.Where(l => l.Group == LayerGroup.Basemap), l => Assert.False(l.Labels!.OnScreen));
        Assert.Equal(Catalogue.Layers.Where(l => l.Group == LayerGroup.Structure).Select(l => l.Id),
            Catalogue.Layers.Where(l => l.Labels?.OnScreen == true).Select(l => l.Id));
    }

    [Fact]
    public void KeepsLabelFieldAsTheChineseLabelProperty() =>
        Assert.All(Catalogue.Layers, l => Assert.Equal(l.Labels?.Property.Zh, l.LabelField));

    [Theory]
    [InlineData("zh", "柳白分区", "Liubai", "柳白分区")]
    [InlineData("en", "柳白分区", "Liubai", "Liubai")]
    [InlineData("en", "柳白分区", "", "柳白分区")] // an empty English name falls back to the Chinese one
    [InlineData("en", "柳白分区", null, "柳白分区")]
    [InlineData("fr", "柳白分区", "Liubai", "柳白分区")] // any language but English reads Chinese
    [InlineData("zh", "", null, null)] // nothing to show: no label at all
    public void ReadsTheLanguagesPropertyThenTheChineseOne(string language, string? zh, string? en, string? expected)
    {
        var policy = new LabelPolicy { Property = new LocalizedText("name_zh", "name_en"), Rank = 0 };
        var properties = new AttributesTable { { "name_zh", zh }, { "name_en", en } };

        Assert.Equal(expected, policy.TextOf(new PlanFeature("f1", Wkt.Read("POINT (120.9 27.95)"), properties), language));
    }
}
