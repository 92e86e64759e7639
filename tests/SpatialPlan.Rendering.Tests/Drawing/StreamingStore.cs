using System.Collections.Concurrent;
using SpatialPlan.Core.Features;

namespace SpatialPlan.Rendering.Tests.Drawing;

/// <summary>
/// A reader that remembers every stream it opened and refuses plain queries, so a test sees that a reader took the
/// streaming path. Features come from another reader's query, one at a time.
/// </summary>
public sealed class StreamingStore(IFeatureReader inner) : QueryOnlyStore
{
    public ConcurrentQueue<(string Collection, FeatureQuery Query)> Streams { get; } = new();

    public override async Task<StreamedPage?> StreamAsync(string collectionId, FeatureQuery query, CancellationToken cancellationToken)
    {
        Streams.Enqueue((collectionId, query));
        var page = await inner.QueryAsync(collectionId, query, cancellationToken);
        return page is null ? null : StreamedPage.Of(page);
    }

    public override Task<FeaturePage?> QueryAsync(string collectionId, FeatureQuery query, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("a streaming store is read through StreamAsync");
}
