using NetTopologySuite.Geometries;
using SpatialPlan.Core.Features;

namespace SpatialPlan.Web.Tests.Export;

/// <summary>
/// The app's store, with reads that stall until the test releases them: a render that is certainly running
/// (it holds its slot) for as long as a test needs, without timing anything.
/// </summary>
public sealed class StalledStore(IFeatureStore inner) : IFeatureStore
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the first read has started (and stalled).</summary>
    public Task Entered => _entered.Task;

    public void Release() => _release.TrySetResult();

    public async Task<FeaturePage?> QueryAsync(string collectionId, FeatureQuery query, CancellationToken cancellationToken)
    {
        _entered.TrySetResult();
        await _release.Task.WaitAsync(cancellationToken);
        return await inner.QueryAsync(collectionId, query, cancellationToken);
    }

    public Task<Envelope?> GetExtentAsync(string collectionId, CancellationToken cancellationToken) => inner.GetExtentAsync(collectionId, cancellationToken);

    public Task<PlanFeature?> GetAsync(string collectionId, string featureId, CancellationToken cancellationToken) => inner.GetAsync(collectionId, featureId, cancellationToken);

    public Task<WriteOutcome> CreateAsync(string collectionId, PlanFeature feature, string? author, CancellationToken cancellationToken) =>
        inner.CreateAsync(collectionId, feature, author, cancellationToken);

    public Task<WriteOutcome> CreateAllAsync(string collectionId, IReadOnlyList<PlanFeature> features, string? author, CancellationToken cancellationToken) =>
        inner.CreateAllAsync(collectionId, features, author, cancellationToken);

    public Task<WriteOutcome> ReplaceAsync(string collectionId, PlanFeature feature, string? author, CancellationToken cancellationToken) =>
        inner.ReplaceAsync(collectionId, feature, author, cancellationToken);

    public Task<WriteOutcome> DeleteAsync(string collectionId, string featureId, string? author, CancellationToken cancellationToken) =>
        inner.DeleteAsync(collectionId, featureId, author, cancellationToken);

    public Task<IReadOnlyList<FeatureVersion>?> GetHistoryAsync(string collectionId, string featureId, CancellationToken cancellationToken) =>
        inner.GetHistoryAsync(collectionId, featureId, cancellationToken);
}
