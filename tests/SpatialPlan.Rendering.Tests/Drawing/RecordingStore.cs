using System.Collections.Concurrent;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Features;

namespace SpatialPlan.Rendering.Tests.Drawing;

/// <summary>A read-only store over another that remembers each query and the size of each page it answered.</summary>
public sealed class RecordingStore(IFeatureStore inner) : IFeatureStore
{
    public ConcurrentQueue<(string Collection, FeatureQuery Query, int Returned)> Queries { get; } = new();

    /// <summary>Features in a list, matched by envelope like PostGIS <c>&amp;&amp;</c>, in list order.</summary>
    public static RecordingStore Over(string collectionId, IReadOnlyList<PlanFeature> features) => new(new ListStore(collectionId, features));

    public async Task<FeaturePage?> QueryAsync(string collectionId, FeatureQuery query, CancellationToken cancellationToken)
    {
        var page = await inner.QueryAsync(collectionId, query, cancellationToken);
        Queries.Enqueue((collectionId, query, page?.Features.Count ?? 0));
        return page;
    }

    public Task<Envelope?> GetExtentAsync(string collectionId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<PlanFeature?> GetAsync(string collectionId, string featureId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<WriteOutcome> CreateAsync(string collectionId, PlanFeature feature, string? author, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<WriteOutcome> ReplaceAsync(string collectionId, PlanFeature feature, string? author, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<WriteOutcome> DeleteAsync(string collectionId, string featureId, string? author, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<WriteOutcome> CreateAllAsync(string collectionId, IReadOnlyList<PlanFeature> features, string? author, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<FeatureVersion>?> GetHistoryAsync(string collectionId, string featureId, CancellationToken cancellationToken) => throw new NotSupportedException();

    private sealed class ListStore(string collectionId, IReadOnlyList<PlanFeature> features) : IFeatureStore
    {
        public Task<FeaturePage?> QueryAsync(string id, FeatureQuery query, CancellationToken cancellationToken)
        {
            if (id != collectionId)
            {
                return Task.FromResult<FeaturePage?>(null);
            }

            var matching = features.Where(f => query.Bbox is null || query.Bbox.Intersects(f.Geometry.EnvelopeInternal)).ToList();
            return Task.FromResult<FeaturePage?>(new FeaturePage(matching.Skip(query.Offset).Take(query.Limit).ToList(), matching.Count));
        }

        public Task<Envelope?> GetExtentAsync(string id, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<PlanFeature?> GetAsync(string id, string featureId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<WriteOutcome> CreateAsync(string id, PlanFeature feature, string? author, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<WriteOutcome> ReplaceAsync(string id, PlanFeature feature, string? author, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<WriteOutcome> DeleteAsync(string id, string featureId, string? author, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<WriteOutcome> CreateAllAsync(string id, IReadOnlyList<PlanFeature> list, string? author, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<FeatureVersion>?> GetHistoryAsync(string id, string featureId, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
