namespace SpatialPlan.Web.VectorTiles;

/// <summary>When the map draws a collection from vector tiles instead of GeoJSON pages.</summary>
public sealed class VectorTileOptions
{
    /// <summary>The configuration section it is bound from.</summary>
    public const string Section = nameof(VectorTileOptions);

    /// <summary>A read-only collection with more features than this is drawn from tiles: past a few thousand
    /// polygons, GeoJSON on a canvas makes panning stutter.</summary>
    public int FeatureThreshold { get; set; } = 2_000;

    /// <summary>Browser cache lifetime of a read-only collection's tiles; they change only with a restart.</summary>
    public int ReadOnlyMaxAgeSeconds { get; set; } = 3_600;
}
