using SpatialPlan.Core.Features;
using SpatialPlan.Core.Plan;
using SpatialPlan.Core.Records;
using SpatialPlan.Web.Measure;

namespace SpatialPlan.Web.Records;

/// <summary>
/// Progress against the plan's ≥ 20 km² of new development, once, for <c>GET /api/built-up/summary</c> and the
/// map page's 规划指标 panel: the planned development-area blocks by phase (<see cref="DevelopmentAreaTally"/>)
/// and the planners' recorded built-up area by zone, phase and year (<see cref="BuiltUpSummary"/>).
/// </summary>
public sealed class TargetProgress(IFeatureReader store, BreakdownRegionsCache regions)
{
    /// <summary>The plan's development-area blocks by phase.</summary>
    public async Task<DevelopmentAreaTally> PlannedAsync(CancellationToken cancellationToken)
    {
        var blocks = await store.QueryAsync(BreakdownRegionsCache.PhasesCollection, FeatureQuery.All, cancellationToken);
        return DevelopmentAreaTally.Of(blocks?.Features ?? []);
    }

    /// <summary>The built-up records, measured now against the current zones and phases.</summary>
    public async Task<BuiltUpSummary> RecordedAsync(CancellationToken cancellationToken)
    {
        var records = await store.QueryAsync(BuiltUpRecord.Collection, FeatureQuery.All, cancellationToken);
        return BuiltUpSummary.Of(records?.Features ?? [], await regions.GetAsync().WaitAsync(cancellationToken));
    }
}
