using NetTopologySuite.Geometries;

namespace SpatialPlan.Storage.PostGis;

/// <summary>One feature of one collection: table <c>features</c>, keyed by (collection, feature id).</summary>
public sealed class FeatureRow
{
    public required string CollectionId { get; set; }

    /// <summary>Collation "C": ORDER BY compares bytes, the database's equal of the embedded store's ordinal order.</summary>
    public required string FeatureId { get; set; }

    /// <summary><c>geometry(Geometry,4326)</c> with a GiST index; always lon/lat.</summary>
    public required Geometry Geometry { get; set; }

    /// <summary>The properties as a JSONB object (queryable; JSONB keeps its own key order).</summary>
    public required string Properties { get; set; }

    /// <summary>The property names in the feature's own order, so the API writes them as the file had them.</summary>
    public required string[] PropertyNames { get; set; }

    /// <summary>The record's last version in <c>feature_versions</c>, 0 before any write (seeded rows). Writers of a
    /// record lock its row and number the next version from here, so concurrent writers serialize instead of racing
    /// for a number.</summary>
    public int Version { get; set; }
}
