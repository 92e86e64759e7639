using SpatialPlan.Core.Measurement;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Core.Tests.Geodata;

/// <summary>The plan's outlines sit on the real geography (gazetteer and land from ../shared/geodata-sources).</summary>
public class PlanGeographyTests
{
    private const double SquareMetresPerKm2 = 1e6;

    [Fact]
    public void HasTheFourZonesOfOneCoreThreeDistricts() =>
        Assert.Equal(
            [("core", "中心区"), ("damenxiaomen", "洞头大小门分区"), ("liubai", "柳白分区"), ("wengxin", "乐清翁新分区")],
            PlanData.Collection("plan-zones").Select(f => (f.Text("zone")!, f.Text("name_zh")!)).Order());

    [Theory]
    [InlineData("柳市镇")]
    [InlineData("北白象镇")]
    public void LiubaiContainsItsTownCentres(string town) =>
        Assert.True(PlanData.Zone("liubai").Geometry.Contains(Gazetteer.Get(town, "township_centre").Point));

    [Theory]
    [InlineData("大门岛")]
    [InlineData("小门岛")]
    public void DamenxiaomenCoversItsIslands(string island)
    {
        var land = PlanData.Collection("land").Single(f => f.Text("name_zh") == island).Geometry;
        var zone = PlanData.Zone("damenxiaomen").Geometry;

        Assert.True(zone.Contains(Gazetteer.Get(island, "island").Point));
        Assert.True(zone.Intersection(land).Area / land.Area > 0.9, $"{island} is mostly outside 大小门分区");
    }

    [Theory]
    [InlineData("wengxin")]
    [InlineData("liubai")]
    [InlineData("damenxiaomen")]
    public void DistrictsLieMostlyOnLand(string code)
    {
        var zone = PlanData.Zone(code).Geometry;

        Assert.True(zone.Intersection(PlanData.Land).Area / zone.Area > 0.5, $"{code} lies mostly in the sea");
    }

    [Fact]
    public void TheCoreHoldsLingkunIslandAndTheReclaimedShoals()
    {
        var core = PlanData.Zone("core").Geometry;

        Assert.True(core.Contains(Gazetteer.Get("灵昆岛", "island").Point));
        Assert.True(core.Contains(Gazetteer.Get("浅滩一期 (瓯江口新区一期 填海区)", "reclaimed_area").Point));
    }

    [Fact]
    public void ZonesDoNotOverlap()
    {
        var zones = PlanData.Collection("plan-zones");
        foreach (var a in zones)
        {
            foreach (var b in zones.Where(z => string.CompareOrdinal(z.Id, a.Id) > 0))
            {
                Assert.True(a.Geometry.Intersection(b.Geometry).Area < 1e-7, $"{a.Id} overlaps {b.Id}");
            }
        }
    }

    [Fact]
    public void TheNewDevelopmentAreaTotalsBetween20And24SquareKilometres()
    {
        var total = PlanData.Collection("development-area").Sum(f => EllipsoidalArea.SquareMetres(f.Geometry)) / SquareMetresPerKm2;

        Assert.InRange(total, 20, 24);
    }

    [Fact]
    public void DevelopmentBlocksLieInTheCoreInTheThreePhases()
    {
        var core = PlanData.Zone("core").Geometry.Buffer(1e-6);
        var blocks = PlanData.Collection("development-area");

        Assert.All(blocks, b => Assert.True(core.Contains(b.Geometry), $"{b.Id} leaves the core"));
        Assert.Equal(["一期", "二期", "灵昆片区"], blocks.Select(b => b.Text("phase")!).Distinct().Order());
    }

    [Fact]
    public void IndustriesUseTheRealPlanningTermsNotTheRewordedOnes()
    {
        string[] reworded = ["工业集聚区", "配备制作", "智能配备", "研制立异", "交易便当化", "城市会议", "新兴工业"];
        var texts = PlanData.Collection("plan-zones")
            .SelectMany(f => f.Attributes.GetValues().Select(v => v?.ToString() ?? ""))
            .ToList();

        Assert.All(reworded, term => Assert.DoesNotContain(texts, t => t.Contains(term, StringComparison.Ordinal)));
        Assert.Contains(texts, t => t.Contains("装备制造", StringComparison.Ordinal));
    }

    [Fact]
    public void OnlyPlannersRecordsAreWritable() =>
        Assert.Equal(["built-up"], PlanData.Geodata.Catalogue.Layers.Where(l => l.Writable).Select(l => l.Id));

    [Fact]
    public void EveryDigitisedOutlineSaysItIsSchematicAndNamesItsSource()
    {
        foreach (var id in new[] { "plan-zones", "development-area", "axes" })
        {
            Assert.All(PlanData.Collection(id), f =>
            {
                Assert.Equal("schematic", f.Text("accuracy"));
                Assert.False(string.IsNullOrWhiteSpace(f.Text("source")));
            });
        }
    }
}
