using NetTopologySuite.Geometries;
using SkiaSharp;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Rendering.Drawing;
using SpatialPlan.Rendering.Frame;

namespace SpatialPlan.Rendering.Furniture;

/// <summary>
/// A label the map would like to show: a feature's <c>labelField</c> text at an anchor on the page. Zones come
/// first, then islands and blocks, points, and the basemap; bigger features before smaller ones.
/// </summary>
public sealed record MapLabel(string Text, SKPoint Anchor, float Size, bool Bold, SKColor Colour, double Priority, bool IsPoint)
{
    /// <summary>
    /// Labels of polygons (at an interior point of the largest part) and points of the visible layers. The
    /// structure group's base layer (the zones) gets the largest type, its other layers (islands) the next.
    /// </summary>
    public static List<MapLabel> From(IReadOnlyList<PreparedLayer> layers, MapFrame frame, string language, Typography type)
    {
        var labels = new List<MapLabel>();
        var visible = Core.Geodata.GeometryFactories.LonLat.ToGeometry(frame.LonLatEnvelope);
        var baseStructure = layers.Where(l => l.Layer.Group == LayerGroup.Structure).MinBy(l => l.Layer.DrawOrder);
        foreach (var layer in layers.Where(l => l.Layer.LabelField is not null))
        {
            var rank = layer.Layer.Group switch
            {
                LayerGroup.Structure => layer == baseStructure ? 0 : 1,
                LayerGroup.Development => 2,
                LayerGroup.Transport => 3,
                _ => 4,
            };
            var (size, bold) = rank switch
            {
                0 => (type.LabelMajor, true),
                1 => (type.LabelMedium, true),
                _ => (type.LabelMinor, false),
            };
            foreach (var feature in layer.Features)
            {
                if (LabelText(feature, layer.Layer.LabelField!, language) is not { } text || AnchorOf(feature.Geometry, visible) is not var (point, isPoint))
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
                    4 => Typography.Muted,
                    3 => Typography.Ink,
                    _ => Symbology.LeafletSymbology.Colour(layer.StyleOf(feature).Color ?? "#222222", 1),
                };
                labels.Add(new MapLabel(text, anchor, size, bold, colour, (rank * 1e7) - Math.Min(extent, 1e6), isPoint));
            }
        }

        return labels;
    }

    /// <summary>The label text: the layer's label field, or its English twin (<c>name_en</c> for <c>name_zh</c>) in English.</summary>
    private static string? LabelText(Core.Features.PlanFeature feature, string field, string language)
    {
        if (language == "en" && field.EndsWith("_zh", StringComparison.Ordinal) &&
            feature.Text(field[..^3] + "_en") is { Length: > 0 } english)
        {
            return english;
        }

        return feature.Text(field) is { Length: > 0 } text ? text : null;
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
