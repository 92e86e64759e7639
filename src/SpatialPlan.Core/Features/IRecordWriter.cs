namespace SpatialPlan.Core.Features;

/// <summary>
/// Writing planners' records to a writable collection (the catalogue's <c>writable</c> layers), each change kept as a
/// version. Both stores implement it beside <see cref="IFeatureReader"/>. A write to an unknown collection is
/// <see cref="WriteOutcome.CollectionNotFound"/>, to a read-only one <see cref="WriteOutcome.CollectionReadOnly"/>;
/// anything but <see cref="WriteOutcome.Done"/> changed nothing.
/// </summary>
public interface IRecordWriter
{
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
