using NetTopologySuite.Geometries;
using SpatialPlan.Core.Features;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Storage.Tests.Contract;

/// <summary>Queries: bbox, order, paging, counts, single features, extents, unknown collections.</summary>
public abstract partial class FeatureStoreContract<TStore>
{
    private async Task<string[]> ZoneIds(Envelope? bbox, int limit = 100, int offset = 0)
    {
        var page = await Store.QueryAsync(MiniGeodata.Zones, new FeatureQuery { Bbox = bbox, Limit = limit, Offset = offset }, Ct);
        return page!.Features.Select(f => f.Id).ToArray();
    }

    [Fact]
    public async Task ReturnsEveryFeatureInIdOrderWithoutABbox() =>
        Assert.Equal(["a", "b", "c", "d"], await ZoneIds(null));

    [Fact]
    public async Task ReturnsOnlyFeaturesInsideTheBbox() =>
        Assert.Equal(["b"], await ZoneIds(new Envelope(120.72, 120.78, 28.02, 28.08)));

    [Fact]
    public async Task CountsAFeatureTouchedByTheBboxEdgeAsIntersecting() =>
        Assert.Equal(["a", "b"], await ZoneIds(new Envelope(120.65, 120.70, 28.02, 28.08)));

    [Fact]
    public async Task CountsAFeatureTouchedOnlyAtACornerAsIntersecting() =>
        Assert.Equal(["a"], await ZoneIds(new Envelope(120.5, 120.6, 27.9, 28.0)));

    [Fact]
    public async Task TakesADegenerateBboxAsAPointOrALine()
    {
        Assert.Equal(["c"], await ZoneIds(new Envelope(120.85, 120.85, 28.05, 28.05)));
        Assert.Equal(["b", "c"], await ZoneIds(new Envelope(120.75, 120.85, 28.05, 28.05)));
    }

    [Fact]
    public async Task ReturnsNothingForABboxInTheSea() =>
        Assert.Empty(await ZoneIds(new Envelope(121.2, 121.3, 27.75, 27.8)));

    [Fact]
    public async Task PagesInAStableOrderAndCountsAllMatches()
    {
        var page = await Store.QueryAsync(MiniGeodata.Zones, new FeatureQuery { Limit = 2, Offset = 1 }, Ct);

        Assert.Equal(["b", "c"], page!.Features.Select(f => f.Id));
        Assert.Equal(4, page.NumberMatched);
    }

    [Fact]
    public async Task PagesWithinABboxAndCountsOnlyItsMatches()
    {
        var page = await Store.QueryAsync(MiniGeodata.Zones, new FeatureQuery { Bbox = new Envelope(120.75, 121.05, 28.02, 28.08), Limit = 1, Offset = 1 }, Ct);

        Assert.Equal(["c"], page!.Features.Select(f => f.Id));
        Assert.Equal(3, page.NumberMatched);
    }

    [Fact]
    public async Task ReturnsAnEmptyPagePastTheEndWithTheFullCount()
    {
        var page = await Store.QueryAsync(MiniGeodata.Zones, new FeatureQuery { Limit = 10, Offset = 10 }, Ct);

        Assert.Empty(page!.Features);
        Assert.Equal(4, page.NumberMatched);
    }

    [Fact]
    public async Task OrdersIdsByOrdinalComparisonAsTheEmbeddedStoreDoes()
    {
        string[] ids = ["b", "B", "_x", "Zeta", "é", "10", "9", "a-1", "a_1", "中心区", "ａ"];
        foreach (var id in ids)
        {
            await Store.CreateAsync(MiniGeodata.Records, Record(id, id), author: null, Ct);
        }

        Assert.Equal(ids.Order(StringComparer.Ordinal), await RecordIds());
    }

    [Fact]
    public async Task AnswersNullForAnUnknownCollection()
    {
        Assert.Null(await Store.QueryAsync("nowhere", FeatureQuery.All, Ct));
        Assert.Null(await Store.GetAsync("nowhere", "a", Ct));
        Assert.Null(await Store.GetExtentAsync("nowhere", Ct));
    }

