using System.Globalization;
using SpatialPlan.Core.Tiles;

namespace SpatialPlan.Web.VectorTiles;

/// <summary>The z/y/x of a WebMercatorQuad tile URL, read as text so a bad value is a 400 naming it, not a 404.</summary>
public static class TileAddress
{
    /// <summary>The tile, or the errors by parameter (z: 0..max; y, x: inside that zoom's matrix).</summary>
    public static (TileIndex? Tile, Dictionary<string, string[]> Errors) Parse(string z, string y, string x)
    {
        var errors = new Dictionary<string, string[]>();
        if (!int.TryParse(z, NumberStyles.None, CultureInfo.InvariantCulture, out var zoom) || zoom > TileIndex.MaxZoom)
        {
            errors["z"] = [$"must be an integer 0..{TileIndex.MaxZoom}"];
            return (null, errors);
        }

        var last = (TileIndex.MatrixSize(zoom) - 1).ToString(CultureInfo.InvariantCulture);
        var row = Coordinate(y, zoom, "y", last, errors);
        var column = Coordinate(x, zoom, "x", last, errors);
        return errors.Count == 0 ? (new TileIndex(zoom, column, row), errors) : (null, errors);
    }

    private static int Coordinate(string text, int zoom, string name, string last, Dictionary<string, string[]> errors)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value < TileIndex.MatrixSize(zoom))
        {
            return value;
        }

        errors[name] = [$"must be an integer 0..{last} at zoom {zoom}"];
        return 0;
    }
}
