namespace SpatialPlan.Core.Features;

/// <summary>
/// Writing planners' records to a writable collection (the catalogue's <c>writable</c> layers), each change kept as a
/// version. Both stores implement it beside <see cref="IFeatureReader"/>. A write to an unknown collection is
/// <see cref="WriteOutcome.CollectionNotFound"/>, to a read-only one <see cref="WriteOutcome.CollectionReadOnly"/>;
/// anything but <see cref="WriteOutcome.Done"/> changed nothing.
/// <para>
/// Versions: a record's versions are numbered 1, 2, 3… in the order its writes took effect, with no gaps and no
/// number twice, however many writers race (writers of one record are serialized). A record of a writable collection
/// that no write has touched yet (loaded from geodata) is at version 0. Readers learn a record's current version from
/// <see cref="PlanFeature.Version"/>; a writer that passes it as the expected version gets
/// <see cref="WriteOutcome.VersionMismatch"/> (naming the current version) instead of overwriting a newer change.
/// </para>
/// </summary>
public interface IRecordWriter
{
    /// <summary>Adds a feature to a writable collection; its id must be new there. Records version 1 (or the next
    /// version, for an id used before) by <paramref name="author"/> in the same atomic write, and answers its number.</summary>
    Task<WriteResult> CreateAsync(string collectionId, PlanFeature feature, string? author, CancellationToken cancellationToken);

    /// <summary>Adds several features to a writable collection in one atomic write: all of them, or none when any id
    /// is taken already or given twice (<see cref="WriteOutcome.DuplicateId"/>). Each gets its version 1 (or the next,
    /// for an id used before); the result names no version.</summary>
    Task<WriteResult> CreateAllAsync(string collectionId, IReadOnlyList<PlanFeature> features, string? author, CancellationToken cancellationToken);

    /// <summary>Replaces the feature with the same id in a writable collection, keeping the old state in its history,
    /// and answers the version it made. With <paramref name="expectedVersion"/>, only if the record is still at that
    /// version: else <see cref="WriteOutcome.VersionMismatch"/> with the current one. A missing record is
    /// <see cref="WriteOutcome.FeatureNotFound"/>, whatever was expected.</summary>
    Task<WriteResult> ReplaceAsync(
        string collectionId, PlanFeature feature, int? expectedVersion, string? author, CancellationToken cancellationToken);

    /// <summary>Removes a feature from a writable collection; its history keeps the deleted state as a version of its
    /// own, whose number the result gives. <paramref name="expectedVersion"/> as for
    /// <see cref="ReplaceAsync"/>.</summary>
    Task<WriteResult> DeleteAsync(
        string collectionId, string featureId, int? expectedVersion, string? author, CancellationToken cancellationToken);

    /// <summary>Every version of a record, oldest first (empty for an id never written), or null for an unknown
    /// collection.</summary>
    Task<IReadOnlyList<FeatureVersion>?> GetHistoryAsync(string collectionId, string featureId, CancellationToken cancellationToken);
}