    [Fact]
    public async Task GetsOneFeatureByIdAndNullForAnUnknownId()
    {
        var feature = await Store.GetAsync(MiniGeodata.Zones, "c", Ct);

        Assert.Equal("core", feature!.Text("zone"));
        Assert.Null(await Store.GetAsync(MiniGeodata.Zones, "zz", Ct));
        Assert.Null(await Store.GetAsync(MiniGeodata.Zones, "C", Ct));
    }

    [Fact]
    public async Task GivesTheExtentOfACollectionAndNoneForAnEmptyOne()
    {
        var extent = await Store.GetExtentAsync(MiniGeodata.Zones, Ct);

        Assert.Equal(new Envelope(120.6, 121.0, 28.0, 28.1), extent);
        Assert.Null(await Store.GetExtentAsync(MiniGeodata.Records, Ct));
    }

    [Fact]
    public async Task ABoxHoldingTheWholeCollectionPagesLikeNoBox()
    {
        var everything = new Envelope(100, 140, 20, 40);

        foreach (var (limit, offset) in new[] { (100, 0), (2, 1), (10, 3), (5, 10) })
        {
            var boxed = await Store.QueryAsync(MiniGeodata.Zones, new FeatureQuery { Bbox = everything, Limit = limit, Offset = offset }, Ct);
            var all = await Store.QueryAsync(MiniGeodata.Zones, new FeatureQuery { Limit = limit, Offset = offset }, Ct);

            Assert.Equal(all!.NumberMatched, boxed!.NumberMatched);
            Assert.Equal(all.Features.Select(f => f.Id), boxed.Features.Select(f => f.Id));
        }
    }

    [Fact]
    public async Task GivesAnExtentTheCallerMayChangeWithoutChangingTheStores()
    {
        var first = await Store.GetExtentAsync(MiniGeodata.Zones, Ct);
        first!.ExpandToInclude(0, 0);

        Assert.Equal(new Envelope(120.6, 121.0, 28.0, 28.1), await Store.GetExtentAsync(MiniGeodata.Zones, Ct));
    }

    [Fact]
    public async Task TheExtentOfAWritableCollectionFollowsItsWrites()
    {
        Assert.Null(await Store.GetExtentAsync(MiniGeodata.Records, Ct));

        await Store.CreateAsync(MiniGeodata.Records, Record("r1", "first"), "wang", Ct);
        Assert.Equal(new Envelope(120.95, 121.0, 27.95, 28.0), await Store.GetExtentAsync(MiniGeodata.Records, Ct));

        await Store.DeleteAsync(MiniGeodata.Records, "r1", expectedVersion: null, "wang", Ct);
        Assert.Null(await Store.GetExtentAsync(MiniGeodata.Records, Ct));
    }

    [Fact]
    public async Task ServesLonLatGeometriesOfTheTypeTheyWereLoadedAs()
    {
        var d = await Store.GetAsync(MiniGeodata.Zones, "d", Ct);

        Assert.Equal(4326, d!.Geometry.SRID);
        Assert.IsType<MultiPolygon>(d.Geometry);
        Assert.True(d.Geometry.EqualsExact(Wkt.Read(MiniGeodata.ZoneFeatures[3].Wkt)));
    }

    [Theory]
    [InlineData(100, 0)]   // the whole collection
    [InlineData(2, 1)]     // a page inside it
    [InlineData(10, 10)]   // past the end: no features, the full count
    public async Task StreamsTheSamePageAsItQueries(int limit, int offset)
    {
        var query = new FeatureQuery { Bbox = new Envelope(120.75, 121.05, 28.02, 28.08), Limit = limit, Offset = offset };
        var expected = (await Store.QueryAsync(MiniGeodata.Zones, query, Ct))!;

        await using var streamed = (await Store.StreamAsync(MiniGeodata.Zones, query, Ct))!;

        Assert.Equal(expected.NumberMatched, streamed.NumberMatched);
        Assert.Equal(expected.Features.Count, streamed.NumberReturned);
        Assert.Equal(expected.Features.Select(f => f.Id), (await streamed.ToPageAsync(Ct)).Features.Select(f => f.Id));
    }

    [Fact]
    public async Task StreamsNothingForAnUnknownCollection() =>
        Assert.Null(await Store.StreamAsync("nowhere", FeatureQuery.All, Ct));
}
