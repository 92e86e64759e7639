using NetTopologySuite.Geometries;
using SpatialPlan.Rendering.Drawing;

namespace SpatialPlan.Rendering.Furniture;

/// <summary>How a legend symbol looks: an area, a line, a point marker, or a line with markers (mixed layers).</summary>
[Flags]
public enum SwatchKind
{
    None = 0,
    Area = 1,
    Line = 2,
    Point = 4,
}

/// <summary>Picks a symbol's look from the geometries the layer's features of that class really have.</summary>
public static class SwatchKinds
{
    public static SwatchKind For(PreparedLayer layer, string? categoryValue)
    {
        var field = layer.Layer.Categories?.Field;
        var kind = SwatchKind.None;
        foreach (var feature in layer.Features.Where(f => categoryValue is null || field is null || f.Text(field) == categoryValue))
        {
            kind |= Of(feature.Geometry);
        }

        return kind != SwatchKind.None ? kind : layer.Layer.GeometryType switch
        {
            "Polygon" or "MultiPolygon" => SwatchKind.Area,
            "LineString" or "MultiLineString" => SwatchKind.Line,
            "Point" or "MultiPoint" => SwatchKind.Point,
            _ => layer.StyleOf(feature: null).FillOpacity is > 0 ? SwatchKind.Area : SwatchKind.Line,
        };
    }

    private static SwatchKind Of(Geometry geometry) => geometry switch
    {
        Polygon or MultiPolygon => SwatchKind.Area,
        LineString or MultiLineString => SwatchKind.Line,
        Point or MultiPoint => SwatchKind.Point,
        GeometryCollection c => Enumerable.Range(0, c.NumGeometries).Aggregate(SwatchKind.None, (k, i) => k | Of(c.GetGeometryN(i))),
        _ => SwatchKind.None,
    };
}
