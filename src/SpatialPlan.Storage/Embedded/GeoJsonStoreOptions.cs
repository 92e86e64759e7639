namespace SpatialPlan.Storage.Embedded;

/// <summary>Where the embedded store keeps planners' records (the writable collections).</summary>
public sealed class GeoJsonStoreOptions
{
    /// <summary>A folder; one <c>{collection file}</c> per writable collection, replaced atomically.</summary>
    public required string DataDirectory { get; init; }
}
