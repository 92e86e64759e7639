using NetTopologySuite.Geometries;
using SpatialPlan.Core.Features;

namespace SpatialPlan.Rendering.Tests;

/// <summary>
/// A store double for the renderer, which only queries by box: every other member says it is not supported, so a
/// renderer that reached for one would fail the test.
/// </summary>
public abstract class QueryOnlyStore : IFeatureStore
{
    public abstract Task<FeaturePage?> QueryAsync(string collectionId, FeatureQuery query, CancellationToken cancellationToken);

    /// <summary>A page of <paramref name="features"/> matched by envelope, like PostGIS <c>&amp;&amp;</c>, in list order.</summary>
    public static FeaturePage Page(IEnumerable<PlanFeature> features, FeatureQuery query)
    {
        var matching = features.Where(f => query.Bbox is null || query.Bbox.Intersects(f.Geometry.EnvelopeInternal)).ToList();
        return new FeaturePage(matching.Skip(query.Offset).Take(query.Limit).ToList(), matching.Count);
    }

    public Task<Envelope?> GetExtentAsync(string collectionId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<PlanFeature?> GetAsync(string collectionId, string featureId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<WriteOutcome> CreateAsync(string collectionId, PlanFeature feature, string? author, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<WriteOutcome> ReplaceAsync(string collectionId, PlanFeature feature, string? author, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<WriteOutcome> DeleteAsync(string collectionId, string featureId, string? author, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<WriteOutcome> CreateAllAsync(string collectionId, IReadOnlyList<PlanFeature> features, string? author, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<FeatureVersion>?> GetHistoryAsync(string collectionId, string featureId, CancellationToken cancellationToken) => throw new NotSupportedException();
}
