using SpatialPlan.TestSupport;
using SpatialPlan.Web.Components;

namespace SpatialPlan.Web.Tests.Map;

public class PlanQuantitiesTests
{
    private static string Target(string id, string language) =>
        PlanQuantities.Target(PlanData.Plan.Targets.Single(t => t.Id == id), language);

    [Theory]
    [InlineData("gross-industrial-output", "25 billion CNY")]
    [InlineData("industrial-value-added", "3.3 billion CNY")]
    [InlineData("fixed-asset-investment-5yr", "200 billion CNY")]
    [InlineData("resident-population", "≈ 100,000 residents")]
    [InlineData("new-development-area", "≥ 20 km²")]
    [InlineData("ten-hundred-billion-projects", "fully advanced")]
    public void EnglishCountsInEnglishNumbers(string id, string expected) => Assert.Equal(expected, Target(id, "en"));

    [Theory]
    [InlineData("gross-industrial-output", "250 亿元")]
    [InlineData("resident-population", "≈ 10 万人")]
    [InlineData("ten-hundred-billion-projects", "全面推进")]
    public void ChineseKeepsThePlansOwnUnits(string id, string expected) => Assert.Equal(expected, Target(id, "zh"));
}
