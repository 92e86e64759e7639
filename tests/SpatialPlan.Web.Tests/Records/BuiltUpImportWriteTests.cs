using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Web.Tests.Records;

/// <summary>POST /api/built-up/import writes every parcel of a file as a record, or none.</summary>
public class BuiltUpImportWriteTests(SpatialPlanAppFactory factory) : IClassFixture<SpatialPlanAppFactory>
{
    // The same test parcels in every test: allowed, as these tests are not about overlaps (BuiltUpOverlapTests are).
    private const string Url = "/api/built-up/import?onOverlap=allow";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Planner()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SpatialPlanAppFactory.PlannerApiKey);
        return client;
    }

    private static MultipartFormDataContent Form(string geojson) =>
        new() { { new ByteArrayContent(Encoding.UTF8.GetBytes(geojson)), "file", "parcels.geojson" } };

    private async Task<int> RecordCount() =>
        (await HttpAssert.IsJson(await factory.CreateClient().GetAsync("/ogc/collections/built-up/items", Ct), "application/geo+json"))
        .GetProperty("numberMatched").GetInt32();

    [Fact]
    public async Task RefusesAnAnonymousImport() =>
        await HttpAssert.IsProblem(await factory.CreateClient().PostAsync(Url, Form(Parcels.FeatureCollection(Parcels.ValidGeometries())), Ct),
            HttpStatusCode.Unauthorized);

    [Fact]
    public async Task ImportsEveryParcelAsAMeasuredRecord()
    {
        var before = await RecordCount();

        var response = await Planner().PostAsync(Url, Form(Parcels.FeatureCollection(Parcels.ValidGeometries())), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(before + Parcels.Valid.Length, await RecordCount());
    }

    [Fact]
    public async Task WritesNothingWhenOneParcelIsRejected()
    {
        var before = await RecordCount();
        var bowtie = Wkt.Read("POLYGON ((120.95 27.92, 120.97 27.94, 120.97 27.92, 120.95 27.94, 120.95 27.92))");
        var file = Parcels.FeatureCollection(Parcels.ValidGeometries().Append(("bad", bowtie)));

        var problem = await HttpAssert.IsProblem(await Planner().PostAsync(Url, Form(file), Ct), HttpStatusCode.UnprocessableEntity);

        Assert.Equal(1, problem.GetProperty("report").GetProperty("rejectedCount").GetInt32());
        Assert.Equal(before, await RecordCount());
    }

    private static string FileWith(JsonObject properties) => new JsonObject
    {
        ["type"] = "FeatureCollection",
        ["features"] = new JsonArray(MiniGeodata.Feature("A-1", Wkt.Read(Parcels.Valid[0].Wkt), properties)),
    }.ToJsonString();

    [Fact]
    public async Task RecordsKeepTheNameYearAndNoteTheFileGave()
    {
        var note = new string('注', 2000);
        var response = await Planner().PostAsync(Url, Form(FileWith(new JsonObject { ["name_zh"] = "一期 A 地块", ["built_year"] = 2022, ["note"] = note })), Ct);

        var created = await HttpAssert.IsJson(response);
        var id = created.GetProperty("created")[0].GetString();
        var record = await HttpAssert.IsJson(await factory.CreateClient().GetAsync($"/ogc/collections/built-up/items/{id}", Ct), "application/geo+json");
        var properties = record.GetProperty("properties");
        Assert.Equal(("一期 A 地块", 2022, note),
            (properties.GetProperty("name_zh").GetString(), properties.GetProperty("built_year").GetInt32(), properties.GetProperty("note").GetString()));
    }

    [Theory]
    [InlineData("note", "attribute 'note' must be text of at most 2000 characters")]
    [InlineData("name", "attribute 'name_zh' must be text of at most 200 characters")]
    [InlineData("built_year", "attribute 'built_year' must be a whole year from 1990 to 2100")]
    public async Task RefusesAFileWithAnOverlongOrInvalidAttributeNamingTheFeatureAndTheAttributeAndWritesNothing(string attribute, string reason)
    {
        var before = await RecordCount();
        JsonNode value = attribute == "built_year" ? 3000 : new string('长', 2001);

        var problem = await HttpAssert.IsProblem(await Planner().PostAsync(Url, Form(FileWith(new JsonObject { [attribute] = value })), Ct),
            HttpStatusCode.UnprocessableEntity);

        var rejected = problem.GetProperty("report").GetProperty("rejected")[0];
        Assert.Equal(("A-1", reason), (rejected.GetProperty("id").GetString(), rejected.GetProperty("reason").GetString()));
        Assert.Equal(before, await RecordCount());
    }
}
