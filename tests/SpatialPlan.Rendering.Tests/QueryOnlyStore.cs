using NetTopologySuite.Geometries;
using SpatialPlan.Core.Features;

namespace SpatialPlan.Rendering.Tests;

/// <summary>
/// A reader double for the renderer, whose derived classes answer only box queries: streams, single features and
/// extents are derived from those queries, as a real store's agree with its own.
/// </summary>
public abstract class QueryOnlyStore : IFeatureReader
{
    public abstract Task<FeaturePage?> QueryAsync(string collectionId, FeatureQuery query, CancellationToken cancellationToken);

    /// <summary>A page of <paramref name="features"/> matched by envelope, like PostGIS <c>&amp;&amp;</c>, in list order.</summary>
    public static FeaturePage Page(IEnumerable<PlanFeature> features, FeatureQuery query)
    {
        var matching = features.Where(f => query.Bbox is null || query.Bbox.Intersects(f.Geometry.EnvelopeInternal)).ToList();
        return new FeaturePage(matching.Skip(query.Offset).Take(query.Limit).ToList(), matching.Count);
    }

    public virtual async Task<StreamedPage?> StreamAsync(string collectionId, FeatureQuery query, CancellationToken cancellationToken) =>
        await QueryAsync(collectionId, query, cancellationToken) is { } page ? StreamedPage.Of(page) : null;

    public async Task<PlanFeature?> GetAsync(string collectionId, string featureId, CancellationToken cancellationToken) =>
        (await QueryAsync(collectionId, FeatureQuery.All, cancellationToken))?.Features.FirstOrDefault(f => f.Id == featureId);

    public async Task<Envelope?> GetExtentAsync(string collectionId, CancellationToken cancellationToken)
    {
        var page = await QueryAsync(collectionId, FeatureQuery.All, cancellationToken);
        if (page is not { Features.Count: > 0 })
        {
            return null;
        }

        var extent = new Envelope();
        foreach (var feature in page.Features)
        {
            extent.ExpandToInclude(feature.Geometry.EnvelopeInternal);
        }

        return extent;
    }
}
