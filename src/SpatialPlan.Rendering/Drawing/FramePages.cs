using System.Runtime.CompilerServices;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Features;

namespace SpatialPlan.Rendering.Drawing;

/// <summary>
/// Reads a big layer's features in the map frame a page at a time, so a render never holds more than
/// <see cref="PageSize"/> of them: the store is asked once for the whole frame (<see cref="IFeatureReader.StreamAsync"/>)
/// and its rows are cut into pages as they arrive, in id order like a held layer, each feature exactly once.
/// </summary>
public sealed class FramePages(IFeatureReader store, string collectionId, Envelope frame, int pageSize)
{
    /// <summary>Features a render draws at a time when a layer is too big to hold.</summary>
    public const int DefaultPageSize = 2_000;

    public int PageSize { get; } = pageSize > 0 ? pageSize : throw new ArgumentOutOfRangeException(nameof(pageSize));

    /// <summary>One query, read as it arrives: 10⁵ parcels from PostGIS in one pass instead of a query per box.</summary>
    public async IAsyncEnumerable<IReadOnlyList<PlanFeature>> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var stream = await store.StreamAsync(collectionId, new FeatureQuery { Bbox = frame }, cancellationToken);
        if (stream is null)
        {
            yield break;
        }

        var page = new List<PlanFeature>(PageSize);
        await foreach (var feature in stream.Features.WithCancellation(cancellationToken))
        {
            page.Add(feature);
            if (page.Count == PageSize)
            {
                yield return page;
                page = new List<PlanFeature>(PageSize);
            }
        }

        if (page.Count > 0)
        {
            yield return page;
        }
    }
}
