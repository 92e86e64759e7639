namespace SpatialPlan.Core.Features;

/// <summary>
/// Where the plan's collections live. The embedded <c>GeoJsonStore</c> and the database <c>PostGisStore</c>
/// both implement it and pass the same contract tests; the composition root picks one from configuration.
/// Collections are those of the catalogue; an unknown collection id gives null (reads) or
/// <see cref="WriteOutcome.CollectionNotFound"/> (writes).
/// </summary>
public interface IFeatureStore
{
    /// <summary>The features of a collection that match the query, or null for an unknown collection.</summary>
    Task<FeaturePage?> QueryAsync(string collectionId, FeatureQuery query, CancellationToken cancellationToken);

    /// <summary>The envelope of a collection's features (lon/lat), or null when it is empty or unknown.</summary>
    Task<NetTopologySuite.Geometries.Envelope?> GetExtentAsync(string collectionId, CancellationToken cancellationToken);

    /// <summary>One feature, or null when the collection or the feature does not exist.</summary>
    Task<PlanFeature?> GetAsync(string collectionId, string featureId, CancellationToken cancellationToken);

    /// <summary>Adds a feature to a writable collection; its id must be new there. Records version 1 (or the next
    /// version, for an id used before) by <paramref name="author"/> in the same atomic write.</summary>
    Task<WriteOutcome> CreateAsync(string collectionId, PlanFeature feature, string? author, CancellationToken cancellationToken);

    /// <summary>Adds several features to a writable collection in one atomic write: all of them, or none when any id
    /// is taken already or given twice (<see cref="WriteOutcome.DuplicateId"/>). Each gets its version 1.</summary>
    Task<WriteOutcome> CreateAllAsync(string collectionId, IReadOnlyList<PlanFeature> features, string? author, CancellationToken cancellationToken);

    /// <summary>Replaces the feature with the same id in a writable collection, keeping the old state in its history.</summary>
    Task<WriteOutcome> ReplaceAsync(string collectionId, PlanFeature feature, string? author, CancellationToken cancellationToken);

    /// <summary>Removes a feature from a writable collection; its history keeps the deleted state.</summary>
    Task<WriteOutcome> DeleteAsync(string collectionId, string featureId, string? author, CancellationToken cancellationToken);

    /// <summary>Every version of a record, oldest first (empty for an id never written), or null for an unknown
    /// collection.</summary>
    Task<IReadOnlyList<FeatureVersion>?> GetHistoryAsync(string collectionId, string featureId, CancellationToken cancellationToken);
}

/// <summary>How a write ended. Anything but <see cref="Done"/> changed nothing.</summary>
public enum WriteOutcome
{
    /// <summary>The write happened and its version is kept.</summary>
    Done,
    /// <summary>No collection has that id.</summary>
    CollectionNotFound,
    /// <summary>The collection is the plan's own data, which is never written (<see cref="Catalogue.LayerDefinition.Writable"/> is false).</summary>
    CollectionReadOnly,
    /// <summary>The collection has no current feature with that id (never written, or deleted).</summary>
    FeatureNotFound,
    /// <summary>A feature with that id already exists in the collection.</summary>
    DuplicateId,
}
