namespace SpatialPlan.Storage.PostGis;

/// <summary>
/// What the database holds of one catalogue collection: table <c>collections</c>. Seeding compares
/// <see cref="ContentHash"/> with the geodata file's and reloads only a collection whose file changed.
/// </summary>
public sealed class CollectionRow
{
    public required string Id { get; set; }

    /// <summary>SHA-256 of the collection's features as loaded from geodata (hex).</summary>
    public required string ContentHash { get; set; }

    public DateTimeOffset SeededAt { get; set; }

    /// <summary>Set by the first planner's write; from then on the records, not geodata, own the collection.</summary>
    public DateTimeOffset? EditedAt { get; set; }
}
