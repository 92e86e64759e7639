using NetTopologySuite.Geometries;
using SpatialPlan.Core.Features;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Rendering.Tests;

/// <summary>
/// The repository's real geodata behind <see cref="IFeatureStore"/>, read-only: the renderer only queries by box,
/// so it needs neither store implementation (the Web tests run it over the real GeoJsonStore).
/// </summary>
public sealed class PlanDataStore : IFeatureStore
{
    public Task<FeaturePage?> QueryAsync(string collectionId, FeatureQuery query, CancellationToken cancellationToken)
    {
        if (!PlanData.Geodata.Collections.TryGetValue(collectionId, out var features))
        {
            return Task.FromResult<FeaturePage?>(null);
        }

        var matching = features.Where(f => query.Bbox is null || query.Bbox.Intersects(f.Geometry.EnvelopeInternal)).ToList();
        return Task.FromResult<FeaturePage?>(new FeaturePage(matching.Skip(query.Offset).Take(query.Limit).ToList(), matching.Count));
    }

    public Task<Envelope?> GetExtentAsync(string collectionId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<PlanFeature?> GetAsync(string collectionId, string featureId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<WriteOutcome> CreateAsync(string collectionId, PlanFeature feature, string? author, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<WriteOutcome> ReplaceAsync(string collectionId, PlanFeature feature, string? author, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<WriteOutcome> DeleteAsync(string collectionId, string featureId, string? author, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<WriteOutcome> CreateAllAsync(string collectionId, IReadOnlyList<PlanFeature> features, string? author, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<FeatureVersion>?> GetHistoryAsync(string collectionId, string featureId, CancellationToken cancellationToken) => throw new NotSupportedException();
}
