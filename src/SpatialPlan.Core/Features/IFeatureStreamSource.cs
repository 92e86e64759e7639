namespace SpatialPlan.Core.Features;

/// <summary>
/// Pages of features read as they arrive, for responses that write them one by one instead of holding the page.
/// Both stores implement it beside <see cref="IFeatureStore"/> and give the same features, order and counts as
/// <see cref="IFeatureStore.QueryAsync"/>.
/// </summary>
public interface IFeatureStreamSource
{
    /// <summary>
    /// The features of a collection that match the query, or null for an unknown collection. Failures of the query
    /// itself (timeouts, an unreachable database) surface here, before any feature is read; the caller disposes
    /// the stream.
    /// </summary>
    Task<StreamedPage?> StreamAsync(string collectionId, FeatureQuery query, CancellationToken cancellationToken);
}
