using System.Net;
using System.Text.Json;

namespace SpatialPlan.Web.Tests.Ogc;

public abstract class ItemsTests<TFactory> : IClassFixture<TFactory>
    where TFactory : SpatialPlanAppFactory
{
    private readonly HttpClient _client;

    protected ItemsTests(TFactory factory)
    {
        factory.RequireStore();
        _client = factory.CreateClient();
    }

    private async Task<JsonElement> Items(string query) =>
        await HttpAssert.IsJson(await _client.GetAsync("/ogc/collections/" + query, TestContext.Current.CancellationToken), "application/geo+json");

    private static string[] Ids(JsonElement collection) =>
        collection.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()!).ToArray();

    private static string? Link(JsonElement document, string rel) =>
        document.GetProperty("links").EnumerateArray()
            .Where(l => l.GetProperty("rel").GetString() == rel)
            .Select(l => l.GetProperty("href").GetString())
            .SingleOrDefault();

    [Fact]
    public async Task ServesTheFourZonesWithChineseNamesAndIndustries()
    {
        var zones = await Items("plan-zones/items");

        Assert.Equal("FeatureCollection", zones.GetProperty("type").GetString());
        Assert.Equal(4, zones.GetProperty("numberMatched").GetInt32());
        Assert.Equal(4, zones.GetProperty("numberReturned").GetInt32());
        Assert.True(DateTimeOffset.TryParse(zones.GetProperty("timeStamp").GetString(), out _));
        var properties = zones.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties")).ToList();
        Assert.Equal(["core", "damenxiaomen", "liubai", "wengxin"], properties.Select(p => p.GetProperty("zone").GetString()).Order());
        var liubai = properties.Single(p => p.GetProperty("zone").GetString() == "liubai");
        Assert.Equal("柳白分区", liubai.GetProperty("name_zh").GetString());
        Assert.Contains("电工电气", liubai.GetProperty("industries").EnumerateArray().Select(i => i.GetString()));
    }

    [Fact]
    public async Task FiltersByBbox()
    {
        // A box around the 柳市 and 北白象 town centres touches 柳白分区 and no other zone.
        var zones = await Items("plan-zones/items?bbox=120.85,28.035,120.89,28.045");

        var zone = Assert.Single(zones.GetProperty("features").EnumerateArray());
        Assert.Equal("liubai", zone.GetProperty("properties").GetProperty("zone").GetString());
    }

    [Fact]
    public async Task ReturnsAnEmptyCollectionForABboxWithNoFeatures()
    {
        var zones = await Items("plan-zones/items?bbox=121.30,27.70,121.35,27.72");

        Assert.Equal(0, zones.GetProperty("numberMatched").GetInt32());
        Assert.Empty(zones.GetProperty("features").EnumerateArray());
    }

    [Fact]
    public async Task PagesWithACursorInTheNextLinkThatKeepsTheBbox()
    {
        var first = await Items("land/items?limit=2&bbox=120.55,27.70,121.35,28.25");
        var matched = first.GetProperty("numberMatched").GetInt32();
        Assert.True(matched > 4, "the land collection should have more than two pages of two");
        Assert.Null(Link(first, "prev"));

        var next = Link(first, "next")!;
        Assert.Contains("bbox=120.55", next, StringComparison.Ordinal);
        Assert.Contains("cursor=", next, StringComparison.Ordinal);
        Assert.DoesNotContain("offset=", next, StringComparison.Ordinal);
        var second = await HttpAssert.IsJson(await _client.GetAsync(next, TestContext.Current.CancellationToken), "application/geo+json");
        Assert.Empty(Ids(first).Intersect(Ids(second)));
        Assert.Equal(matched, second.GetProperty("numberMatched").GetInt32());
        Assert.Equal(Ids(await Items("land/items?limit=2&offset=2")), Ids(second));
    }

    [Fact]
    public async Task StillPagesByOffsetWithPrevLinks()
    {
        var second = await Items("land/items?limit=2&offset=2");

        Assert.Contains("offset=0", Link(second, "prev"), StringComparison.Ordinal);
        Assert.Equal(Ids(await Items("land/items?limit=4")).Skip(2), Ids(second));
    }

    [Fact]
    public async Task WalksAllPagesToExactlyTheMatchedFeatures()
    {
        var seen = new List<string>();
        string? url = "/ogc/collections/land/items?limit=3";
        var matched = 0;
        while (url is not null)
        {
            var page = await HttpAssert.IsJson(await _client.GetAsync(url, TestContext.Current.CancellationToken), "application/geo+json");
            matched = page.GetProperty("numberMatched").GetInt32();
            seen.AddRange(Ids(page));
            url = Link(page, "next");
        }

        Assert.Equal(matched, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task ClampsALimitAboveTheMaximumInsteadOfRefusingIt()
    {
        var land = await Items("land/items?limit=50000");

        Assert.Contains("limit=10000", Link(land, "self"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcceptsADatetimeTheFeaturesHaveNoTimeFor()
    {
        var zones = await Items("plan-zones/items?datetime=2021-01-01/2025-12-31");

        Assert.Equal(4, zones.GetProperty("numberMatched").GetInt32());
    }

    [Fact]
    public async Task ServesOneFeatureWithLinks()
    {
        var zones = await Items("plan-zones/items");
        var id = Ids(zones)[0];

        var feature = await Items($"plan-zones/items/{id}");

        Assert.Equal("Feature", feature.GetProperty("type").GetString());
        Assert.Equal(id, feature.GetProperty("id").GetString());
        Assert.EndsWith($"/ogc/collections/plan-zones/items/{id}", Link(feature, "self"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswersAnUnknownFeatureWith404Problem() =>
        await HttpAssert.IsProblem(
            await _client.GetAsync("/ogc/collections/plan-zones/items/nothing-here", TestContext.Current.CancellationToken),
            HttpStatusCode.NotFound);

    [Fact]
    public async Task AnswersItemsOfAnUnknownCollectionWith404Problem() =>
        await HttpAssert.IsProblem(
            await _client.GetAsync("/ogc/collections/nowhere/items", TestContext.Current.CancellationToken),
            HttpStatusCode.NotFound);
}

public sealed class ItemsTestsWithEmbeddedStore(SpatialPlanAppFactory factory) : ItemsTests<SpatialPlanAppFactory>(factory);

public sealed class ItemsTestsWithPostGis(PostGisAppFactory factory) : ItemsTests<PostGisAppFactory>(factory);
