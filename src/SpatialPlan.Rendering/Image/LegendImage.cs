using SkiaSharp;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Rendering.Drawing;
using SpatialPlan.Rendering.Furniture;
using SpatialPlan.Rendering.Text;

namespace SpatialPlan.Rendering.Image;

/// <summary>
/// One layer's legend as a PNG (WMS GetLegendGraphic): the export's legend painter on a panel of its own, the layer's
/// legend text and a symbol per category, at the screen's size (a CSS pixel per pixel).
/// </summary>
public static class LegendImage
{
    private const float PointsPerPixel = 72f / 96f;

    /// <summary>Width of the legend in pixels.</summary>
    public const int Width = 240;

    public static byte[] Png(LayerDefinition layer, string language, FontSet fonts)
    {
        var type = new Typography(1.2f);
        var painter = new LegendPainter(Legend.For([layer], language), fonts, type);
        var box = new SKRect(0, 0, Width * PointsPerPixel, painter.Height(Width * PointsPerPixel));
        var info = new SKImageInfo(Width, (int)Math.Ceiling(box.Height / PointsPerPixel), SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info)
            ?? throw new InvalidOperationException($"Skia could not allocate a {info.Width} × {info.Height} raster");
        surface.Canvas.Clear(SKColors.White); // opaque, so the symbols are the colours the map draws over white
        surface.Canvas.Scale(1 / PointsPerPixel);
        painter.Paint(surface.Canvas, box, new Dictionary<string, PreparedLayer> { [layer.Id] = new(layer, 1, []) });
        surface.Canvas.Flush();
        using var pixels = surface.PeekPixels();
        using var data = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, zLibLevel: 6))
            ?? throw new InvalidOperationException("Skia could not encode the legend");
        return data.ToArray();
    }
}
