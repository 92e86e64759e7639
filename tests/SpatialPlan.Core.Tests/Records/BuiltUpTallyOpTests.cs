using SpatialPlan.Core.Features;
using SpatialPlan.Core.Measurement;
using SpatialPlan.Core.Records;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Core.Tests.Records;

/// <summary>The tally counts the union of the records once, and every breakdown adds up exactly to its total.</summary>
public class BuiltUpTallyOpTests
{
    private static readonly BreakdownRegions Regions =
        BreakdownRegions.From(PlanData.Collection("plan-zones"), PlanData.Collection("development-area"));

    private static readonly Lazy<BuiltUpTally> Scenario = new(() => BuiltUpTallyOp.Tally(TallyScenario.Records(), Regions));

    private static BuiltUpTally Of(params string[] ids) =>
        BuiltUpTallyOp.Tally(TallyScenario.Records().Where(r => ids.Contains(r.Id)).ToList(), Regions);

    private static void Near(decimal expected, decimal actual, decimal tolerance) =>
        Assert.InRange(actual, expected - tolerance, expected + tolerance);

    private static decimal Zone(BuiltUpTally tally, string id) => tally.ByZone.Single(z => z.Id == id).Area.SquareMetres;

    [Fact]
    public void CountsADuplicateOnceAndReportsItAsOverlap()
    {
        var once = Of("bu-phase1");
        var twice = Of("bu-phase1", "bu-phase1-again");

        Assert.Equal(once.Total, twice.Total);
        Assert.Equal(once.Counted, twice.Counted);
        Near(once.Total.SquareMetres, twice.Overlap.SquareMetres, 0.5m);
        var pair = Assert.Single(twice.Overlaps);
        Assert.True(pair.IsDuplicate);
        Assert.Equal(("bu-phase1-again", "bu-phase1"), (pair.Id, pair.OtherId));
    }

    [Fact]
    public void ANestedRecordAddsNothingToTheTotal()
    {
        Near(Of("bu-phase1").Total.SquareMetres, Of("bu-phase1", "bu-nested").Total.SquareMetres, 0.1m);
        var nested = Assert.Single(Of("bu-phase1", "bu-nested").Overlaps);
        Assert.False(nested.IsDuplicate);
        Assert.Equal(1, nested.ShareOfSmaller, 6);
    }

    [Fact]
    public void CountsOnlyTheAreaInsideTheDevelopmentBlocksTowardTheTarget()
    {
        var outside = Of("bu-liubai", "bu-at-sea");

        Assert.Equal(0m, outside.Counted.SquareMetres);
        Assert.Equal(0, outside.ShareOfTarget);
        Assert.True(Zone(outside, "zone-liubai") > 2_000_000m);
        Assert.True(outside.Outside.SquareMetres > 2_000_000m);
        Assert.Equal(outside.Total, outside.ByZone.Single(z => z.Id == "zone-liubai").Area + outside.Outside);
    }

    [Fact]
    public void EveryBreakdownAddsUpExactlyToItsTotal()
    {
        var tally = Scenario.Value;

        Assert.Equal(tally.Total, TallyArea.Sum(tally.ByZone.Select(z => z.Area)) + tally.Outside);
        Assert.Equal(tally.Total, TallyArea.Sum(tally.ByYear.Select(y => y.Area)));
        Assert.Equal(tally.Counted, TallyArea.Sum(tally.ByPhase.Select(p => p.Area)));
        Assert.Equal(tally.Counted, TallyArea.Sum(tally.ByYear.Select(y => y.Counted)));
        Assert.Equal(tally.RecordsSum - tally.Total, tally.Overlap);
        // Nothing built after 2025 and the undated record is at sea: the last cumulative figure is everything counted.
        Assert.Equal(tally.Counted, tally.Progress[^1].CumulativeCounted);
        Assert.Equal([2021, 2022, 2023, 2024, 2025], tally.Progress.Select(p => p.BuiltYear));
        Assert.Equal([4_000_000m, 8_000_000m, 12_000_000m, 16_000_000m, 20_000_000m], tally.Progress.Select(p => p.PathSquareMetres));
    }

    [Fact]
    public void AnOverlapCountsForTheEarliestYearAndTheUndatedLast()
    {
        var tally = Scenario.Value;
        var years = tally.ByYear.ToDictionary(y => y.BuiltYear ?? 0);

        Assert.Equal([2021, 2022, 2023, 2024, 0], tally.ByYear.Select(y => y.BuiltYear ?? 0));
        Assert.Equal(Of("bu-nested").Total, years[2021].Area);
        Near(Of("bu-phase1").Total.SquareMetres - Of("bu-nested").Total.SquareMetres, years[2022].Area.SquareMetres, 0.1m);
        // 2023 is the duplicate (nothing new) and 柳白 (counted nowhere).
        Near(Of("bu-liubai").Total.SquareMetres, years[2023].Area.SquareMetres, 0.1m);
        Assert.Equal(0m, years[2023].Counted.SquareMetres);
        Assert.Equal(2, years[2023].Records);
        Assert.Equal(Of("bu-at-sea").Total, years[0].Area);
    }

    [Fact]
    public void ReportsEachOverlappingPairLargestFirst()
    {
        var pairs = Scenario.Value.Overlaps.Select(o => string.Join(" ", new[] { o.Id, o.OtherId }.Order(StringComparer.Ordinal))).ToList();

        Assert.Equal(5, pairs.Count); // again–phase1; overlapping with both; nested with both
        Assert.Contains("bu-overlapping bu-phase1", pairs);
        Assert.Contains("bu-nested bu-phase1-again", pairs);
        Assert.True(Scenario.Value.Overlaps.Zip(Scenario.Value.Overlaps.Skip(1)).All(p => p.First.SquareMetres >= p.Second.SquareMetres));
        Assert.DoesNotContain(Scenario.Value.Overlaps, o => o.Id.Contains("liubai", StringComparison.Ordinal) || o.Id.Contains("sea", StringComparison.Ordinal));
    }

    [Fact]
    public void NoRecordsGiveZerosWithEveryZoneAndPhaseListed()
    {
        var tally = BuiltUpTallyOp.Tally(Array.Empty<PlanFeature>(), Regions);

        Assert.Equal(TallyArea.Zero, tally.Total);
        Assert.Equal(4, tally.ByZone.Count);
        Assert.Equal(3, tally.ByPhase.Count);
        Assert.Empty(tally.ByYear);
        Assert.All(tally.Progress, p => Assert.Equal(TallyArea.Zero, p.CumulativeCounted));
    }
}
