using NetTopologySuite.Geometries;
using SpatialPlan.Core.Features;

namespace SpatialPlan.Web.Tests.Export;

/// <summary>
/// The app's reader, with queries and streams that stall until the test releases them: a render that is certainly
/// running (it holds its slot) for as long as a test needs, without timing anything.
/// </summary>
public sealed class StalledStore(IFeatureReader inner) : IFeatureReader
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the first read has started (and stalled).</summary>
    public Task Entered => _entered.Task;

    public void Release() => _release.TrySetResult();

    public async Task<FeaturePage?> QueryAsync(string collectionId, FeatureQuery query, CancellationToken cancellationToken)
    {
        await StallAsync(cancellationToken);
        return await inner.QueryAsync(collectionId, query, cancellationToken);
    }

    public async Task<StreamedPage?> StreamAsync(string collectionId, FeatureQuery query, CancellationToken cancellationToken)
    {
        await StallAsync(cancellationToken);
        return await inner.StreamAsync(collectionId, query, cancellationToken);
    }

    public Task<Envelope?> GetExtentAsync(string collectionId, CancellationToken cancellationToken) => inner.GetExtentAsync(collectionId, cancellationToken);

    public Task<PlanFeature?> GetAsync(string collectionId, string featureId, CancellationToken cancellationToken) => inner.GetAsync(collectionId, featureId, cancellationToken);

    private async Task StallAsync(CancellationToken cancellationToken)
    {
        _entered.TrySetResult();
        await _release.Task.WaitAsync(cancellationToken);
    }
}
