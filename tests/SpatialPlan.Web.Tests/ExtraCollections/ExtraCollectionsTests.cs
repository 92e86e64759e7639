namespace SpatialPlan.Web.Tests.ExtraCollections;

/// <summary><c>SpatialPlan:ExtraCollections</c> adds read-only collections that the API serves like the plan's own.</summary>
public abstract class ExtraCollectionsTests<TFactory> : IClassFixture<TFactory>
    where TFactory : SpatialPlanAppFactory
{
    private readonly HttpClient _client;

    protected ExtraCollectionsTests(TFactory factory)
    {
        factory.RequireStore();
        _client = factory.CreateClient();
    }

    [Fact]
    public async Task ListsTheExtraCollectionBesideThePlansCollections()
    {
        var document = await HttpAssert.IsJson(await _client.GetAsync("/ogc/collections", TestContext.Current.CancellationToken));

        var collections = document.GetProperty("collections").EnumerateArray().ToList();
        var extra = Assert.Single(collections, c => c.GetProperty("id").GetString() == ExtraCollectionFile.Id);
        Assert.StartsWith(ExtraCollectionFile.Title, extra.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains(collections, c => c.GetProperty("id").GetString() == "plan-zones");
    }

    [Fact]
    public async Task ServesTheExtraCollectionsItemsFilteredByBbox()
    {
        var page = await HttpAssert.IsJson(await _client.GetAsync(
            $"/ogc/collections/{ExtraCollectionFile.Id}/items?bbox=120.90,27.95,120.92,27.97", TestContext.Current.CancellationToken),
            "application/geo+json");

        var feature = Assert.Single(page.GetProperty("features").EnumerateArray());
        Assert.Equal("p1", feature.GetProperty("id").GetString());
    }

    [Fact]
    public async Task ServesOneFeatureOfTheExtraCollectionById()
    {
        var feature = await HttpAssert.IsJson(await _client.GetAsync(
            $"/ogc/collections/{ExtraCollectionFile.Id}/items/p2", TestContext.Current.CancellationToken), "application/geo+json");

        Assert.Equal("forest", feature.GetProperty("properties").GetProperty("landuse").GetString());
    }
}

public sealed class ExtraCollectionsTestsWithEmbeddedStore(ExtraCollectionAppFactory factory)
    : ExtraCollectionsTests<ExtraCollectionAppFactory>(factory);

public sealed class ExtraCollectionsTestsWithPostGis(ExtraCollectionPostGisAppFactory factory)
    : ExtraCollectionsTests<ExtraCollectionPostGisAppFactory>(factory);
