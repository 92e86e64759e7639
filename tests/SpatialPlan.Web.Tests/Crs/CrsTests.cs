using System.Globalization;
using System.Text.Json;
using SpatialPlan.Core.Crs;

namespace SpatialPlan.Web.Tests.Crs;

/// <summary>OGC API – Features Part 2 on each store: features in CGCS2000 and EPSG:4549 in their EPSG axis order, boxes in
/// either, the CRS named in Content-Crs and listed per collection.</summary>
public abstract class CrsTests<TFactory> : IClassFixture<TFactory>
    where TFactory : SpatialPlanAppFactory
{
    public const string Epsg4490 = "http://www.opengis.net/def/crs/EPSG/0/4490";
    public const string Epsg4549 = "http://www.opengis.net/def/crs/EPSG/0/4549";
    public const string Crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

    private readonly HttpClient _client;

    protected CrsTests(TFactory factory)
    {
        factory.RequireStore();
        _client = factory.CreateClient();
    }

    private async Task<(JsonElement Body, string? ContentCrs)> Get(string url)
    {
        var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);
        var body = await HttpAssert.IsJson(response, "application/geo+json");
        return (body, response.Headers.TryGetValues("Content-Crs", out var values) ? values.Single() : null);
    }

    private static string[] Zones(JsonElement collection) =>
        collection.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("zone").GetString()!).ToArray();

    /// <summary>The 柳白 test box of ItemsTests (120.85,28.035 – 120.89,28.045) as EPSG:4549 northing,easting corners.</summary>
    private static string LiubaiBoxIn4549()
    {
        var (e1, n1) = Cgcs2000.LonLatToGaussKruger.Transform(120.85, 28.035);
        var (e2, n2) = Cgcs2000.LonLatToGaussKruger.Transform(120.89, 28.045);
        return string.Create(CultureInfo.InvariantCulture, $"{Math.Min(n1, n2)},{Math.Min(e1, e2)},{Math.Max(n1, n2)},{Math.Max(e1, e2)}");
    }

    [Fact]
    public async Task ServesCrs84ByDefaultAndSaysSo()
    {
        var (zones, contentCrs) = await Get("/ogc/collections/plan-zones/items");

        Assert.Equal($"<{Crs84}>", contentCrs);
        Assert.All(GeoJsonCoordinates.Of(zones), p => Assert.InRange(p.First, 120.5, 121.4));
    }

    [Fact]
    public async Task ServesCgcs2000LatitudeFirst()
    {
        var (lonLat, _) = await Get("/ogc/collections/plan-zones/items");
        var (latLon, contentCrs) = await Get($"/ogc/collections/plan-zones/items?crs={Epsg4490}");

        Assert.Equal($"<{Epsg4490}>", contentCrs);
        var expected = GeoJsonCoordinates.Of(lonLat).Select(p => (p.Second, p.First)).Order();
        Assert.Equal(expected, GeoJsonCoordinates.Of(latLon).Order());
    }

    [Fact]
    public async Task ServesGaussKrugerNorthingFirstInMetres()
    {
        var (zones, contentCrs) = await Get($"/ogc/collections/plan-zones/items?crs={Epsg4549}");

        Assert.Equal($"<{Epsg4549}>", contentCrs);
        Assert.All(GeoJsonCoordinates.Of(zones), p =>
        {
            Assert.InRange(p.First, 3_060_000, 3_125_000);  // northing of 27.7°–28.25°N
            Assert.InRange(p.Second, 550_000, 640_000);     // easting of 120.55°–121.35°E on CM 120°E
        });
    }

    [Fact]
    public async Task ServesOneFeatureInGaussKrugerToo()
    {
        var (page, _) = await Get($"/ogc/collections/plan-zones/items?crs={Epsg4549}");
        var liubai = page.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "zone-liubai");

        var (one, contentCrs) = await Get($"/ogc/collections/plan-zones/items/zone-liubai?crs={Epsg4549}");

        Assert.Equal($"<{Epsg4549}>", contentCrs);
        var expected = GeoJsonCoordinates.Of(liubai);
        var actual = GeoJsonCoordinates.Of(one);
        Assert.Equal(expected.Count, actual.Count);
        Assert.All(expected.Zip(actual), p =>
        {
            Assert.Equal(p.First.First, p.Second.First, 0.001);
            Assert.Equal(p.First.Second, p.Second.Second, 0.001);
        });
    }

    [Fact]
    public async Task FiltersByABoxInGaussKrugerNorthingFirst()
    {
        var (zones, _) = await Get($"/ogc/collections/plan-zones/items?bbox-crs={Epsg4549}&bbox={LiubaiBoxIn4549()}");

        Assert.Equal(["liubai"], Zones(zones));
    }

    [Fact]
    public async Task FiltersByABoxInCgcs2000LatitudeFirst()
    {
        var (zones, _) = await Get($"/ogc/collections/plan-zones/items?bbox-crs={Epsg4490}&bbox=28.035,120.85,28.045,120.89");

        Assert.Equal(["liubai"], Zones(zones));
    }

    [Fact]
    public async Task KeepsBothCrsParametersInThePageLinks()
    {
        var (land, _) = await Get($"/ogc/collections/land/items?limit=1&crs={Epsg4549}&bbox-crs={Epsg4490}&bbox=27.7,120.55,28.25,121.35");

        var next = land.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("rel").GetString() == "next").GetProperty("href").GetString()!;
        Assert.Contains("crs=" + Uri.EscapeDataString(Epsg4549), next, StringComparison.Ordinal);
        Assert.Contains("bbox-crs=" + Uri.EscapeDataString(Epsg4490), next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListsTheServedCrsAndTheStorageCrsOfEachCollection()
    {
        var collections = await HttpAssert.IsJson(await _client.GetAsync("/ogc/collections", TestContext.Current.CancellationToken));

        Assert.All(collections.GetProperty("collections").EnumerateArray(), c =>
        {
            Assert.Equal([Crs84, Epsg4490, Epsg4549], c.GetProperty("crs").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal(Crs84, c.GetProperty("storageCrs").GetString());
        });
    }

    [Fact]
    public async Task DeclaresPart2Conformance()
    {
        var conformance = await HttpAssert.IsJson(await _client.GetAsync("/ogc/conformance", TestContext.Current.CancellationToken));

        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
            conformance.GetProperty("conformsTo").EnumerateArray().Select(e => e.GetString()));
    }
}

public sealed class CrsTestsWithEmbeddedStore(SpatialPlanAppFactory factory) : CrsTests<SpatialPlanAppFactory>(factory);

public sealed class CrsTestsWithPostGis(PostGisAppFactory factory) : CrsTests<PostGisAppFactory>(factory);
