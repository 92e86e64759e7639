using SkiaSharp;
using SpatialPlan.Rendering.Drawing;
using SpatialPlan.Rendering.Text;

namespace SpatialPlan.Rendering.Furniture;

/// <summary>
/// Lays out and draws the <see cref="Legend"/>: its heading, then the layer sections flowing down one or more
/// columns (a section is never split). Measuring and drawing share one walk, so the box always fits.
/// </summary>
public sealed class LegendPainter(Legend legend, FontSet fonts, Typography type)
{
    private float SwatchWidth => 16 * type.Scale;
    private float SwatchHeight => 9 * type.Scale;
    private float Gap => 5 * type.Scale;
    private float ColumnGap => 10 * type.Scale;
    private float HeaderHeight => type.Padding + (type.LegendTitle * 1.5f);

    /// <summary>The height the legend needs at this width in this many columns, padding included.</summary>
    public float Height(float width, int columns = 1)
    {
        var columnWidth = ColumnWidth(width, columns);
        var heights = legend.Sections.Select(s => Section(null, s, 0, 0, columnWidth, null)).ToList();
        return HeaderHeight + Balance(heights, columns) + type.Padding;
    }

    /// <summary>Draws the legend on a white panel with a thin border; symbols as the layers draw.</summary>
    public void Paint(SKCanvas canvas, SKRect box, IReadOnlyDictionary<string, PreparedLayer> layers, int columns = 1)
    {
        using var panel = new SKPaint { Color = SKColors.White.WithAlpha(235), Style = SKPaintStyle.Fill };
        using var border = new SKPaint { Color = Typography.Muted, Style = SKPaintStyle.Stroke, StrokeWidth = 0.5f, IsAntialias = true };
        using var titleFont = fonts.Font(type.LegendTitle, bold: true);
        using var ink = new SKPaint { Color = Typography.Ink, IsAntialias = true };
        canvas.DrawRect(box, panel);
        canvas.DrawRect(box, border);
        canvas.Save();
        canvas.ClipRect(box);
        TextRun.Draw(canvas, legend.Heading, box.Left + type.Padding, box.Top + type.Padding + type.LegendTitle, titleFont, ink);

        var columnWidth = ColumnWidth(box.Width, columns);
        var (top, bottom) = (box.Top + HeaderHeight, box.Bottom - type.Padding);
        var (column, y) = (0, top);
        foreach (var section in legend.Sections)
        {
            var height = Section(null, section, 0, 0, columnWidth, null);
            if (y + height > bottom + 0.5f && y > top && column < columns - 1)
            {
                (column, y) = (column + 1, top);
            }

            var left = box.Left + type.Padding + (column * (columnWidth + ColumnGap));
            y += Section(canvas, section, left, y, columnWidth, layers);
        }

        canvas.Restore();
    }

    private float ColumnWidth(float width, int columns) =>
        (width - (2 * type.Padding) - ((columns - 1) * ColumnGap)) / columns;

    /// <summary>The least column height holding the sections in order in at most this many columns.</summary>
    private static float Balance(IReadOnlyList<float> heights, int columns)
    {
        var (low, high) = (heights.DefaultIfEmpty(0).Max(), heights.Sum());
        for (var i = 0; i < 24 && columns > 1; i++)
        {
            var mid = (low + high) / 2;
            if (ColumnsNeeded(heights, mid) <= columns)
            {
                high = mid;
            }
            else
            {
                low = mid;
            }
        }

        return high;
    }

    private static int ColumnsNeeded(IReadOnlyList<float> heights, float limit)
    {
        var (count, y) = (1, 0f);
        foreach (var h in heights)
        {
            if (y + h > limit + 0.5f && y > 0)
            {
                (count, y) = (count + 1, 0);
            }

            y += h;
        }

        return count;
    }

    /// <summary>Draws one layer's section at (left, top), or only measures it without a canvas; returns its height.</summary>
    private float Section(SKCanvas? canvas, LegendSection section, float left, float top, float width, IReadOnlyDictionary<string, PreparedLayer>? layers)
    {
        using var headingFont = fonts.Font(type.LegendHeading, bold: true);
        using var entryFont = fonts.Font(type.LegendEntry);
        using var ink = new SKPaint { Color = Typography.Ink, IsAntialias = true };
        var y = top + (type.LegendHeading * 0.4f);
        var single = section.Entries is [{ CategoryValue: null }];
        if (!single)
        {
            y = Lines(canvas, section.Heading, headingFont, left, width, y, ink, type.LegendHeading);
        }

        foreach (var entry in section.Entries)
        {
            var rowTop = y;
            var label = single ? section.Heading : entry.Label;
            y = Lines(canvas, label, entryFont, left + SwatchWidth + Gap, width - SwatchWidth - Gap, y, ink, type.LegendEntry);
            if (canvas is not null && layers is not null)
            {
                LegendSwatch.Paint(canvas, SKRect.Create(left, rowTop + (type.LegendEntry * 0.25f), SwatchWidth, SwatchHeight), entry, layers[section.LayerId]);
            }

            y = Math.Max(y, rowTop + SwatchHeight + (type.LegendEntry * 0.45f));
        }

        return y - top;
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
}
