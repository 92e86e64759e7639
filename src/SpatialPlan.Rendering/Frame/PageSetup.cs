using SpatialPlan.Rendering.Spec;

namespace SpatialPlan.Rendering.Frame;

/// <summary>
/// The page in points (1/72 inch), which everything is drawn in, and the raster it becomes. A paper spec gives
/// a print layout with margins; a pixel size gives an image the map fills, with furniture over it.
/// </summary>
public sealed record PageSetup(float Width, float Height, int PixelWidth, int PixelHeight, int Dpi, bool IsPaper)
{
    public const float PointsPerInch = 72f;
    public const float PointsPerMillimetre = PointsPerInch / 25.4f;

    /// <summary>Pixels per point of the raster.</summary>
    public float RasterScale => PixelWidth / Width;

    /// <summary>Text and symbol sizes grow with the sheet: 1 on A4 (short side 210 mm), 1.41 on A3.</summary>
    public float TextScale => Math.Clamp(Math.Min(Width, Height) / 595.3f, 0.55f, 2.5f);

    public static PageSetup For(MapSpec spec)
    {
        var (pixelWidth, pixelHeight) = MapSpecValidator.PixelDimensions(spec);
        if (spec.PixelSize is not null)
        {
            var pointsPerPixel = PointsPerInch / spec.Dpi;
            return new PageSetup(pixelWidth * pointsPerPixel, pixelHeight * pointsPerPixel,
                (int)pixelWidth, (int)pixelHeight, spec.Dpi, IsPaper: false);
        }

        var (w, h) = (spec.Paper ?? new PaperSpec()).Millimetres;
        return new PageSetup((float)w * PointsPerMillimetre, (float)h * PointsPerMillimetre,
            (int)pixelWidth, (int)pixelHeight, spec.Dpi, IsPaper: true);
    }
}
