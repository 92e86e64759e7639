namespace SpatialPlan.Core.Tiles;

/// <summary>The vector tiles both stores write: Mapbox Vector Tile 2.1, one layer named after the collection.</summary>
public static class VectorTileFormat
{
    /// <summary>The media type of a tile response (not registered with IANA, but what every client sends and expects).</summary>
    public const string MediaType = "application/vnd.mapbox-vector-tile";

    /// <summary>Tile units per side: the MVT default, fine enough for any screen.</summary>
    public const int Extent = 4096;

    /// <summary>Tile units per screen pixel of a 256-pixel tile (Leaflet's default): the unit of simplification and of
    /// the "smaller than a pixel" rule.</summary>
    public const double UnitsPerScreenPixel = Extent / 256.0;

    /// <summary>Tile units drawn beyond each edge, so strokes meet across tile seams without drawing twice much.</summary>
    public const int Buffer = 64;

    /// <summary>The property carrying the feature's id (MVT ids are integers; ours are text). It wins over a source
    /// property of the same name.</summary>
    public const string IdProperty = "id";
}
