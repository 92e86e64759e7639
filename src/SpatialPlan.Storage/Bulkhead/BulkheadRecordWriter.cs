using SpatialPlan.Core.Features;

namespace SpatialPlan.Storage.Bulkhead;

/// <summary>A record writer whose every call takes a slot of the <see cref="StoreBulkhead"/>.</summary>
public sealed class BulkheadRecordWriter(IRecordWriter inner, StoreBulkhead bulkhead) : IRecordWriter
{
    public Task<WriteResult> CreateAsync(string collectionId, PlanFeature feature, string? author, CancellationToken cancellationToken) =>
        bulkhead.RunAsync(() => inner.CreateAsync(collectionId, feature, author, cancellationToken), cancellationToken);

    public Task<WriteResult> CreateAllAsync(string collectionId, IReadOnlyList<PlanFeature> features, string? author, CancellationToken cancellationToken) =>
        bulkhead.RunAsync(() => inner.CreateAllAsync(collectionId, features, author, cancellationToken), cancellationToken);

    public Task<WriteResult> ReplaceAsync(
        string collectionId, PlanFeature feature, int? expectedVersion, string? author, CancellationToken cancellationToken) =>
        bulkhead.RunAsync(() => inner.ReplaceAsync(collectionId, feature, expectedVersion, author, cancellationToken), cancellationToken);

    public Task<WriteResult> DeleteAsync(
        string collectionId, string featureId, int? expectedVersion, string? author, CancellationToken cancellationToken) =>
        bulkhead.RunAsync(() => inner.DeleteAsync(collectionId, featureId, expectedVersion, author, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<FeatureVersion>?> GetHistoryAsync(string collectionId, string featureId, CancellationToken cancellationToken) =>
        bulkhead.RunAsync(() => inner.GetHistoryAsync(collectionId, featureId, cancellationToken), cancellationToken);
}
