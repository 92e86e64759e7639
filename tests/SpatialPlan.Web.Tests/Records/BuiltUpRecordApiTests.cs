using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace SpatialPlan.Web.Tests.Records;

/// <summary>Planners' records through OGC API – Features Part 4, on both stores: written, measured, versioned.</summary>
public abstract class BuiltUpRecordApiTests<TFactory> : IClassFixture<TFactory>
    where TFactory : SpatialPlanAppFactory
{
    private readonly HttpClient _anonymous;
    private readonly HttpClient _planner;

    protected BuiltUpRecordApiTests(TFactory factory)
    {
        factory.RequireStore();
        _anonymous = factory.CreateClient();
        _planner = factory.CreateClient();
        _planner.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SpatialPlanAppFactory.PlannerApiKey);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static StringContent Body(string json, string mediaType = "application/geo+json") => new(json, Encoding.UTF8, mediaType);

    private async Task<int> RecordCount() =>
        (await HttpAssert.IsJson(await _anonymous.GetAsync("/ogc/collections/built-up/items", Ct), "application/geo+json"))
        .GetProperty("numberMatched").GetInt32();

    private async Task<JsonElement> CreateAsync(string? properties = null)
    {
        // The same test parcel every time: allowed, as these tests are not about overlaps (BuiltUpOverlapTests are).
        var response = await _planner.PostAsync("/ogc/collections/built-up/items?onOverlap=allow", Body(properties is null ? BuiltUpRecordBodies.Feature() : BuiltUpRecordBodies.Feature(properties: properties)), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone();
        Assert.EndsWith("/ogc/collections/built-up/items/" + created.GetProperty("id").GetString(), response.Headers.Location!.ToString(), StringComparison.Ordinal);
        return created;
    }

    [Fact]
    public async Task RefusesAnAnonymousWriteAndWritesNothing()
    {
        var before = await RecordCount();

        await HttpAssert.IsProblem(await _anonymous.PostAsync("/ogc/collections/built-up/items", Body(BuiltUpRecordBodies.Feature()), Ct), HttpStatusCode.Unauthorized);

        Assert.Equal(before, await RecordCount());
    }

    [Fact]
    public async Task CreatesAMeasuredRecordWithItsZonePhaseAndAuthor()
    {
        var created = await CreateAsync();
        var properties = created.GetProperty("properties");

        Assert.Equal("MultiPolygon", created.GetProperty("geometry").GetProperty("type").GetString());
        Assert.InRange(properties.GetProperty("area_km2").GetDouble(), 2.05, 2.15); // ≈ 1.574 km × 1.331 km
        Assert.Equal("zone-core", properties.GetProperty("zone").GetString());
        Assert.True(properties.GetProperty("phase").GetString() is "一期" or "二期");
        Assert.Equal(SpatialPlanAppFactory.PlannerName, properties.GetProperty("author").GetString());
        Assert.Equal(2023, properties.GetProperty("built_year").GetInt32());
        var stored = await HttpAssert.IsJson(await _anonymous.GetAsync($"/ogc/collections/built-up/items/{created.GetProperty("id").GetString()}", Ct), "application/geo+json");
        Assert.Equal("已竣工", stored.GetProperty("properties").GetProperty("note").GetString());
    }

    [Fact]
    public async Task ReplacesAndDeletesKeepingEveryVersion()
    {
        var id = (await CreateAsync()).GetProperty("id").GetString();
        var url = $"/ogc/collections/built-up/items/{id}";

        var replaced = await _planner.PutAsync(url + "?onOverlap=allow", Body(BuiltUpRecordBodies.Feature(properties: """{"note":"更正范围","built_year":2024}""")), Ct);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _planner.DeleteAsync(url, Ct)).StatusCode);
        await HttpAssert.IsProblem(await _anonymous.GetAsync(url, Ct), HttpStatusCode.NotFound);

        var history = await HttpAssert.IsJson(await _anonymous.GetAsync(url + "/history", Ct));
        var versions = history.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal(["created", "replaced", "deleted"], versions.Select(v => v.GetProperty("action").GetString()));
        Assert.Equal("已竣工", versions[0].GetProperty("feature").GetProperty("properties").GetProperty("note").GetString());
        Assert.Equal("更正范围", versions[2].GetProperty("feature").GetProperty("properties").GetProperty("note").GetString());
        Assert.All(versions, v => Assert.Equal(SpatialPlanAppFactory.PlannerName, v.GetProperty("author").GetString()));
    }

    [Fact]
    public async Task KeepsTheCreationTimeWhenReplaced()
    {
        var created = await CreateAsync();
        var id = created.GetProperty("id").GetString();

        var replaced = await HttpAssert.IsJson(await _planner.PutAsync($"/ogc/collections/built-up/items/{id}?onOverlap=allow", Body(BuiltUpRecordBodies.Feature()), Ct));

        Assert.Equal(created.GetProperty("properties").GetProperty("created_at").GetString(),
            replaced.GetProperty("properties").GetProperty("created_at").GetString());
    }

    [Fact]
    public async Task TalliesRecordsAgainstTheTwentySquareKilometreTarget()
    {
        await CreateAsync("""{"built_year":2022}""");

        var summary = await HttpAssert.IsJson(await _anonymous.GetAsync("/api/built-up/summary", Ct));

        Assert.Equal(20_000_000, summary.GetProperty("targetM2").GetDouble());
        Assert.True(summary.GetProperty("totalM2").GetDouble() > 2_000_000);
        Assert.Contains(summary.GetProperty("byZone").EnumerateArray(), z => z.GetProperty("id").GetString() == "zone-core");
        Assert.Contains(summary.GetProperty("byYear").EnumerateArray(), y => y.GetProperty("year").ValueKind == JsonValueKind.Number && y.GetProperty("year").GetInt32() == 2022);
        var zones = summary.GetProperty("byZone").EnumerateArray().Sum(z => z.GetProperty("areaM2").GetDouble()) + summary.GetProperty("outsideM2").GetDouble();
        Assert.Equal(summary.GetProperty("totalM2").GetDouble(), zones, 0);
    }


    [Theory]
    [MemberData(nameof(BuiltUpRecordBodies.Bad), MemberType = typeof(BuiltUpRecordBodies))]
    public async Task RefusesABadRecordNamingTheFieldAndWritesNothing(string body, string field)
    {
        var before = await RecordCount();

        var problem = await HttpAssert.IsProblem(await _planner.PostAsync("/ogc/collections/built-up/items", Body(body), Ct), HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.True(errors.Any(e => e.StartsWith(field, StringComparison.Ordinal)), $"errors {string.Join(", ", errors)} should name {field}");
        Assert.Equal(before, await RecordCount());
    }

    [Fact]
    public async Task ReportsWhereARecordCrossesItself()
    {
        var body = BuiltUpRecordBodies.Feature(geometry: """{"type":"Polygon","coordinates":[[[120.95,27.92],[120.97,27.94],[120.97,27.92],[120.95,27.94],[120.95,27.92]]]}""");

        var problem = await HttpAssert.IsProblem(await _planner.PostAsync("/ogc/collections/built-up/items", Body(body), Ct), HttpStatusCode.BadRequest);

        var location = problem.GetProperty("problems")[0].GetProperty("location").EnumerateArray().Select(n => n.GetDouble()).ToArray();
        Assert.Equal(120.96, location[0], 6);
        Assert.Equal(27.93, location[1], 6);
    }

    [Fact]
    public async Task RefusesAnOversizedBodyAndAWrongContentType()
    {
        var huge = BuiltUpRecordBodies.Feature(properties: $$"""{"note":"{{new string('x', 3_000_000)}}"}""");

        await HttpAssert.IsProblem(await _planner.PostAsync("/ogc/collections/built-up/items", Body(huge), Ct), HttpStatusCode.RequestEntityTooLarge);
        await HttpAssert.IsProblem(await _planner.PostAsync("/ogc/collections/built-up/items", Body(BuiltUpRecordBodies.Feature(), "text/plain"), Ct), HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task RefusesWritesToThePlansOwnLayersAndUnknownOnes()
    {
        await HttpAssert.IsProblem(await _planner.PostAsync("/ogc/collections/plan-zones/items", Body(BuiltUpRecordBodies.Feature()), Ct), HttpStatusCode.MethodNotAllowed);
        await HttpAssert.IsProblem(await _planner.DeleteAsync("/ogc/collections/plan-zones/items/zone-core", Ct), HttpStatusCode.MethodNotAllowed);
        await HttpAssert.IsProblem(await _planner.PostAsync("/ogc/collections/nowhere/items", Body(BuiltUpRecordBodies.Feature()), Ct), HttpStatusCode.NotFound);
        await HttpAssert.IsProblem(await _planner.PutAsync("/ogc/collections/built-up/items/bu-missing", Body(BuiltUpRecordBodies.Feature()), Ct), HttpStatusCode.NotFound);
        await HttpAssert.IsProblem(await _anonymous.GetAsync("/ogc/collections/built-up/items/bu-missing/history", Ct), HttpStatusCode.NotFound);
    }
}

public sealed class BuiltUpRecordApiTestsWithEmbeddedStore(SpatialPlanAppFactory factory) : BuiltUpRecordApiTests<SpatialPlanAppFactory>(factory);

public sealed class BuiltUpRecordApiTestsWithPostGis(PostGisAppFactory factory) : BuiltUpRecordApiTests<PostGisAppFactory>(factory);

/// <summary>Request bodies of the record tests: a parcel across 一期/二期, and the malformed or hostile ones.</summary>
public static class BuiltUpRecordBodies
{
    /// <summary>A 0.016° × 0.012° parcel across the line where 一期 and 二期 meet, inside 中心区.</summary>
    public const string Parcel = """{"type":"Polygon","coordinates":[[[120.95454,27.92327],[120.97054,27.92327],[120.97054,27.93527],[120.95454,27.93527],[120.95454,27.92327]]]}""";

    public static string Feature(string geometry = Parcel, string properties = """{"name_zh":"一期二期交界 测试地块","built_year":2023,"note":"已竣工"}""") =>
        $$"""{"type":"Feature","geometry":{{geometry}},"properties":{{properties}}}""";

    public static TheoryData<string, string> Bad => new()
    {
        { "{ not json", "body" },
        { """{"type":"FeatureCollection","features":[]}""", "type" },
        { """{"type":"Feature","properties":{}}""", "geometry" },
        { Feature(geometry: """{"type":"Point","coordinates":[120.96,27.93]}"""), "geometry.type" },
        { Feature(geometry: """{"type":"Polygon","coordinates":[[[120.95,27.92],[120.97,27.94],[120.97,27.92],[120.95,27.94],[120.95,27.92]]]}"""), "geometry.coordinates" },
        { Feature(geometry: """{"type":"Polygon","coordinates":[[[120.95,27.92],[120.97,27.92],[120.97,27.94]]]}"""), "geometry.coordinates[0]" },
        { Feature(geometry: """{"type":"Polygon","coordinates":[[[27.92,120.95],[27.92,120.97],[27.94,120.97],[27.92,120.95]]]}"""), "geometry.coordinates" },
        { Feature(geometry: """{"type":"Polygon","coordinates":[[[120.95,NaN],[120.97,27.92],[120.97,27.94],[120.95,27.92]]]}"""), "body" },
        { Feature(properties: """{"area_km2":0.001}"""), "properties.area_km2" },
        { Feature(properties: """{"built_year":3000}"""), "properties.built_year" },
        { Feature(properties: """{"note":42}"""), "properties.note" },
        { Feature(properties: """{"name_zh":"a\ud800b"}"""), "properties.name_zh" }, // a lone surrogate: not text
        { Feature(properties: """{"name_en":"a\u0000b"}"""), "properties.name_en" }, // NUL: PostgreSQL cannot store it
        { Feature(properties: """{"\udc00":1}"""), "properties" },
        { Feature(properties: $$"""{"note":"{{new string('长', 2001)}}"}"""), "properties.note" },
        { """{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]}}""", "body" },
        { """{"type":"Feature","type":"Feature","geometry":null}""", "body" },
    };
}
