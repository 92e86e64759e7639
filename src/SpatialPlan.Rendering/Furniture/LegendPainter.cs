using SkiaSharp;
using SpatialPlan.Rendering.Drawing;
using SpatialPlan.Rendering.Symbology;
using SpatialPlan.Rendering.Text;

namespace SpatialPlan.Rendering.Furniture;

/// <summary>Lays out and draws the <see cref="Legend"/> in a column of a given width; measuring and drawing share one walk.</summary>
public sealed class LegendPainter(Legend legend, FontSet fonts, Typography type)
{
    private float SwatchWidth => 16 * type.Scale;
    private float SwatchHeight => 9 * type.Scale;
    private float Gap => 5 * type.Scale;

    /// <summary>The height the legend needs at this width, padding included.</summary>
    public float Height(float width) => Walk(null, new SKRect(0, 0, width, 0), null);

    /// <summary>Draws the legend at the top of the box, on a white panel with a thin border; symbols as the layers draw.</summary>
    public void Paint(SKCanvas canvas, SKRect box, IReadOnlyDictionary<string, PreparedLayer> layers)
    {
        using var panel = new SKPaint { Color = SKColors.White.WithAlpha(235), Style = SKPaintStyle.Fill };
        using var border = new SKPaint { Color = Typography.Muted, Style = SKPaintStyle.Stroke, StrokeWidth = 0.5f, IsAntialias = true };
        canvas.DrawRect(box, panel);
        canvas.DrawRect(box, border);
        canvas.Save();
        canvas.ClipRect(box);
        Walk(canvas, box, layers);
        canvas.Restore();
    }

    private float Walk(SKCanvas? canvas, SKRect box, IReadOnlyDictionary<string, PreparedLayer>? layers)
    {
        using var titleFont = fonts.Font(type.LegendTitle, bold: true);
        using var headingFont = fonts.Font(type.LegendHeading, bold: true);
        using var entryFont = fonts.Font(type.LegendEntry);
        using var ink = new SKPaint { Color = Typography.Ink, IsAntialias = true };
        var left = box.Left + type.Padding;
        var textWidth = box.Width - (2 * type.Padding);
        var y = box.Top + type.Padding;

        y += type.LegendTitle;
        if (canvas is not null)
        {
            TextRun.Draw(canvas, legend.Heading, left, y, titleFont, ink);
        }

        y += type.LegendTitle * 0.5f;
        foreach (var section in legend.Sections)
        {
            y += type.LegendHeading * 0.4f;
            var single = section.Entries is [{ CategoryValue: null }];
            if (!single)
            {
                y = Lines(canvas, section.Heading, headingFont, left, textWidth, y, ink, type.LegendHeading);
            }

            foreach (var entry in section.Entries)
            {
                var rowTop = y;
                var label = single ? section.Heading : entry.Label;
                y = Lines(canvas, label, entryFont, left + SwatchWidth + Gap, textWidth - SwatchWidth - Gap, y, ink, type.LegendEntry);
                if (canvas is not null && layers is not null)
                {
                    var swatch = SKRect.Create(left, rowTop + (type.LegendEntry * 0.25f), SwatchWidth, SwatchHeight);
                    Swatch(canvas, swatch, entry, layers[section.LayerId]);
                }

                y = Math.Max(y, rowTop + SwatchHeight + (type.LegendEntry * 0.45f));
            }
        }

        return y - box.Top + type.Padding;
    }

    private static float Lines(SKCanvas? canvas, string text, SKFont font, float left, float width, float y, SKPaint ink, float size)
    {
        foreach (var line in TextWrap.Lines(text, font, width))
        {
            y += size * 1.3f;
            if (canvas is not null)
            {
                TextRun.Draw(canvas, line, left, y - (size * 0.25f), font, ink);
            }
        }

        return y;
    }

    private static void Swatch(SKCanvas canvas, SKRect r, LegendEntry entry, PreparedLayer layer)
    {
        var kind = SwatchKinds.For(layer, entry.CategoryValue);
        using var fill = LeafletSymbology.Fill(entry.Style, layer.Opacity);
        using var stroke = LeafletSymbology.Stroke(entry.Style, layer.Opacity);
        if (kind.HasFlag(SwatchKind.Area))
        {
            if (fill is not null)
            {
                canvas.DrawRect(r, fill);
            }

            if (stroke is not null)
            {
                canvas.DrawRect(r, stroke);
            }
        }
        else if (kind.HasFlag(SwatchKind.Line) && stroke is not null)
        {
            canvas.DrawLine(r.Left, r.MidY, r.Right, r.MidY, stroke);
        }

        if (kind.HasFlag(SwatchKind.Point))
        {
            var style = entry.Style with { Radius = Math.Min(entry.Style.Radius ?? 10, r.Height / 2 / LeafletSymbology.PointsPerCssPixel) };
            LayerPainter.DrawMarker(canvas, new SKPoint(r.MidX, r.MidY), style, fill, stroke);
        }
    }
}
