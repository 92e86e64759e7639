using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Measurement;

namespace SpatialPlan.Web.Measure;

/// <summary>
/// The zones and phases of the breakdown, read from the store and prepared once: <c>plan-zones</c> and
/// <c>development-area</c> are read-only. A failed load (a database hiccup) is retried by the next request.
/// </summary>
public sealed class BreakdownRegionsCache(IFeatureReader store)
{
    public const string ZonesCollection = PlanCollections.PlanZones;
    public const string PhasesCollection = PlanCollections.DevelopmentArea;

    private readonly Lock _lock = new();
    private Task<BreakdownRegions>? _regions;

    public Task<BreakdownRegions> GetAsync()
    {
        lock (_lock)
        {
            if (_regions is null || _regions.IsFaulted || _regions.IsCanceled)
            {
                _regions = LoadAsync();
            }

            return _regions;
        }
    }

    private async Task<BreakdownRegions> LoadAsync()
    {
        // Not the request's token: one request giving up must not cancel the load others wait for.
        var zones = await store.QueryAsync(ZonesCollection, FeatureQuery.All, CancellationToken.None);
        var phases = await store.QueryAsync(PhasesCollection, FeatureQuery.All, CancellationToken.None);
        return BreakdownRegions.From(zones?.Features ?? [], phases?.Features ?? []);
    }
}
