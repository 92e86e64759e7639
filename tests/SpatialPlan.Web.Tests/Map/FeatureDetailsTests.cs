using SpatialPlan.TestSupport;
using SpatialPlan.Web.Map;

namespace SpatialPlan.Web.Tests.Map;

public class FeatureDetailsTests
{
    private static FeatureDetails Liubai(string language) =>
        FeatureDetails.For(PlanData.Geodata.Catalogue.Find("plan-zones")!, PlanData.Zone("liubai"), language);

    [Fact]
    public void ShowsRoleIndustriesAreaAndTheSchematicNote()
    {
        var details = Liubai("zh");

        Assert.Equal("柳白分区", details.Name);
        Assert.Contains(details.Rows, r => r.Label.Zh == "产业重点" && r.Value.Contains("电工电气", StringComparison.Ordinal));
        Assert.True(details.Schematic);
        Assert.InRange(details.Area!.Value.SquareKilometres, 50, 200);
        Assert.Equal(details.Area.Value.SquareMetres / (10000.0 / 15.0), details.Area.Value.Mu, 6);
    }

    [Fact]
    public void UsesTheEnglishPropertiesInEnglish()
    {
        var details = Liubai("en");

        Assert.StartsWith("Liubai", details.Name, StringComparison.Ordinal);
        Assert.Equal("柳白分区", details.AlternateName);
        Assert.Contains(details.Rows, r => r.Label.En == "Industry focus" && r.Value.Contains("Electrical", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void GivesLinesNoArea()
    {
        var axis = PlanData.Collection("axes")[0];

        Assert.Null(FeatureDetails.For(PlanData.Geodata.Catalogue.Find("axes")!, axis, "zh").Area);
    }
}
