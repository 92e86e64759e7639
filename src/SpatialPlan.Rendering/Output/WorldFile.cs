using System.Globalization;
using SpatialPlan.Rendering.Export;

namespace SpatialPlan.Rendering.Output;

/// <summary>
/// An ESRI world file (.pgw for a PNG): six lines, the affine transform from pixel (column, row) to map
/// coordinates, pixel size x, rotation, rotation, negative pixel size y, and the x and y of the centre of the
/// upper-left pixel. It holds for the whole raster, map frame and margins alike, since the scale is uniform.
/// </summary>
public sealed record WorldFile(double PixelSizeX, double PixelSizeY, double UpperLeftCentreX, double UpperLeftCentreY)
{
    public static WorldFile For(MapScene scene)
    {
        var (page, frame) = (scene.Page, scene.Frame);
        var pointsPerPixelX = page.Width / page.PixelWidth;
        var pointsPerPixelY = page.Height / page.PixelHeight;
        var sizeX = frame.UnitsPerPoint * pointsPerPixelX;
        var sizeY = frame.UnitsPerPoint * pointsPerPixelY;
        var x = frame.Extent.MinX + (((0.5 * pointsPerPixelX) - frame.Rect.Left) * frame.UnitsPerPoint);
        var y = frame.Extent.MaxY - (((0.5 * pointsPerPixelY) - frame.Rect.Top) * frame.UnitsPerPoint);
        return new WorldFile(sizeX, sizeY, x, y);
    }

    /// <summary>The map coordinate of a pixel position (0,0 is the upper-left corner of the raster).</summary>
    public (double X, double Y) ToMap(double column, double row) =>
        (UpperLeftCentreX + ((column - 0.5) * PixelSizeX), UpperLeftCentreY - ((row - 0.5) * PixelSizeY));

    public override string ToString() => string.Join("\n", new[]
    {
        PixelSizeX, 0.0, 0.0, -PixelSizeY, UpperLeftCentreX, UpperLeftCentreY,
    }.Select(v => v.ToString("R", CultureInfo.InvariantCulture))) + "\n";

    public static WorldFile Parse(string text)
    {
        var v = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => double.Parse(line, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
        if (v.Length != 6 || v[1] != 0 || v[2] != 0)
        {
            throw new FormatException("a north-up world file has six lines with no rotation");
        }

        return new WorldFile(v[0], -v[3], v[4], v[5]);
    }
}
