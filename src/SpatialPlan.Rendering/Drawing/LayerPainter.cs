using SkiaSharp;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Features;
using SpatialPlan.Rendering.Frame;
using SpatialPlan.Rendering.Symbology;

namespace SpatialPlan.Rendering.Drawing;

/// <summary>
/// Draws a layer's features as the web map does: polygons filled then outlined, lines stroked, points as
/// Leaflet circle markers; each feature in its category's style, the layer opacity multiplied in.
/// </summary>
public static class LayerPainter
{
    /// <summary>Draws the held features, then, for a layer too big to hold, its pages as the store yields them.</summary>
    public static async Task PaintAsync(SKCanvas canvas, PreparedLayer layer, MapFrame frame, CancellationToken cancellationToken)
    {
        Paint(canvas, layer, layer.Features, frame, cancellationToken);
        if (layer.Pages is not null)
        {
            await foreach (var page in layer.Pages.ReadAsync(cancellationToken))
            {
                Paint(canvas, layer, page, frame, cancellationToken);
            }
        }
    }

    public static void Paint(SKCanvas canvas, PreparedLayer layer, IEnumerable<PlanFeature> features, MapFrame frame, CancellationToken cancellationToken)
    {
        foreach (var feature in features)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var style = layer.StyleOf(feature);
            using var fill = LeafletSymbology.Fill(style, layer.Opacity);
            using var stroke = LeafletSymbology.Stroke(style, layer.Opacity);
            using (var areas = GeometryPath.Areas(feature.Geometry, frame))
            {
                DrawShape(canvas, areas, fill, stroke);
            }

            using (var lines = GeometryPath.Lines(feature.Geometry, frame))
            {
                DrawShape(canvas, lines, fill: null, stroke);
            }

            foreach (var point in GeometryPath.Points(feature.Geometry, frame))
            {
                DrawMarker(canvas, point, style, fill, stroke);
            }
        }
    }

    /// <summary>A Leaflet CircleMarker: a circle of the style's radius, filled and outlined.</summary>
    public static void DrawMarker(SKCanvas canvas, SKPoint centre, PathStyle style, SKPaint? fill, SKPaint? stroke)
    {
        var radius = LeafletSymbology.Radius(style);
        if (fill is not null)
        {
            canvas.DrawCircle(centre, radius, fill);
        }

        if (stroke is not null)
        {
            canvas.DrawCircle(centre, radius, stroke);
        }
    }

    private static void DrawShape(SKCanvas canvas, SKPath? path, SKPaint? fill, SKPaint? stroke)
    {
        if (path is null)
        {
            return;
        }

        if (fill is not null)
        {
            canvas.DrawPath(path, fill);
        }

        if (stroke is not null)
        {
            canvas.DrawPath(path, stroke);
        }
    }
}
