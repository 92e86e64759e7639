namespace SpatialPlan.Core.Tiles;

/// <summary>
/// One tile of the WebMercatorQuad tile matrix set (OGC 17-083r4; the XYZ scheme of web maps): zoom
/// <see cref="Zoom"/>, column <see cref="X"/> from the west (antimeridian) and row <see cref="Y"/> from the north.
/// </summary>
public readonly record struct TileIndex(int Zoom, int X, int Y)
{
    /// <summary>The deepest zoom served: about 4 cm per pixel at the equator, far below any plan's detail.</summary>
    public const int MaxZoom = 22;

    /// <summary>Columns (and rows) at <paramref name="zoom"/>: 2^zoom.</summary>
    public static int MatrixSize(int zoom) => 1 << zoom;

    /// <summary>Whether zoom is 0..<see cref="MaxZoom"/> and x, y are inside that zoom's matrix.</summary>
    public bool IsValid =>
        Zoom is >= 0 and <= MaxZoom && X >= 0 && Y >= 0 && X < MatrixSize(Zoom) && Y < MatrixSize(Zoom);

    /// <summary>"zoom/x/y", as in a tile URL's path.</summary>
    public override string ToString() => $"{Zoom}/{X}/{Y}";
}
