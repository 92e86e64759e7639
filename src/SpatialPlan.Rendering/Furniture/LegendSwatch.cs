using SkiaSharp;
using SpatialPlan.Rendering.Drawing;
using SpatialPlan.Rendering.Symbology;

namespace SpatialPlan.Rendering.Furniture;

/// <summary>A legend symbol drawn with the same paints as the map: a filled box, a line, a marker, or a line with a marker.</summary>
public static class LegendSwatch
{
    public static void Paint(SKCanvas canvas, SKRect r, LegendEntry entry, PreparedLayer layer)
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
            // a marker no taller than the swatch, so a large radius cannot spill onto the next row
            var style = entry.Style with { Radius = Math.Min(entry.Style.Radius ?? 10, r.Height / 2 / LeafletSymbology.PointsPerCssPixel) };
            LayerPainter.DrawMarker(canvas, new SKPoint(r.MidX, r.MidY), style, fill, stroke);
        }
    }
}
