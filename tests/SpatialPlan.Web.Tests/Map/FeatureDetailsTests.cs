using SpatialPlan.TestSupport;
using SpatialPlan.Web.Map;

namespace SpatialPlan.Web.Tests.Map;

public class FeatureDetailsTests
{
    private static readonly TimeZoneInfo Shanghai = LocalTime.Zone("Asia/Shanghai")!;

    private static FeatureDetails Liubai(string language) =>
        FeatureDetails.For(PlanData.Geodata.Catalogue.Find("plan-zones")!, PlanData.Zone("liubai"), language, Shanghai);

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

    private static FeatureDetails Of(string collection, string id, string language) =>
        FeatureDetails.For(PlanData.Geodata.Catalogue.Find(collection)!, PlanData.Collection(collection).Single(f => f.Id == id),
            language, PlanData.Geodata.Catalogue, PlanData.Plan);

    [Fact]
    public void SaysCodedValuesInWordsOfTheLanguage()
    {
        var zh = Of("transport", "tr-g228", "zh");
        var en = Of("transport", "tr-g228", "en");

        Assert.Contains(zh.Rows, r => r.Label.Zh == "类型" && r.Value == "国道");
        Assert.Contains(zh.Rows, r => r.Label.Zh == "状态" && r.Value == "在建");
        Assert.Contains(en.Rows, r => r.Label.En == "Status" && r.Value == "Under construction");
        Assert.Contains(Of("island-chain", "island-niyu", "zh").Rows, r => r.Value == "岛屿");
    }

    [Fact]
    public void ListsInEnglishAreJoinedWithCommas() =>
        Assert.Contains(Of("plan-zones", "zone-wengxin", "en").Rows,
            r => r.Label.En == "Industry focus" && r.Value.Contains(", ", StringComparison.Ordinal) && !r.Value.Contains('、', StringComparison.Ordinal));

    [Fact]
    public void TellsThePlansTextFromTheMapsReading()
    {
        var move = Of("plan-sites", "site-oudong-admin", "en");
        var block = Of("development-area", "dev-phase2-e", "en");

        Assert.Equal("plan", move.Basis);
        Assert.Contains("浅滩二期和一期交界地带", move.PlanSentence, StringComparison.Ordinal);
        Assert.Equal("reading", block.Basis);
        Assert.Contains("reading", block.Provenance, StringComparison.Ordinal);
        Assert.Contains(block.ProvenanceDetails, r => r.Label.En == "Source");
        Assert.DoesNotContain(block.Rows, r => r.Label.En == "Source");
    }

    [Fact]
    public void GivesLinesNoArea()
    {
        var axis = PlanData.Collection("axes")[0];

        Assert.Null(FeatureDetails.For(PlanData.Geodata.Catalogue.Find("axes")!, axis, "zh", Shanghai).Area);
    }

    [Fact]
    public void ShowsARecordsTimesInThePagesTimeZoneNotAsRawUtc()
    {
        var record = new Core.Features.PlanFeature("bu-1", Wkt.Read(TallyScenario.Phase1), new NetTopologySuite.Features.AttributesTable
        {
            { "name_zh", "一期 A 地块" }, { "created_at", "2026-12-01T21:01:04.2432388+00:00" }, { "updated_at", "2026-12-01T23:59:00+00:00" },
        });

        var rows = FeatureDetails.For(PlanData.Geodata.Catalogue.Find("built-up")!, record, "zh", Shanghai).Rows;
        var utc = FeatureDetails.For(PlanData.Geodata.Catalogue.Find("built-up")!, record, "en", TimeZoneInfo.Utc).Rows;

        Assert.Equal("2026-12-02 05:01 (UTC+08:00)", rows.Single(r => r.Label.Zh == "记录时间").Value);
        Assert.Equal("2026-12-02 07:59 (UTC+08:00)", rows.Single(r => r.Label.Zh == "更新时间").Value);
        Assert.Equal("2026-12-01 21:01 (UTC+00:00)", utc.Single(r => r.Label.En == "Recorded").Value);
    }

    [Fact]
    public void AnUnknownTimeZoneIsNone() => Assert.Null(LocalTime.Zone("Mars/Olympus_Mons"));
}
