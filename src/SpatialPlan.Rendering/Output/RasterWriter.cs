using SkiaSharp;
using SpatialPlan.Rendering.Export;
using SpatialPlan.Rendering.Text;

namespace SpatialPlan.Rendering.Output;

/// <summary>Paints a scene on a raster of the page's pixel size and encodes it as PNG.</summary>
public static class RasterWriter
{
    public static byte[] Png(MapScene scene, FontSet fonts, CancellationToken cancellationToken)
    {
        var page = scene.Page;
        var info = new SKImageInfo(page.PixelWidth, page.PixelHeight, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info)
            ?? throw new InvalidOperationException($"Skia could not allocate a {info.Width} × {info.Height} raster");
        var canvas = surface.Canvas;
        canvas.Scale(page.PixelWidth / page.Width, page.PixelHeight / page.Height);
        MapPainter.Paint(canvas, scene, fonts, cancellationToken);
        canvas.Flush();
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
