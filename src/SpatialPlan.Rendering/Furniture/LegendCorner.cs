using NetTopologySuite.Geometries;
using SkiaSharp;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Rendering.Drawing;
using SpatialPlan.Rendering.Frame;

namespace SpatialPlan.Rendering.Furniture;

/// <summary>
/// On a pixel image the legend sits over the map: put it in the corner where it hides the least of the plan's
/// own areas (the structure and development layers), bottom-right when nothing is hidden there. The scale bar
/// keeps the other bottom corner.
/// </summary>
public static class LegendCorner
{
    public static PageLayout Choose(PageLayout layout, MapFrame frame, IReadOnlyList<PreparedLayer> layers, Typography type)
    {
        if (!layout.Overlay || layout.Legend is not { } legend)
        {
            return layout;
        }

        var (f, pad, w, h) = (layout.Frame, type.Padding, legend.Width, legend.Height);
        var bottom = (layout.Note?.Top ?? f.Bottom) - pad;
        var top = (layout.NorthArrow?.Bottom ?? f.Top) + pad;
        var candidates = new[]
        {
            (Box: SKRect.Create(f.Right - pad - w, bottom - h, w, h), Left: false),
            (Box: SKRect.Create(f.Right - pad - w, top, w, h), Left: false),
            (Box: SKRect.Create(f.Left + pad, bottom - h, w, h), Left: true),
        };
        var plan = layers.Where(l => l.Layer.Group is LayerGroup.Structure or LayerGroup.Development)
            .SelectMany(l => l.Features).Select(f => f.Geometry).Where(g => g.Dimension == Dimension.Surface).ToList();
        var best = candidates
            .Where(c => c.Box.Top >= f.Top && c.Box.Bottom <= f.Bottom && !(layout.Title?.IntersectsWith(c.Box) ?? false))
            .Select((c, order) => (c.Box, c.Left, Hidden: Hidden(c.Box, frame, plan), Order: order))
            .OrderBy(c => Math.Round(c.Hidden, 12)).ThenBy(c => c.Order)
            .FirstOrDefault();
        if (best.Box.IsEmpty || best.Box == legend)
        {
            return layout;
        }

        var scaleBar = layout.ScaleBarOrigin is { } origin && best.Left
            ? new SKPoint(f.Right - (pad * 2) - layout.ScaleBarMaxLength, origin.Y)
            : layout.ScaleBarOrigin;
        return layout.WithLegendAt(best.Box, scaleBar);
    }

    /// <summary>How much of the plan's areas the box would cover, in square degrees (only compared, never shown).</summary>
    private static double Hidden(SKRect box, MapFrame frame, IReadOnlyList<Geometry> plan)
    {
        var corners = new[] { new SKPoint(box.Left, box.Top), new SKPoint(box.Right, box.Top), new SKPoint(box.Right, box.Bottom), new SKPoint(box.Left, box.Bottom) }
            .Select(p => frame.PageToLonLat(p)).Select(c => new Coordinate(c.Lon, c.Lat)).ToList();
        corners.Add(corners[0]);
        var area = GeometryFactories.LonLat.CreatePolygon(corners.ToArray());
        return plan.Where(g => g.EnvelopeInternal.Intersects(area.EnvelopeInternal)).Sum(g => g.Intersection(area).Area);
    }
}
