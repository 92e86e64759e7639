using SkiaSharp;
using SpatialPlan.Rendering.Text;

namespace SpatialPlan.Rendering.Furniture;

/// <summary>
/// A north arrow pointing to true north: turned from the page's vertical (grid north) by the meridian
/// convergence at the map's centre, about 0.5° in Gauss-Krüger at 121°E.
/// </summary>
public static class NorthArrow
{
    public static SKSize Size(Typography type) => new(14 * type.Scale, 30 * type.Scale);

    public static void Paint(SKCanvas canvas, SKRect box, double convergenceDegrees, string language, FontSet fonts, Typography type)
    {
        var letterSize = 8.5f * type.Scale;
        using var font = fonts.Font(letterSize, bold: true);
        using var ink = new SKPaint { Color = Typography.Ink, IsAntialias = true, Style = SKPaintStyle.Fill };
        using var paper = new SKPaint { Color = SKColors.White, IsAntialias = true, Style = SKPaintStyle.Fill };
        using var outline = new SKPaint { Color = Typography.Ink, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.6f * type.Scale };
        using var halo = new SKPaint { Color = SKColors.White, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 2 * type.Scale };
        TextRun.DrawWithHalo(canvas, language == "en" ? "N" : "北", box.MidX, box.Top + letterSize, font, ink, halo, SKTextAlign.Center);

        var arrowTop = box.Top + (letterSize * 1.3f);
        var (tip, bottom, half) = (new SKPoint(box.MidX, arrowTop), box.Bottom, box.Width / 2);
        var notch = bottom - ((bottom - arrowTop) * 0.25f);
        canvas.Save();
        canvas.RotateDegrees((float)convergenceDegrees, box.MidX, (arrowTop + bottom) / 2);
        using var left = Triangle(tip, new SKPoint(box.MidX - half, bottom), new SKPoint(box.MidX, notch));
        using var right = Triangle(tip, new SKPoint(box.MidX + half, bottom), new SKPoint(box.MidX, notch));
        canvas.DrawPath(left, ink);
        canvas.DrawPath(right, paper);
        canvas.DrawPath(left, outline);
        canvas.DrawPath(right, outline);
        canvas.Restore();
    }

    private static SKPath Triangle(SKPoint a, SKPoint b, SKPoint c)
    {
        using var builder = new SKPathBuilder();
        builder.MoveTo(a);
        builder.LineTo(b);
        builder.LineTo(c);
        builder.Close();
        return builder.Detach();
    }
}
