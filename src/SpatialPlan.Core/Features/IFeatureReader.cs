using NetTopologySuite.Geometries;

namespace SpatialPlan.Core.Features;

/// <summary>
/// Reading the plan's collections: what the API, the map page, the renderer, place search and the measure breakdown
/// need. The embedded <c>GeoJsonStore</c> and the database <c>PostGisStore</c> both implement it and pass the same
/// contract tests; the composition root picks one from configuration. Collections are those of the catalogue; an
/// unknown collection id gives null.
/// </summary>
public interface IFeatureReader
{
    /// <summary>The features of a collection that match the query, held in memory, or null for an unknown collection.</summary>
    Task<FeaturePage?> QueryAsync(string collectionId, FeatureQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// The same features, order and counts as <see cref="QueryAsync"/>, read as they arrive, for responses that write
    /// them one by one instead of holding the page; null for an unknown collection. Failures of the query itself
    /// (timeouts, an unreachable database) surface here, before any feature is read; the caller disposes the stream.
    /// </summary>
    Task<StreamedPage?> StreamAsync(string collectionId, FeatureQuery query, CancellationToken cancellationToken);

    /// <summary>One feature, or null when the collection or the feature does not exist.</summary>
    Task<PlanFeature?> GetAsync(string collectionId, string featureId, CancellationToken cancellationToken);

    /// <summary>The envelope of a collection's features (lon/lat), or null when it is empty or unknown.</summary>
    Task<Envelope?> GetExtentAsync(string collectionId, CancellationToken cancellationToken);
}
