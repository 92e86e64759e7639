using System.Globalization;
using System.Net;
using SpatialPlan.Core.Crs;

namespace SpatialPlan.Web.Tests.Filtering;

/// <summary>Part 3 filters on each store: CQL2 text and JSON, filter-crs, and 400s that name what is not supported.</summary>
public abstract class FilterTests<TFactory> : IClassFixture<TFactory>
    where TFactory : SpatialPlanAppFactory
{
    private readonly HttpClient _client;

    protected FilterTests(TFactory factory)
    {
        factory.RequireStore();
        _client = factory.CreateClient();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string[]> Zones(string query)
    {
        var page = await HttpAssert.IsJson(await _client.GetAsync("/ogc/collections/plan-zones/items?" + query, Ct), "application/geo+json");
        return page.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("zone").GetString()!).Order().ToArray();
    }

    private static string Filter(string cql) => "filter=" + Uri.EscapeDataString(cql);

    [Fact]
    public async Task FiltersWithCql2Text() =>
        Assert.Equal(["liubai", "wengxin"], await Zones(Filter("zone IN ('liubai', 'wengxin') AND NOT (name_zh IS NULL)")));

    [Fact]
    public async Task FiltersWithCql2Json() =>
        Assert.Equal(["core"], await Zones("filter-lang=cql2-json&" + Filter("""{"op":"like","args":[{"property":"zone"},"c%"]}""")));

    [Fact]
    public async Task CombinesAFilterWithAnEqualityParameter() =>
        Assert.Equal(["liubai"], await Zones("zone=liubai&" + Filter("zone <> 'core'")));

    [Fact]
    public async Task ReadsFilterGeometriesInTheFilterCrsAxisOrder()
    {
        // The 柳白 test box of ItemsTests as a polygon in EPSG:4549, northing first.
        var (e1, n1) = Cgcs2000.LonLatToGaussKruger.Transform(120.85, 28.035);
        var (e2, n2) = Cgcs2000.LonLatToGaussKruger.Transform(120.89, 28.045);
        var ring = string.Create(CultureInfo.InvariantCulture, $"{n1} {e1}, {n1} {e2}, {n2} {e2}, {n2} {e1}, {n1} {e1}");

        var zones = await Zones($"filter-crs={CrsTestsUri}&" + Filter($"S_INTERSECTS(geometry, POLYGON(({ring})))"));

        Assert.Equal(["liubai"], zones);
        Assert.Equal(["liubai"], await Zones($"filter-crs=http://www.opengis.net/def/crs/EPSG/0/4490&" + Filter("S_INTERSECTS(geometry, BBOX(28.035,120.85,28.045,120.89))")));
    }

    private const string CrsTestsUri = "http://www.opengis.net/def/crs/EPSG/0/4549";

    [Theory]
    [InlineData("S_WITHIN(geometry, POINT(120.9 28.0))", "S_WITHIN")]
    [InlineData("T_AFTER(built_year, TIMESTAMP('2020-01-01T00:00:00Z'))", "T_AFTER")]
    [InlineData("CASEI(zone) = 'core'", "CASEI")]
    [InlineData("zone = name_zh", "two properties")]
    [InlineData("zone = 1", "zone")]
    [InlineData("nothing = 'a'", "nothing")]
    [InlineData("industries = 'x'", "industries")]
    [InlineData("zone ==", "cannot read")]
    [InlineData("S_INTERSECTS(zone, POINT(120.9 28.0))", "geometry")]
    public async Task RefusesWhatItDoesNotAnswerNamingIt(string cql, string named)
    {
        var problem = await HttpAssert.IsProblem(await _client.GetAsync("/ogc/collections/plan-zones/items?" + Filter(cql), Ct), HttpStatusCode.BadRequest);

        var message = string.Join(" ", problem.GetProperty("errors").GetProperty("filter").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains(named, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"op":"t_after","args":[{"property":"zone"},"2020"]}""", "t_after")]
    [InlineData("""{"op":"=","args":[{"property":"zone"}]}""", "wrong arguments")]
    [InlineData("""{"op":"=",""", "not JSON")]
    public async Task RefusesBadCql2JsonNamingIt(string json, string named)
    {
        var problem = await HttpAssert.IsProblem(
            await _client.GetAsync("/ogc/collections/plan-zones/items?filter-lang=cql2-json&" + Filter(json), Ct), HttpStatusCode.BadRequest);

        Assert.Contains(named, problem.GetProperty("errors").GetProperty("filter")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesAnUnknownFilterLanguage() =>
        Assert.True((await HttpAssert.IsProblem(await _client.GetAsync("/ogc/collections/plan-zones/items?filter-lang=ecql&filter=zone%3D'core'", Ct), HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("filter-lang", out _));

    [Fact]
    public async Task DeclaresFilteringConformance()
    {
        var conformance = await HttpAssert.IsJson(await _client.GetAsync("/ogc/conformance", Ct));
        var classes = conformance.GetProperty("conformsTo").EnumerateArray().Select(e => e.GetString()).ToList();

        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter", classes);
        Assert.Contains("http://www.opengis.net/spec/cql2/1.0/conf/cql2-text", classes);
        Assert.Contains("http://www.opengis.net/spec/cql2/1.0/conf/cql2-json", classes);
    }
}

public sealed class FilterTestsWithEmbeddedStore(SpatialPlanAppFactory factory) : FilterTests<SpatialPlanAppFactory>(factory);

public sealed class FilterTestsWithPostGis(PostGisAppFactory factory) : FilterTests<PostGisAppFactory>(factory);
