using System.Text;
using SkiaSharp;
using SpatialPlan.Rendering.Export;
using SpatialPlan.Rendering.Text;

namespace SpatialPlan.Rendering.Output;

/// <summary>PDF and SVG: the scene painted on Skia's vector canvases, text kept as text.</summary>
public static class VectorWriter
{
    /// <summary>One page the size of the sheet, in points; fonts embedded (as subsets) by Skia.</summary>
    public static async Task<byte[]> PdfAsync(MapScene scene, FontSet fonts, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = scene.Title ?? "",
            Subject = scene.Subtitle ?? "",
            Creator = "SpatialPlan",
            Producer = "SpatialPlan (SkiaSharp)",
            Creation = scene.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            Modified = scene.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            RasterDpi = scene.Page.Dpi,
        };
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            var canvas = document.BeginPage(scene.Page.Width, scene.Page.Height);
            await MapPainter.PaintAsync(canvas, scene, fonts, cancellationToken);
            document.EndPage();
            document.Close();
        }

        return stream.ToArray();
    }

    /// <summary>SVG in CSS pixels (96 per inch), so it opens at the sheet's real size.</summary>
    public static async Task<byte[]> SvgAsync(MapScene scene, FontSet fonts, CancellationToken cancellationToken)
    {
        const float pixelsPerPoint = 96f / 72f;
        using var stream = new MemoryStream();
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, scene.Page.Width * pixelsPerPoint, scene.Page.Height * pixelsPerPoint), stream))
        {
            canvas.Scale(pixelsPerPoint);
            await MapPainter.PaintAsync(canvas, scene, fonts, cancellationToken);
        }

        return Encoding.UTF8.GetBytes(RepairText(Encoding.UTF8.GetString(stream.ToArray())));
    }

    /// <summary>
    /// Skia's SVG canvas writes text by mapping glyphs back through the font's cmap, and Noto CJK shares glyphs
    /// between Kangxi radicals and ideographs (⼝ and 口). Map text in the radical blocks back to the ideographs,
    /// which is what any map text means; nothing else is touched.
    /// </summary>
    public static string RepairText(string svg)
    {
        var builder = new StringBuilder(svg.Length);
        foreach (var rune in svg.EnumerateRunes())
        {
            builder.Append(rune.Value is >= 0x2E80 and <= 0x2FDF
                ? rune.ToString().Normalize(NormalizationForm.FormKC)
                : rune.ToString());
        }

        return builder.ToString();
    }
}
