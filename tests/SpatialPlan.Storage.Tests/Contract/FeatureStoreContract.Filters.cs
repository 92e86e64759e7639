using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Crs;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Filtering;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Storage.Tests.Contract;

/// <summary>Filters, sort orders, keyset cursors and CRSs: the same answers from every store.</summary>
public abstract partial class FeatureStoreContract<TStore>
{
    private static readonly FilterExpression Liubai = new ComparisonFilter("zone", ComparisonOperator.Equal, FilterValue.Text("liubai"));

    private async Task<FeaturePage> Zones(FeatureQuery query) => (await Store.QueryAsync(MiniGeodata.Zones, query, Ct))!;

    [Fact]
    public async Task FiltersByAPropertyAndCountsOnlyTheMatches()
    {
        var page = await Zones(new FeatureQuery { Filter = Liubai });

        Assert.Equal(["b", "d"], page.Features.Select(f => f.Id));
        Assert.Equal(2, page.NumberMatched);
    }

    [Fact]
    public async Task CombinesAFilterWithABbox() =>
        Assert.Equal(["d"], (await Zones(new FeatureQuery { Filter = Liubai, Bbox = new Envelope(120.85, 121.05, 28.02, 28.08) })).Features.Select(f => f.Id));

    [Fact]
    public async Task TreatsAMissingPropertyAsUnknownEvenUnderNot()
    {
        // No zone has 'height': the comparison is unknown, and so is its negation (SQL's three-valued logic).
        var missing = new ComparisonFilter("height", ComparisonOperator.Greater, FilterValue.Number(1));

        Assert.Empty((await Zones(new FeatureQuery { Filter = missing })).Features);
        Assert.Empty((await Zones(new FeatureQuery { Filter = new NotFilter(missing) })).Features);
        Assert.Equal(4, (await Zones(new FeatureQuery { Filter = new IsNullFilter("height") })).NumberMatched);
    }

    [Fact]
    public async Task SortsByAPropertyThenById()
    {
        var page = await Zones(new FeatureQuery { SortBy = [new SortKey("zone", Descending: true, "string")], Limit = 3, Offset = 1 });

        Assert.Equal(["d", "a", "c"], page.Features.Select(f => f.Id));
        Assert.Equal(4, page.NumberMatched);
    }

    [Fact]
    public async Task PagesAfterACursorAndSaysWhetherMoreFollow()
    {
        var page = await Zones(new FeatureQuery { After = "a", Limit = 2 });
        var last = await Zones(new FeatureQuery { After = "b", Limit = 2 });
        var past = await Zones(new FeatureQuery { After = "d", Limit = 2 });

        Assert.Equal(["b", "c"], page.Features.Select(f => f.Id));
        Assert.Equal((4, true), (page.NumberMatched, page.HasMore!.Value));
        Assert.Equal(["c", "d"], last.Features.Select(f => f.Id));
        Assert.False(last.HasMore);
        Assert.Empty(past.Features);
        Assert.Equal((4, false), (past.NumberMatched, past.HasMore!.Value));
    }

    [Fact]
    public async Task PagesAfterACursorWithinAFilter()
    {
        var page = await Zones(new FeatureQuery { Filter = Liubai, After = "b", Limit = 5 });

        Assert.Equal(["d"], page.Features.Select(f => f.Id));
        Assert.Equal(2, page.NumberMatched);
    }

    [Fact]
    public async Task ACursorSeesAWriteBehindItWithoutRepeatingOrSkipping()
    {
        await Store.CreateAsync(MiniGeodata.Records, Record("r2", "x"), author: null, Ct);
        await Store.CreateAsync(MiniGeodata.Records, Record("r4", "x"), author: null, Ct);
        var first = (await Store.QueryAsync(MiniGeodata.Records, new FeatureQuery { Limit = 1 }, Ct))!;

        await Store.CreateAsync(MiniGeodata.Records, Record("r1", "written before the cursor"), author: null, Ct);
        var next = (await Store.QueryAsync(MiniGeodata.Records, new FeatureQuery { After = first.Features[^1].Id, Limit = 1 }, Ct))!;

        Assert.Equal(["r2"], first.Features.Select(f => f.Id));
        Assert.Equal(["r4"], next.Features.Select(f => f.Id)); // an offset of 1 would have repeated r2
    }

