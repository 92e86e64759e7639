using System.Net;
using System.Text.Json;

namespace SpatialPlan.Web.Tests.Ogc;

/// <summary>Queryables, equality parameters, sortby, properties, skipGeometry and cursor walks, on each store.</summary>
public abstract class QueryablesTests<TFactory> : IClassFixture<TFactory>
    where TFactory : SpatialPlanAppFactory
{
    private readonly HttpClient _client;

    protected QueryablesTests(TFactory factory)
    {
        factory.RequireStore();
        _client = factory.CreateClient();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<JsonElement> Items(string query) =>
        await HttpAssert.IsJson(await _client.GetAsync("/ogc/collections/" + query, Ct), "application/geo+json");

    private static string[] Ids(JsonElement collection) =>
        collection.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()!).ToArray();

    private static string? Next(JsonElement page) =>
        page.GetProperty("links").EnumerateArray().Where(l => l.GetProperty("rel").GetString() == "next")
            .Select(l => l.GetProperty("href").GetString()).SingleOrDefault();

    [Fact]
    public async Task DescribesTheQueryablesAsAJsonSchema()
    {
        var response = await _client.GetAsync("/ogc/collections/plan-zones/queryables", Ct);
        var schema = await HttpAssert.IsJson(response, "application/schema+json");

        Assert.Equal("object", schema.GetProperty("type").GetString());
        var properties = schema.GetProperty("properties");
        Assert.Equal("string", properties.GetProperty("zone").GetProperty("type").GetString());
        Assert.Equal("number", properties.GetProperty("area_km2").GetProperty("type").GetString());
        Assert.Equal("geometry-multipolygon", properties.GetProperty("geometry").GetProperty("format").GetString());
        Assert.False(schema.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public async Task LinksTheQueryablesFromTheCollection()
    {
        var collection = await HttpAssert.IsJson(await _client.GetAsync("/ogc/collections/plan-zones", Ct));

        Assert.Contains(collection.GetProperty("links").EnumerateArray(), l =>
            l.GetProperty("rel").GetString() == "http://www.opengis.net/def/rel/ogc/1.0/queryables");
    }

    [Fact]
    public async Task FiltersByPropertyEquality()
    {
        var zones = await Items("plan-zones/items?zone=liubai");

        Assert.Equal(["zone-liubai"], Ids(zones));
        Assert.Equal(1, zones.GetProperty("numberMatched").GetInt32());
        Assert.Contains("kind=land", Next(await Items("land/items?kind=land&limit=1")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiltersByANumberEqualityAndAnswersNoneForAnotherValue()
    {
        var all = await Items("development-area/items");
        var area = all.GetProperty("features")[0].GetProperty("properties").GetProperty("area_km2").GetDouble();

        var one = await Items($"development-area/items?area_km2={area.ToString(System.Globalization.CultureInfo.InvariantCulture)}");

        Assert.Contains(all.GetProperty("features")[0].GetProperty("id").GetString(), Ids(one));
        Assert.Empty(Ids(await Items("development-area/items?area_km2=-1")));
    }

    [Fact]
    public async Task SortsByAQueryableBothWays()
    {
        var up = await Items("plan-zones/items?sortby=zone");
        var down = await Items("plan-zones/items?sortby=-zone");

        Assert.Equal(["core", "damenxiaomen", "liubai", "wengxin"], Zones(up));
        Assert.Equal(["wengxin", "liubai", "damenxiaomen", "core"], Zones(down));
    }

    [Fact]
    public async Task PagesASortedQueryByOffset()
    {
        var first = await Items("plan-zones/items?sortby=-zone&limit=2");
        var next = Next(first)!;

        Assert.Contains("offset=2", next, StringComparison.Ordinal);
        Assert.Equal(["damenxiaomen", "core"], Zones(await HttpAssert.IsJson(await _client.GetAsync(next, Ct), "application/geo+json")));
    }

    [Fact]
    public async Task WritesOnlyTheAskedPropertiesAndNoGeometry()
    {
        var zones = await Items("plan-zones/items?properties=zone,name_zh&skipGeometry=true");

        Assert.All(zones.GetProperty("features").EnumerateArray(), f =>
        {
            Assert.Equal(["zone", "name_zh"], f.GetProperty("properties").EnumerateObject().Select(p => p.Name));
            Assert.True(!f.TryGetProperty("geometry", out var g) || g.ValueKind == JsonValueKind.Null);
        });
    }

    [Fact]
    public async Task WalksEveryPageByCursorToExactlyTheMatches()
    {
        var seen = new List<string>();
        string? url = "/ogc/collections/land/items?limit=7&kind=land";
        var matched = 0;
        while (url is not null)
        {
            var page = await HttpAssert.IsJson(await _client.GetAsync(url, Ct), "application/geo+json");
            matched = page.GetProperty("numberMatched").GetInt32();
            Assert.Equal(Ids(page).Length, page.GetProperty("numberReturned").GetInt32());
            seen.AddRange(Ids(page));
            url = Next(page);
        }

        Assert.Equal(Ids(await Items("land/items?limit=10000&kind=land")), seen);
        Assert.Equal(matched, seen.Count);
    }

    [Theory]
    [InlineData("plan-zones/items?industries=x", "industries")]          // an array: no equality
    [InlineData("plan-zones/items?area_km2=big", "area_km2")]            // not a number
    [InlineData("plan-zones/items?sortby=nothing", "sortby")]
    [InlineData("plan-zones/items?sortby=industries", "sortby")]
    [InlineData("plan-zones/items?properties=zone,nothing", "properties")]
    [InlineData("plan-zones/items?skipGeometry=yes", "skipGeometry")]
    [InlineData("plan-zones/items?cursor=%%%", "cursor")]
    [InlineData("plan-zones/items?cursor=YQ&sortby=zone", "cursor")]
    [InlineData("plan-zones/items?status=x", "status")]                  // a queryable of another collection
    public async Task RefusesABadFilterSortOrShape(string query, string parameter)
    {
        var problem = await HttpAssert.IsProblem(await _client.GetAsync("/ogc/collections/" + query, Ct), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), $"errors should name '{parameter}': {problem}");
    }

    [Fact]
    public async Task AnswersQueryablesOfAnUnknownCollectionWith404() =>
        await HttpAssert.IsProblem(await _client.GetAsync("/ogc/collections/nowhere/queryables", Ct), HttpStatusCode.NotFound);

    private static string[] Zones(JsonElement collection) =>
        collection.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("zone").GetString()!).ToArray();
}

public sealed class QueryablesTestsWithEmbeddedStore(SpatialPlanAppFactory factory) : QueryablesTests<SpatialPlanAppFactory>(factory);

public sealed class QueryablesTestsWithPostGis(PostGisAppFactory factory) : QueryablesTests<PostGisAppFactory>(factory);
