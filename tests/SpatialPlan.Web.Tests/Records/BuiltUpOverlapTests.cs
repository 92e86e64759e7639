using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace SpatialPlan.Web.Tests.Records;

/// <summary>
/// Writes check overlaps with the records there before writing (<c>onOverlap</c>): by default an exact duplicate is
/// refused and a partial overlap written and reported; <c>refuse</c> writes nothing that overlaps, <c>allow</c>
/// everything. Each test works in a place of its own, so the tests of a class do not see each other's records.
/// </summary>
public abstract class BuiltUpOverlapTests<TFactory> : IClassFixture<TFactory>
    where TFactory : SpatialPlanAppFactory
{
    private const string Items = "/ogc/collections/built-up/items";
    private readonly HttpClient _planner;
    private readonly HttpClient _anonymous;

    protected BuiltUpOverlapTests(TFactory factory)
    {
        factory.RequireStore();
        _anonymous = factory.CreateClient();
        _planner = factory.CreateClient();
        _planner.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SpatialPlanAppFactory.PlannerApiKey);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A square of <paramref name="size"/>° with its south-west corner at (lon, lat), as GeoJSON.</summary>
    private static string Square(double lon, double lat, double size = 0.004) => string.Create(CultureInfo.InvariantCulture,
        $$"""{"type":"Polygon","coordinates":[[[{{lon}},{{lat}}],[{{lon + size}},{{lat}}],[{{lon + size}},{{lat + size}}],[{{lon}},{{lat + size}}],[{{lon}},{{lat}}]]]}""");

    private static StringContent Feature(string geometry) =>
        new(BuiltUpRecordBodies.Feature(geometry: geometry), Encoding.UTF8, "application/geo+json");

    private static MultipartFormDataContent Form(string geojson) =>
        new() { { new ByteArrayContent(Encoding.UTF8.GetBytes(geojson)), "file", "parcels.geojson" } };

    private static string File(params (string Id, string Geometry)[] features) =>
        $$"""{"type":"FeatureCollection","features":[{{string.Join(",", features.Select(f => $$"""{"type":"Feature","id":"{{f.Id}}","properties":{},"geometry":{{f.Geometry}}}"""))}}]}""";

    private async Task<int> CountIn(string geometry)
    {
        using var doc = JsonDocument.Parse(geometry);
        var ring = doc.RootElement.GetProperty("coordinates")[0];
        var (lon, lat) = (ring[0][0].GetDouble(), ring[0][1].GetDouble());
        var bbox = string.Create(CultureInfo.InvariantCulture, $"{lon + 0.0001},{lat + 0.0001},{lon + 0.0002},{lat + 0.0002}");
        return (await HttpAssert.IsJson(await _anonymous.GetAsync($"{Items}?bbox={bbox}", Ct), "application/geo+json")).GetProperty("numberMatched").GetInt32();
    }

    [Fact]
    public async Task RefusesAnExactDuplicateByDefaultAndSaysWhichRecordItDuplicates()
    {
        var parcel = Square(120.86, 27.86);
        var first = await HttpAssert.IsJson(await _planner.PostAsync(Items, Feature(parcel), Ct));

        var problem = await HttpAssert.IsProblem(await _planner.PostAsync(Items, Feature(parcel), Ct), HttpStatusCode.Conflict);

        var overlap = Assert.Single(problem.GetProperty("overlaps").EnumerateArray());
        Assert.True(overlap.GetProperty("duplicate").GetBoolean());
        Assert.Equal(first.GetProperty("id").GetString(), overlap.GetProperty("otherId").GetString());
        Assert.Contains("duplicate", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await CountIn(parcel));
    }

    [Fact]
    public async Task WritesAPartialOverlapByDefaultAndReportsItsArea()
    {
        var first = await HttpAssert.IsJson(await _planner.PostAsync(Items, Feature(Square(120.87, 27.86)), Ct));

        var second = await HttpAssert.IsJson(await _planner.PostAsync(Items, Feature(Square(120.872, 27.86)), Ct));

        var overlap = Assert.Single(second.GetProperty("overlaps").EnumerateArray());
        Assert.False(overlap.GetProperty("duplicate").GetBoolean());
        Assert.Equal(first.GetProperty("id").GetString(), overlap.GetProperty("otherId").GetString());
        Assert.InRange(overlap.GetProperty("areaM2").GetDouble(), 0.45 * 0.2 * 1e6 * 0.8, 0.5 * 0.2 * 1e6); // half of a ≈ 0.44 × 0.39 km² square
        Assert.Equal(0.5, overlap.GetProperty("shareOfSmaller").GetDouble(), 2);
    }

    [Fact]
    public async Task RefusesAnyOverlapWhenAskedToAndAllowsADuplicateWhenAskedTo()
    {
        await _planner.PostAsync(Items, Feature(Square(120.88, 27.86)), Ct);

        await HttpAssert.IsProblem(await _planner.PostAsync(Items + "?onOverlap=refuse", Feature(Square(120.882, 27.86)), Ct), HttpStatusCode.Conflict);
        var allowed = await _planner.PostAsync(Items + "?onOverlap=allow", Feature(Square(120.88, 27.86)), Ct);

        Assert.Equal(HttpStatusCode.Created, allowed.StatusCode);
        Assert.Equal(2, await CountIn(Square(120.88, 27.86)));
    }

    [Fact]
    public async Task AReplacementDoesNotOverlapItself()
    {
        var created = await HttpAssert.IsJson(await _planner.PostAsync(Items, Feature(Square(120.89, 27.86)), Ct));

        var replaced = await HttpAssert.IsJson(await _planner.PutAsync($"{Items}/{created.GetProperty("id").GetString()}?onOverlap=refuse", Feature(Square(120.89, 27.86)), Ct));

        Assert.False(replaced.TryGetProperty("overlaps", out _));
    }

    [Fact]
    public async Task RefusesAnUnknownOnOverlapNamingIt()
    {
        var problem = await HttpAssert.IsProblem(await _planner.PostAsync(Items + "?onOverlap=maybe", Feature(Square(120.90, 27.86)), Ct), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("onOverlap", out _));
        Assert.Equal(0, await CountIn(Square(120.90, 27.86)));
    }

    [Fact]
    public async Task AnImportOfParcelsAlreadyRecordedIsRefusedWholeAndItsReportSaysWhy()
    {
        var file = File(("P-1", Square(120.91, 27.86)), ("P-2", Square(120.92, 27.86)));
        var first = await HttpAssert.IsJson(await _planner.PostAsync("/api/built-up/import", Form(file), Ct));
        Assert.True(first.GetProperty("report").GetProperty("written").GetBoolean());
        Assert.Contains("written as records", first.GetProperty("report").GetProperty("message").GetString(), StringComparison.Ordinal);

        var validated = await HttpAssert.IsJson(await _anonymous.PostAsync("/api/built-up/import/validate", Form(file), Ct));
        var again = await HttpAssert.IsProblem(await _planner.PostAsync("/api/built-up/import", Form(file), Ct), HttpStatusCode.Conflict);

        Assert.False(validated.GetProperty("written").GetBoolean());
        var feature = validated.GetProperty("features")[0];
        Assert.Equal("P-1", feature.GetProperty("id").GetString());
        Assert.True(Assert.Single(feature.GetProperty("overlaps").EnumerateArray()).GetProperty("duplicate").GetBoolean());
        Assert.Equal(2, again.GetProperty("overlaps").GetArrayLength());
        Assert.False(again.GetProperty("report").GetProperty("written").GetBoolean());
        Assert.Equal(1, await CountIn(Square(120.91, 27.86)));
    }

    [Fact]
    public async Task AnImportHoldingOneParcelTwiceIsCaughtToo()
    {
        var file = File(("Q-1", Square(120.93, 27.86)), ("Q-2", Square(120.93, 27.86)));

        var problem = await HttpAssert.IsProblem(await _planner.PostAsync("/api/built-up/import", Form(file), Ct), HttpStatusCode.Conflict);

        var overlap = Assert.Single(problem.GetProperty("overlaps").EnumerateArray());
        Assert.Equal(("Q-2", "Q-1"), (overlap.GetProperty("id").GetString(), overlap.GetProperty("otherId").GetString()));
        Assert.Equal(0, await CountIn(Square(120.93, 27.86)));
    }

    [Fact]
    public async Task TheValidationReportGivesEachFeaturesZoneAndPhase()
    {
        var file = File(("R-1", Square(120.95, 27.925, 0.003)));

        var report = await HttpAssert.IsJson(await _anonymous.PostAsync("/api/built-up/import/validate", Form(file), Ct));

        var feature = report.GetProperty("features")[0];
        Assert.Equal("zone-core", feature.GetProperty("zone").GetString());
        Assert.Equal("中心区", feature.GetProperty("zone_name_zh").GetString());
        Assert.Equal("一期", feature.GetProperty("phase").GetString());
        Assert.True(feature.GetProperty("areaEllipsoidalM2").GetDouble() > 90_000);
    }
}

public sealed class BuiltUpOverlapTestsWithEmbeddedStore(SpatialPlanAppFactory factory) : BuiltUpOverlapTests<SpatialPlanAppFactory>(factory);

public sealed class BuiltUpOverlapTestsWithPostGis(PostGisAppFactory factory) : BuiltUpOverlapTests<PostGisAppFactory>(factory);