    [Fact]
    public async Task ServesGeometriesInGaussKrugerMetres()
    {
        var d = (await Zones(new FeatureQuery { Crs = ServedCrs.Epsg4549, Filter = new InFilter("zone", [FilterValue.Text("liubai")]), Limit = 1, Offset = 1 })).Features.Single();

        Assert.Equal("d", d.Id);
        Assert.Equal(4549, d.Geometry.SRID);
        var (east, north) = Cgcs2000.LonLatToGaussKruger.Transform(120.9, 28.0);
        Assert.Contains(d.Geometry.Coordinates, c => Math.Abs(c.X - east) < 0.001 && Math.Abs(c.Y - north) < 0.001);
    }

    [Fact]
    public async Task SelectsByABoxInGaussKrugerMetres()
    {
        var (west, south) = Cgcs2000.LonLatToGaussKruger.Transform(120.72, 28.02);
        var (east, north) = Cgcs2000.LonLatToGaussKruger.Transform(120.78, 28.08);

        var page = await Zones(new FeatureQuery { BboxCrs = ServedCrs.Epsg4549, Bbox = new Envelope(west, east, south, north) });

        Assert.Equal(["b"], page.Features.Select(f => f.Id));
    }

    [Fact]
    public async Task MatchesLikePatternsBetweenAndInAsSqlDoes()
    {
        FilterExpression[] filters =
        [
            new LikeFilter("zone", "li%"),
            new LikeFilter("zone", "c_re"),
            new LikeFilter("zone", "CORE"),
            new BetweenFilter("zone", FilterValue.Text("a"), FilterValue.Text("d")),
            new InFilter("zone", [FilterValue.Text("core"), FilterValue.Text("x")]),
            new OrFilter([Liubai, new ComparisonFilter("zone", ComparisonOperator.Less, FilterValue.Text("d"))]),
            new IntersectsFilter(Wkt.Read("LINESTRING (120.65 28.05, 120.75 28.05)")),
        ];

        var answers = new List<string>();
        foreach (var filter in filters)
        {
            answers.Add(string.Join(",", (await Zones(new FeatureQuery { Filter = filter })).Features.Select(f => f.Id)));
        }

        Assert.Equal(["b,d", "a,c", "", "a,c", "a,c", "a,b,c,d", "a,b"], answers);
    }

    [Fact]
    public async Task ComparesNumbersAsNumbersAndSortsOtherTypesAndNullsLast()
    {
        foreach (var (id, value) in new (string, object?)[] { ("r1", 10L), ("r2", 2.5), ("r3", "3"), ("r4", null), ("r5", -1L) })
        {
            await Store.CreateAsync(MiniGeodata.Records, WithNumber(id, value), author: null, Ct);
        }

        async Task<string> Ids(FeatureQuery query) =>
            string.Join(",", (await Store.QueryAsync(MiniGeodata.Records, query, Ct))!.Features.Select(f => f.Id));

        Assert.Equal("r1,r2", await Ids(new FeatureQuery { Filter = new ComparisonFilter("n", ComparisonOperator.GreaterOrEqual, FilterValue.Number(2.5)) }));
        Assert.Equal("r3", await Ids(new FeatureQuery { Filter = new ComparisonFilter("n", ComparisonOperator.Equal, FilterValue.Text("3")) }));
        Assert.Equal("r4", await Ids(new FeatureQuery { Filter = new IsNullFilter("n") }));
        Assert.Equal("r5,r2,r1,r3,r4", await Ids(new FeatureQuery { SortBy = [new SortKey("n", false, "number")] }));
        Assert.Equal("r3,r4,r1,r2,r5", await Ids(new FeatureQuery { SortBy = [new SortKey("n", true, "number")] }));
    }

    private static PlanFeature WithNumber(string id, object? value) =>
        new(id, Wkt.Read("POLYGON ((120.95 27.95, 121.0 27.95, 121.0 28.0, 120.95 27.95))"), new AttributesTable { { "n", value } });
}
