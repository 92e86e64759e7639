using System.Collections.Concurrent;
using SpatialPlan.Core.Features;

namespace SpatialPlan.Rendering.Tests.Drawing;

/// <summary>A read-only store over another that remembers each held query with the size of the page it answered,
/// and each stream it opened.</summary>
public sealed class RecordingStore(IFeatureReader inner) : QueryOnlyStore
{
    public ConcurrentQueue<(string Collection, FeatureQuery Query, int Returned)> Queries { get; } = new();

    public ConcurrentQueue<(string Collection, FeatureQuery Query)> Streams { get; } = new();

    /// <summary>Features in a list, matched by envelope like PostGIS <c>&amp;&amp;</c>, in list order.</summary>
    public static RecordingStore Over(string collectionId, IReadOnlyList<PlanFeature> features) => new(new ListStore(collectionId, features));

    public override async Task<FeaturePage?> QueryAsync(string collectionId, FeatureQuery query, CancellationToken cancellationToken)
    {
        var page = await inner.QueryAsync(collectionId, query, cancellationToken);
        Queries.Enqueue((collectionId, query, page?.Features.Count ?? 0));
        return page;
    }

    public override Task<StreamedPage?> StreamAsync(string collectionId, FeatureQuery query, CancellationToken cancellationToken)
    {
        Streams.Enqueue((collectionId, query));
        return inner.StreamAsync(collectionId, query, cancellationToken);
    }

    private sealed class ListStore(string collectionId, IReadOnlyList<PlanFeature> features) : QueryOnlyStore
    {
        public override Task<FeaturePage?> QueryAsync(string id, FeatureQuery query, CancellationToken cancellationToken) =>
            Task.FromResult<FeaturePage?>(id == collectionId ? Page(features, query) : null);
    }
}
