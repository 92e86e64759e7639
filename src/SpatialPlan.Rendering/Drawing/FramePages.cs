using System.Runtime.CompilerServices;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Features;

namespace SpatialPlan.Rendering.Drawing;

/// <summary>
/// Reads a big layer's features in the map frame a page at a time, so a render never holds more than
/// <see cref="PageSize"/> of them. A store that streams (<see cref="IFeatureStreamSource"/>: both real stores) is
/// asked once for the whole frame and its rows are cut into pages as they arrive, in id order like a held layer.
/// Any other store is read by splitting the frame like a quadtree until each box matches at most a page (offset
/// pages only below <see cref="MaxDepth"/>), each box one bbox query; a feature on a box edge may match two boxes,
/// so only the ids of those are remembered. Either way every feature in the frame comes exactly once.
/// </summary>
public sealed class FramePages(IFeatureStore store, string collectionId, Envelope frame, int pageSize)
{
    /// <summary>Features a render draws between store queries when a layer is too big to hold.</summary>
    public const int DefaultPageSize = 2_000;

    /// <summary>4^8 boxes at most: deeper, a box is smaller than a pixel of any export.</summary>
    public const int MaxDepth = 8;

    public int PageSize { get; } = pageSize > 0 ? pageSize : throw new ArgumentOutOfRangeException(nameof(pageSize));

    public IAsyncEnumerable<IReadOnlyList<PlanFeature>> ReadAsync(CancellationToken cancellationToken) =>
        store is IFeatureStreamSource streams ? StreamedAsync(streams, cancellationToken) : SplitAsync(cancellationToken);

    /// <summary>One query, read as it arrives: 10⁵ parcels from PostGIS in one pass instead of a query per box.</summary>
    private async IAsyncEnumerable<IReadOnlyList<PlanFeature>> StreamedAsync(
        IFeatureStreamSource streams, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var stream = await streams.StreamAsync(collectionId, new FeatureQuery(frame, int.MaxValue, 0), cancellationToken);
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

    private async IAsyncEnumerable<IReadOnlyList<PlanFeature>> SplitAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var onEdges = new HashSet<string>(StringComparer.Ordinal);
        var boxes = new Stack<(Envelope Box, int Depth)>();
        boxes.Push((frame, 0));
        while (boxes.TryPop(out var next))
        {
            var (box, depth) = next;
            var page = await store.QueryAsync(collectionId, new FeatureQuery(box, PageSize, 0), cancellationToken);
            if (page is null)
            {
                yield break;
            }

            if (page.NumberMatched > PageSize && depth < MaxDepth)
            {
                foreach (var quarter in Quarters(box).Reverse())
                {
                    boxes.Push((quarter, depth + 1));
                }

                continue;
            }

            yield return Unseen(page.Features, box, onEdges);
            for (var offset = PageSize; offset < page.NumberMatched; offset += PageSize)
            {
                var more = await store.QueryAsync(collectionId, new FeatureQuery(box, PageSize, offset), cancellationToken);
                yield return Unseen(more?.Features ?? [], box, onEdges);
            }
        }
    }

    /// <summary>The four quarters of a box, bottom-left first; they share only their edges.</summary>
    public static IEnumerable<Envelope> Quarters(Envelope box)
    {
        var (midX, midY) = (box.Centre.X, box.Centre.Y);
        yield return new Envelope(box.MinX, midX, box.MinY, midY);
        yield return new Envelope(midX, box.MaxX, box.MinY, midY);
        yield return new Envelope(box.MinX, midX, midY, box.MaxY);
        yield return new Envelope(midX, box.MaxX, midY, box.MaxY);
    }

    /// <summary>
    /// The page without features drawn already. A feature strictly inside the box can match no other box;
    /// one reaching its edge is kept by id the first time and dropped after.
    /// </summary>
    private static List<PlanFeature> Unseen(IReadOnlyList<PlanFeature> features, Envelope box, HashSet<string> onEdges)
    {
        var unseen = new List<PlanFeature>(features.Count);
        foreach (var feature in features)
        {
            var e = feature.Geometry.EnvelopeInternal;
            var inside = e.MinX > box.MinX && e.MaxX < box.MaxX && e.MinY > box.MinY && e.MaxY < box.MaxY;
            if (inside || onEdges.Add(feature.Id))
            {
                unseen.Add(feature);
            }
        }

        return unseen;
    }
}
