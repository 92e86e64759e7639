using SpatialPlan.Core.Features;
using SpatialPlan.Core.Plan;
using SpatialPlan.Core.Records;
using SpatialPlan.Web.Measure;

namespace SpatialPlan.Web.Records;

/// <summary>
/// Progress against the plan's ≥ 20 km² of new development, once, for <c>GET /api/built-up/summary</c> and the
/// map page's 规划指标 panel: the planned development-area blocks by phase (<see cref="DevelopmentAreaTally"/>)
/// and the planners' recorded built-up area, counted once, by zone, phase and year (<see cref="BuiltUpTallyOp"/>).
/// </summary>
public sealed class TargetProgress(IFeatureReader store, BreakdownRegionsCache regions)
{
    /// <summary>The plan's development-area blocks by phase.</summary>
    public async Task<DevelopmentAreaTally> PlannedAsync(CancellationToken cancellationToken)
    {
        var blocks = await store.QueryAsync(BreakdownRegionsCache.PhasesCollection, FeatureQuery.All, cancellationToken);
        return DevelopmentAreaTally.Of(blocks?.Features ?? []);
    }

    /// <summary>The built-up records tallied now (their union) against the current zones and phases.</summary>
    public async Task<BuiltUpSummary> RecordedAsync(CancellationToken cancellationToken)
    {
        var records = await store.QueryAsync(BuiltUpRecord.Collection, FeatureQuery.All, cancellationToken);
        var breakdown = await regions.GetAsync().WaitAsync(cancellationToken);
        return BuiltUpSummary.Of(BuiltUpTallyOp.Tally(records?.Features ?? [], breakdown));
    }
}
