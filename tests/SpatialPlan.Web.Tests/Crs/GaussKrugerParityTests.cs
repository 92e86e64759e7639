namespace SpatialPlan.Web.Tests.Crs;

/// <summary>Features in EPSG:4549 from the embedded store (ProjNet) agree with PostGIS's <c>ST_Transform</c> (PROJ) to the
/// millimetre, coordinate by coordinate, in every collection; boxes in EPSG:4549 select the same features.</summary>
public sealed class GaussKrugerParityTests : IClassFixture<SpatialPlanAppFactory>, IClassFixture<PostGisAppFactory>
{
    private readonly HttpClient _embedded;
    private readonly HttpClient _postGis;

    public GaussKrugerParityTests(SpatialPlanAppFactory embedded, PostGisAppFactory postGis)
    {
        postGis.RequireStore();
        _embedded = embedded.CreateClient();
        _postGis = postGis.CreateClient();
    }

    public static TheoryData<string> Collections() => new(Ogc.ContractCollections.Ids);

    [Theory]
    [MemberData(nameof(Collections))]
    public async Task AgreeToTheMillimetre(string collectionId)
    {
        var url = $"/ogc/collections/{collectionId}/items?limit=10000&crs={CrsTests<SpatialPlanAppFactory>.Epsg4549}";
        var projNet = GeoJsonCoordinates.Of(await HttpAssert.IsJson(await _embedded.GetAsync(url, TestContext.Current.CancellationToken), "application/geo+json"));
        var proj = GeoJsonCoordinates.Of(await HttpAssert.IsJson(await _postGis.GetAsync(url, TestContext.Current.CancellationToken), "application/geo+json"));

        Assert.Equal(proj.Count, projNet.Count);
        var worst = proj.Zip(projNet).Select(p => Math.Max(Math.Abs(p.First.First - p.Second.First), Math.Abs(p.First.Second - p.Second.Second))).DefaultIfEmpty().Max();
        TestContext.Current.SendDiagnosticMessage($"{collectionId}: {proj.Count} coordinates, largest difference {worst * 1000:0.######} mm");
        Assert.True(worst < 0.001, $"{collectionId}: the largest difference is {worst * 1000:0.###} mm");
    }

    [Theory]
    [InlineData("land", "3090000,560000,3110000,590000")]
    [InlineData("plan-zones", "3095000,585000,3097000,586000")]
    [InlineData("admin-boundaries", "3080000,600000,3120000,640000")]
    public async Task SelectTheSameFeaturesByAGaussKrugerBox(string collectionId, string bbox)
    {
        var url = $"/ogc/collections/{collectionId}/items?limit=10000&bbox-crs={CrsTests<SpatialPlanAppFactory>.Epsg4549}&bbox={bbox}";

        var expected = await (await _embedded.GetAsync(url, TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var actual = await (await _postGis.GetAsync(url, TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(Ids(expected), Ids(actual));
        Assert.NotEmpty(Ids(expected));
    }

    private static string[] Ids(string body) =>
        System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()!).ToArray();
}
