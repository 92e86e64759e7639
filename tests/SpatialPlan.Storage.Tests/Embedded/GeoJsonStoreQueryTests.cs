using NetTopologySuite.Geometries;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Storage.Embedded;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Storage.Tests.Embedded;

public sealed class GeoJsonStoreQueryTests : IDisposable
{
    private readonly MiniGeodata _geodata = new();
    private readonly TempDirectory _data = new();
    private readonly GeoJsonStore _store;

    public GeoJsonStoreQueryTests() =>
        _store = new GeoJsonStore(GeodataLoader.Load(_geodata.Path), new GeoJsonStoreOptions { DataDirectory = _data.Path });

    private async Task<string[]> Ids(Envelope? bbox, int limit = 100, int offset = 0)
    {
        var page = await _store.QueryAsync(MiniGeodata.Zones, new FeatureQuery(bbox, limit, offset), TestContext.Current.CancellationToken);
        return page!.Features.Select(f => f.Id).ToArray();
    }

    [Fact]
    public async Task ReturnsEveryFeatureInIdOrderWithoutABbox() =>
        Assert.Equal(["a", "b", "c", "d"], await Ids(null));

    [Fact]
    public async Task ReturnsOnlyFeaturesInsideTheBbox() =>
        Assert.Equal(["b"], await Ids(new Envelope(120.72, 120.78, 28.02, 28.08)));

    [Fact]
    public async Task CountsAFeatureTouchedByTheBboxEdgeAsIntersecting() =>
        Assert.Equal(["a", "b"], await Ids(new Envelope(120.65, 120.70, 28.02, 28.08)));

    [Fact]
    public async Task ReturnsNothingForABboxInTheSea() =>
        Assert.Empty(await Ids(new Envelope(121.2, 121.3, 27.75, 27.8)));

    [Fact]
    public async Task PagesInAStableOrderAndCountsAllMatches()
    {
        var page = await _store.QueryAsync(MiniGeodata.Zones, new FeatureQuery(null, 2, 1), TestContext.Current.CancellationToken);

        Assert.Equal(["b", "c"], page!.Features.Select(f => f.Id));
        Assert.Equal(4, page.NumberMatched);
    }

    [Fact]
    public async Task ReturnsAnEmptyPagePastTheEnd()
    {
        var page = await _store.QueryAsync(MiniGeodata.Zones, new FeatureQuery(null, 10, 10), TestContext.Current.CancellationToken);

        Assert.Empty(page!.Features);
        Assert.Equal(4, page.NumberMatched);
    }

    [Fact]
    public async Task AnswersNullForAnUnknownCollection() =>
        Assert.Null(await _store.QueryAsync("nowhere", FeatureQuery.All, TestContext.Current.CancellationToken));

    [Fact]
    public async Task GetsOneFeatureById()
    {
        var feature = await _store.GetAsync(MiniGeodata.Zones, "c", TestContext.Current.CancellationToken);

        Assert.Equal("core", feature!.Text("zone"));
        Assert.Null(await _store.GetAsync(MiniGeodata.Zones, "zz", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task GivesTheExtentOfACollectionAndNoneForAnEmptyOne()
    {
        var extent = await _store.GetExtentAsync(MiniGeodata.Zones, TestContext.Current.CancellationToken);

        Assert.Equal(new Envelope(120.6, 121.0, 28.0, 28.1), extent);
        Assert.Null(await _store.GetExtentAsync(MiniGeodata.Records, TestContext.Current.CancellationToken));
    }

    public void Dispose()
    {
        _store.Dispose();
        _data.Dispose();
        _geodata.Dispose();
    }
}
