using System.Net;

namespace SpatialPlan.Web.Tests.Ogc;

public abstract class CollectionsTests<TFactory> : IClassFixture<TFactory>
    where TFactory : SpatialPlanAppFactory
{
    private readonly HttpClient _client;

    protected CollectionsTests(TFactory factory)
    {
        factory.RequireStore();
        _client = factory.CreateClient();
    }

    [Fact]
    public async Task ListsEveryCollectionOfTheStableContract()
    {
        var document = await HttpAssert.IsJson(await _client.GetAsync("/ogc/collections", TestContext.Current.CancellationToken));

        var ids = document.GetProperty("collections").EnumerateArray().Select(c => c.GetProperty("id").GetString()!);
        Assert.Equal(ContractCollections.Ids.Order(), ids.Order());
    }

    [Fact]
    public async Task DescribesACollectionWithItsExtentAndAnItemsLink()
    {
        var collection = await HttpAssert.IsJson(await _client.GetAsync("/ogc/collections/plan-zones", TestContext.Current.CancellationToken));

        Assert.Contains("一核三区", collection.GetProperty("title").GetString(), StringComparison.Ordinal);
        var bbox = collection.GetProperty("extent").GetProperty("spatial").GetProperty("bbox")[0].EnumerateArray().Select(n => n.GetDouble()).ToArray();
        Assert.InRange(bbox[0], 120.55, 121.35);
        Assert.InRange(bbox[3], 27.70, 28.25);
        Assert.True(bbox[0] < bbox[2] && bbox[1] < bbox[3]);
        Assert.Contains(collection.GetProperty("links").EnumerateArray(), l =>
            l.GetProperty("rel").GetString() == "items" && l.GetProperty("type").GetString() == "application/geo+json");
    }

    [Fact]
    public async Task GivesAnEmptyCollectionThePlanExtent()
    {
        var collection = await HttpAssert.IsJson(await _client.GetAsync("/ogc/collections/built-up", TestContext.Current.CancellationToken));

        var bbox = collection.GetProperty("extent").GetProperty("spatial").GetProperty("bbox")[0].EnumerateArray().Select(n => n.GetDouble());
        Assert.Equal([120.55, 27.70, 121.35, 28.25], bbox);
    }

    [Fact]
    public async Task AnswersAnUnknownCollectionWith404Problem()
    {
        var problem = await HttpAssert.IsProblem(
            await _client.GetAsync("/ogc/collections/nowhere", TestContext.Current.CancellationToken), HttpStatusCode.NotFound);

        Assert.Contains("nowhere", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}

public sealed class CollectionsTestsWithEmbeddedStore(SpatialPlanAppFactory factory) : CollectionsTests<SpatialPlanAppFactory>(factory);

public sealed class CollectionsTestsWithPostGis(PostGisAppFactory factory) : CollectionsTests<PostGisAppFactory>(factory);
