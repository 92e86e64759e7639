using SpatialPlan.Core.Features;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Rendering.Tests;

/// <summary>
/// The repository's real geodata behind <see cref="IFeatureReader"/>, read-only: the renderer only queries by box,
/// so it needs neither store implementation (the Web tests run it over the real GeoJsonStore).
/// </summary>
public sealed class PlanDataStore : QueryOnlyStore
{
    public override Task<FeaturePage?> QueryAsync(string collectionId, FeatureQuery query, CancellationToken cancellationToken) =>
        Task.FromResult<FeaturePage?>(PlanData.Geodata.Collections.TryGetValue(collectionId, out var features) ? Page(features, query) : null);
}
