using NetTopologySuite.Geometries;

namespace SpatialPlan.Storage.PostGis;

/// <summary>One version of a planner's record: table <c>feature_versions</c>, written in the same transaction as the change.</summary>
public sealed class FeatureVersionRow
{
    public long Id { get; set; }

    public required string CollectionId { get; set; }

    public required string FeatureId { get; set; }

    public required int Version { get; set; }

    /// <summary>created, replaced or deleted.</summary>
    public required string Action { get; set; }

    public required DateTimeOffset At { get; set; }

    public string? Author { get; set; }

    /// <summary>The record after the change (for a deletion: as it was deleted).</summary>
    public required Geometry Geometry { get; set; }

    public required string Properties { get; set; }

    public required string[] PropertyNames { get; set; }
}
