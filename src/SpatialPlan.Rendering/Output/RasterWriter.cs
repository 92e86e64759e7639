using SkiaSharp;
using SpatialPlan.Rendering.Export;
using SpatialPlan.Rendering.Text;

namespace SpatialPlan.Rendering.Output;

/// <summary>
/// Paints a scene on a raster of the page's pixel size and encodes it as PNG. The raster is opaque (the page is
/// white paper) and PNG rows use the Sub filter only: on an A3 300 DPI map that encodes several times faster
/// than trying every filter, for a file about 10% larger.
/// </summary>
public static class RasterWriter
{
    public static async Task<byte[]> PngAsync(MapScene scene, FontSet fonts, CancellationToken cancellationToken)
    {
        using var surface = await PaintAsync(scene, fonts, cancellationToken);
        using var pixels = surface.PeekPixels();
        using var data = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, zLibLevel: 6))
            ?? throw new InvalidOperationException("Skia could not encode the PNG");
        return data.ToArray();
    }

    /// <summary>The scene painted on an opaque RGBA raster of the page's pixel size, for an encoder to read.</summary>
    public static async Task<SKSurface> PaintAsync(MapScene scene, FontSet fonts, CancellationToken cancellationToken)
    {
        var page = scene.Page;
        var info = new SKImageInfo(page.PixelWidth, page.PixelHeight, SKColorType.Rgba8888, SKAlphaType.Opaque);
        var surface = SKSurface.Create(info)
            ?? throw new InvalidOperationException($"Skia could not allocate a {info.Width} × {info.Height} raster");
        try
        {
            var canvas = surface.Canvas;
            canvas.Scale(page.PixelWidth / page.Width, page.PixelHeight / page.Height);
            await MapPainter.PaintAsync(canvas, scene, fonts, cancellationToken);
            canvas.Flush();
            return surface;
        }
        catch
        {
            surface.Dispose();
            throw;
        }
    }
}
