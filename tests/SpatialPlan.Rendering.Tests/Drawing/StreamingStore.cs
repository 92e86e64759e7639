using System.Collections.Concurrent;
using SpatialPlan.Core.Features;

namespace SpatialPlan.Rendering.Tests.Drawing;

/// <summary>
/// A read-only store that streams, as both real stores do: it remembers every stream it opened and refuses plain
/// queries, so a test sees which path a reader took. Features come from another store's query, one at a time.
/// </summary>
public sealed class StreamingStore(IFeatureStore inner) : QueryOnlyStore, IFeatureStreamSource
{
    public ConcurrentQueue<(string Collection, FeatureQuery Query)> Streams { get; } = new();

    public async Task<StreamedPage?> StreamAsync(string collectionId, FeatureQuery query, CancellationToken cancellationToken)
    {
        Streams.Enqueue((collectionId, query));
        var page = await inner.QueryAsync(collectionId, query, cancellationToken);
        return page is null ? null : StreamedPage.Of(page);
    }

    public override Task<FeaturePage?> QueryAsync(string collectionId, FeatureQuery query, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("a streaming store is read through StreamAsync");
}
