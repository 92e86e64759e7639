using NetTopologySuite.Geometries;
using SpatialPlan.Core.Features;

namespace SpatialPlan.Storage.Bulkhead;

/// <summary>A reader whose every call takes a slot of the <see cref="StoreBulkhead"/>; a stream keeps its slot until
/// it is disposed, since it holds a connection that long.</summary>
public sealed class BulkheadFeatureReader(IFeatureReader inner, StoreBulkhead bulkhead) : IFeatureReader
{
    public Task<FeaturePage?> QueryAsync(string collectionId, FeatureQuery query, CancellationToken cancellationToken) =>
        bulkhead.RunAsync(() => inner.QueryAsync(collectionId, query, cancellationToken), cancellationToken);

    public async Task<StreamedPage?> StreamAsync(string collectionId, FeatureQuery query, CancellationToken cancellationToken)
    {
        var slot = await bulkhead.EnterAsync(cancellationToken);
        try
        {
            var page = await inner.StreamAsync(collectionId, query, cancellationToken);
            if (page is null)
            {
                slot.Dispose();
                return null;
            }

            return page.AlsoReleasing(slot);
        }
        catch
        {
            slot.Dispose();
            throw;
        }
    }

    public Task<PlanFeature?> GetAsync(string collectionId, string featureId, CancellationToken cancellationToken) =>
        bulkhead.RunAsync(() => inner.GetAsync(collectionId, featureId, cancellationToken), cancellationToken);

    public Task<Envelope?> GetExtentAsync(string collectionId, CancellationToken cancellationToken) =>
        bulkhead.RunAsync(() => inner.GetExtentAsync(collectionId, cancellationToken), cancellationToken);
}
