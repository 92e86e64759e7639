using SpatialPlan.Core.Features;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Core.Measurement;
using SpatialPlan.Core.Records;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Storage.Tests.Contract;

/// <summary>The built-up tally of records read back from the store: each store gives the tally of what was written.</summary>
public abstract partial class FeatureStoreContract<TStore>
{
    private static readonly Lazy<BreakdownRegions> PlanRegions = new(() =>
        BreakdownRegions.From(PlanData.Collection("plan-zones"), PlanData.Collection("development-area")));

    [Fact]
    public async Task TalliesTheRecordsItReadsBackAsTheyWereWritten()
    {
        var written = TallyScenario.Records()
            .Select(r => new PlanFeature(r.Id, GeometryFactories.LonLat.CreateMultiPolygon([(NetTopologySuite.Geometries.Polygon)r.Geometry]), r.Attributes))
            .ToList();
        Assert.Equal(WriteOutcome.Done, (await Store.CreateAllAsync(MiniGeodata.Records, written, author: null, Ct)).Outcome);

        var read = (await Store.QueryAsync(MiniGeodata.Records, FeatureQuery.All, Ct))!.Features;
        var expected = BuiltUpTallyOp.Tally(written, PlanRegions.Value);
        var actual = BuiltUpTallyOp.Tally(read, PlanRegions.Value);

        Assert.Equal(expected.Total, actual.Total);
        Assert.Equal(expected.Counted, actual.Counted);
        Assert.Equal(expected.Outside, actual.Outside);
        Assert.Equal(expected.ByZone.Select(z => z.Area), actual.ByZone.Select(z => z.Area));
        Assert.Equal(expected.ByYear.Select(y => (y.BuiltYear, y.Records, y.Area)), actual.ByYear.Select(y => (y.BuiltYear, y.Records, y.Area)));
        Assert.Equal(expected.Overlaps.Select(o => (o.Id, o.OtherId, o.IsDuplicate)), actual.Overlaps.Select(o => (o.Id, o.OtherId, o.IsDuplicate)));
    }
}
