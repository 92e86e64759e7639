namespace SpatialPlan.Storage.Embedded;

/// <summary>Where the embedded store keeps planners' records (the writable collections).</summary>
public sealed class GeoJsonStoreOptions
{
    /// <summary>A folder; the records database (<c>records.sqlite</c> and its WAL) is created there on the first write.
    /// A GeoJSON records file that an earlier version left there is migrated into it at start.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>Caps the records database at this many pages (SQLite <c>max_page_count</c>), so tests can fill the
    /// "disk" without a tiny file system; null for no cap.</summary>
    internal long? MaxDatabasePages { get; init; }
}
