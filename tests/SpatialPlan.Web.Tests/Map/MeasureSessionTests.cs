using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Records;
using SpatialPlan.Web.Components;
using SpatialPlan.Web.Components.Pages;
using SpatialPlan.Web.Measure;
using SpatialPlan.Web.Records;
using SpatialPlan.Web.Tests.Records;

namespace SpatialPlan.Web.Tests.Map;

/// <summary>The map page's measure-and-save flow measures what the API measures and saves only what the API accepts.</summary>
public class MeasureSessionTests(SpatialPlanAppFactory factory) : IClassFixture<SpatialPlanAppFactory>
{
    private const string Bowtie = """{"type":"Polygon","coordinates":[[[120.95,27.92],[120.97,27.94],[120.97,27.92],[120.95,27.94],[120.95,27.92]]]}""";

    private static readonly JsonSerializerOptions LeavingOutNulls = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private MeasureSession Session()
    {
        using var client = factory.CreateClient(); // starts the app
        return new MeasureSession(factory.Services.GetRequiredService<MeasureService>(), factory.Services.GetRequiredService<BuiltUpRecords>());
    }

    private HttpClient Planner()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SpatialPlanAppFactory.PlannerApiKey);
        return client;
    }

    private async Task<int> RecordCount() =>
        (await HttpAssert.IsJson(await factory.CreateClient().GetAsync("/ogc/collections/built-up/items", Ct), "application/geo+json"))
        .GetProperty("numberMatched").GetInt32();

    [Fact]
    public async Task MeasuresADrawnShapeAsTheMeasureApiDoes()
    {
        var session = Session();
        var api = await HttpAssert.IsJson(await factory.CreateClient().PostAsync("/api/measure",
            new StringContent(BuiltUpRecordBodies.Parcel, Encoding.UTF8, "application/geo+json"), Ct));

        await session.ShapeDrawnAsync(BuiltUpRecordBodies.Parcel, Ct);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(api.GetRawText()), JsonSerializer.SerializeToNode(session.Measured, LeavingOutNulls)),
            $"the page's measurement should be the API's: {api}");
        Assert.Null(session.Error("zh"));
    }

    [Fact]
    public async Task SavesADrawnAreaWithinTheRulesAsARecord()
    {
        var session = Session();
        var before = await RecordCount();
        await session.ShapeDrawnAsync(BuiltUpRecordBodies.Parcel, Ct);

        var outcome = await session.SaveAsync(new BuiltUpInput("一期 测试地块", null, 2024, "已竣工"), SpatialPlanAppFactory.PlannerName, Ct);

        Assert.Equal(WriteOutcome.Done, outcome);
        Assert.StartsWith("bu-", session.SavedRecord, StringComparison.Ordinal);
        Assert.Null(session.Error("zh"));
        Assert.Equal(before + 1, await RecordCount());
    }

    [Theory]
    [InlineData(3000, 0, 0, "built_year", "建成年份须为 1990 至 2100 年之间的整数年份。", "The year built must be a whole year from 1990 to 2100.")]
    [InlineData(1989, 0, 0, "built_year", "建成年份须为 1990 至 2100 年之间的整数年份。", "The year built must be a whole year from 1990 to 2100.")]
    [InlineData(null, 201, 0, "name_zh", "名称最多 200 个字符。", "A name may have at most 200 characters.")]
    [InlineData(null, 0, 2001, "note", "备注最多 2000 个字符。", "A note may have at most 2000 characters.")]
    public async Task RefusesToSaveWhatTheRecordsApiRefusesAndSaysWhyInThePagesLanguage(
        int? year, int nameLength, int noteLength, string field, string zh, string en)
    {
        var input = new BuiltUpInput(nameLength > 0 ? new string('名', nameLength) : null, null, year, noteLength > 0 ? new string('注', noteLength) : null);
        var session = Session();
        var before = await RecordCount();
        await session.ShapeDrawnAsync(BuiltUpRecordBodies.Parcel, Ct);

        var outcome = await session.SaveAsync(input, SpatialPlanAppFactory.PlannerName, Ct);

        Assert.Null(outcome);
        Assert.Null(session.SavedRecord);
        Assert.Equal(zh, session.Error("zh"));
        Assert.Equal(en, session.Error("en"));
        Assert.Equal(before, await RecordCount());
        var properties = JsonSerializer.Serialize(new Dictionary<string, object?> { ["name_zh"] = input.NameZh, ["built_year"] = input.BuiltYear, ["note"] = input.Note });
        var refused = await HttpAssert.IsProblem(await Planner().PostAsync("/ogc/collections/built-up/items",
            new StringContent(BuiltUpRecordBodies.Feature(properties: properties), Encoding.UTF8, "application/geo+json"), Ct), HttpStatusCode.BadRequest);
        Assert.True(refused.GetProperty("errors").TryGetProperty("properties." + field, out _), $"the API should refuse it too: {refused}");
    }

    [Fact]
    public async Task SaysAControlCharacterIsRefusedForWhatItIsNotForItsLength()
    {
        var session = Session();
        await session.ShapeDrawnAsync(BuiltUpRecordBodies.Parcel, Ct);

        Assert.Null(await session.SaveAsync(new BuiltUpInput("a\0b", null, null, null), SpatialPlanAppFactory.PlannerName, Ct));

        Assert.Equal("文字中不能含控制字符 (如 NUL); 可用制表符和换行。", session.Error("zh"));
        Assert.Equal("Text may not contain control characters (such as NUL); tabs and line breaks are fine.", session.Error("en"));
    }

    [Fact]
    public async Task ExplainsInThePagesLanguageWhyADrawnShapeCannotBeMeasured()
    {
        var session = Session();

        await session.ShapeDrawnAsync(Bowtie, Ct);

        Assert.Null(session.Measured);
        Assert.Null(session.Drawn);
        Assert.Equal("图形自相交或无效, 请重画。", session.Error("zh"));
        Assert.Equal("The shape crosses itself or is not valid; please draw it again.", session.Error("en"));
        Assert.Null(await session.SaveAsync(new BuiltUpInput(null, null, null, null), SpatialPlanAppFactory.PlannerName, Ct));
    }

    [Fact]
    public void SaysWhyTheStoreDidNotWriteInWordsNotAnEnumName() =>
        Assert.All(Enum.GetValues<WriteOutcome>(), outcome =>
        {
            Assert.DoesNotContain(outcome.ToString(), PlannerMessages.Of(outcome, "zh"), StringComparison.Ordinal);
            Assert.DoesNotContain(outcome.ToString(), PlannerMessages.Of(outcome, "en"), StringComparison.Ordinal);
            Assert.NotEqual(PlannerMessages.Of(outcome, "zh"), PlannerMessages.Of(outcome, "en"));
        });
}
