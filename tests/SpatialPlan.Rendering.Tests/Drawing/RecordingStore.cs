using System.Collections.Concurrent;
using SpatialPlan.Core.Features;

namespace SpatialPlan.Rendering.Tests.Drawing;

/// <summary>A read-only store over another that remembers each query and the size of each page it answered.</summary>
public sealed class RecordingStore(IFeatureStore inner) : QueryOnlyStore
{
    public ConcurrentQueue<(string Collection, FeatureQuery Query, int Returned)> Queries { get; } = new();

    /// <summary>Features in a list, matched by envelope like PostGIS <c>&amp;&amp;</c>, in list order.</summary>
    public static RecordingStore Over(string collectionId, IReadOnlyList<PlanFeature> features) => new(new ListStore(collectionId, features));

    public override async Task<FeaturePage?> QueryAsync(string collectionId, FeatureQuery query, CancellationToken cancellationToken)
    {
        var page = await inner.QueryAsync(collectionId, query, cancellationToken);
        Queries.Enqueue((collectionId, query, page?.Features.Count ?? 0));
        return page;
    }

    private sealed class ListStore(string collectionId, IReadOnlyList<PlanFeature> features) : QueryOnlyStore
    {
        public override Task<FeaturePage?> QueryAsync(string id, FeatureQuery query, CancellationToken cancellationToken) =>
            Task.FromResult<FeaturePage?>(id == collectionId ? Page(features, query) : null);
    }
}
