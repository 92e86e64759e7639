using SkiaSharp;
using SpatialPlan.Rendering.Text;

namespace SpatialPlan.Rendering.Furniture;

/// <summary>A label where it will be drawn: its box on the page (padding included) and its text baseline.</summary>
public sealed record PlacedLabel(MapLabel Label, SKRect Box, SKPoint Baseline);

/// <summary>
/// Greedy label placement: in priority order, each label takes the first of a few positions around its anchor
/// whose box stays inside the map and overlaps no placed label and no furniture; otherwise it is left out.
/// The same text is shown once (an island is in the basemap and in the island chain).
/// </summary>
public static class LabelPlacer
{
    public static IReadOnlyList<PlacedLabel> Place(IEnumerable<MapLabel> labels, SKRect frame, IReadOnlyList<SKRect> obstacles, FontSet fonts)
    {
        var placed = new List<PlacedLabel>();
        var inside = SKRect.Inflate(frame, -2, -2);
        foreach (var label in labels.OrderBy(l => l.Priority))
        {
            if (placed.Any(p => p.Label.Text == label.Text))
            {
                continue;
            }

            using var font = fonts.Font(label.Size, label.Bold);
            var width = TextRun.Width(label.Text, font);
            var metrics = font.Metrics;
            var pad = label.Size * 0.15f;
            foreach (var (dx, dy) in Offsets(label, width))
            {
                var baseline = new SKPoint(label.Anchor.X + dx - (width / 2), label.Anchor.Y + dy + (label.Size * 0.35f));
                var box = new SKRect(baseline.X - pad, baseline.Y + metrics.Ascent - pad, baseline.X + width + pad, baseline.Y + metrics.Descent + pad);
                if (inside.Contains(box) && !placed.Any(p => p.Box.IntersectsWith(box)) && !obstacles.Any(o => o.IntersectsWith(box)))
                {
                    placed.Add(new PlacedLabel(label, box, baseline));
                    break;
                }
            }
        }

        return placed;
    }

    /// <summary>Centre offsets to try: a point's label beside its marker; an area's label on its anchor, then around it.</summary>
    private static IEnumerable<(float Dx, float Dy)> Offsets(MapLabel label, float width)
    {
        var h = label.Size * 1.2f;
        if (label.IsPoint)
        {
            var side = (width / 2) + (label.Size * 0.9f);
            return [(side, 0), (-side, 0), (0, -h), (0, h)];
        }

        var shift = width * 0.4f;
        return [(0, 0), (0, -h), (0, h), (shift, 0), (-shift, 0), (0, -2 * h), (0, 2 * h), (shift, -h), (-shift, -h), (shift, h), (-shift, h)];
    }
}
