using NetTopologySuite.Geometries;
using SkiaSharp;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Rendering.Drawing;
using SpatialPlan.Rendering.Frame;

namespace SpatialPlan.Rendering.Furniture;

/// <summary>
/// A label the map would like to show: a feature's label text (the catalogue's <see cref="LabelPolicy"/>) at an
/// anchor on the page. Lower ranks come first (zones, then islands, blocks, points, the basemap); bigger features
/// before smaller ones.
/// </summary>
public sealed record MapLabel(string Text, SKPoint Anchor, float Size, bool Bold, SKColor Colour, double Priority, bool IsPoint)
{
    /// <summary>
    /// Labels of polygons (at an interior point of the largest part) and points of the visible layers, as each
    /// layer's <see cref="LabelPolicy"/> says: its text property per language, and its rank for order, type and colour.
    /// </summary>
    public static List<MapLabel> From(IReadOnlyList<PreparedLayer> layers, MapFrame frame, string language, Typography type)
    {
        var labels = new List<MapLabel>();
        var visible = Core.Geodata.GeometryFactories.LonLat.ToGeometry(frame.LonLatEnvelope);
        foreach (var layer in layers)
        {
            if (layer.Layer.Labels is not { } policy)
            {
                continue;
            }

            var rank = policy.Rank;
            var (size, bold) = rank switch
            {
                <= 0 => (type.LabelMajor, true),
                1 => (type.LabelMedium, true),
                _ => (type.LabelMinor, false),
            };
            foreach (var feature in layer.Features)
            {
                if (policy.TextOf(feature, language) is not { } text || AnchorOf(feature.Geometry, visible) is not var (point, isPoint))
                {
                    continue;
                }

                var anchor = frame.LonLatToPage(point.X, point.Y);
                var extent = PageSize(feature.Geometry, frame);
                if (!frame.Rect.Contains(anchor) || (!isPoint && extent < 3))
                {
                    continue;
                }

                var colour = rank switch
                {
                    >= 4 => Typography.Muted,
                    3 => Typography.Ink,
                    _ => Symbology.LeafletSymbology.Colour(layer.StyleOf(feature).Color ?? "#222222", 1),
                };
                labels.Add(new MapLabel(text, anchor, size, bold, colour, (rank * 1e7) - Math.Min(extent, 1e6), isPoint));
            }
        }

        return labels;
    }

    /// <summary>A point's own position; for an area, an interior point of the largest part of what the map shows of it.</summary>
    private static (Point Point, bool IsPoint)? AnchorOf(Geometry geometry, Geometry visible)
    {
        if (geometry is Point p)
        {
            return (p, true);
        }

        var parts = Enumerable.Range(0, geometry.NumGeometries).Select(geometry.GetGeometryN).Where(g => g is Polygon).ToList();
        if (parts.Count == 0)
        {
            return null;
        }

        // a zoomed-in map still names an area that reaches into it: anchor on the part inside the frame
        var shown = visible.EnvelopeInternal.Contains(geometry.EnvelopeInternal)
            ? parts
            : parts.Select(g => g.Intersection(visible)).Where(g => !g.IsEmpty).ToList();
        var largest = shown.SelectMany(g => Enumerable.Range(0, g.NumGeometries).Select(g.GetGeometryN)).OfType<Polygon>().MaxBy(g => g.Area);
        return largest is null ? null : (largest.InteriorPoint, false);
    }

    private static double PageSize(Geometry geometry, MapFrame frame)
    {
        var e = geometry.EnvelopeInternal;
        var a = frame.LonLatToPage(e.MinX, e.MinY);
        var b = frame.LonLatToPage(e.MaxX, e.MaxY);
        return Math.Max(Math.Abs(b.X - a.X), Math.Abs(b.Y - a.Y));
    }
}
