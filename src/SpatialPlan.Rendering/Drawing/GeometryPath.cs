using NetTopologySuite.Geometries;
using SkiaSharp;
using SpatialPlan.Rendering.Frame;

namespace SpatialPlan.Rendering.Drawing;

/// <summary>Lon/lat geometries as Skia paths on the page, projected point by point through the frame.</summary>
public static class GeometryPath
{
    /// <summary>The areas of a geometry (polygons), holes cut by the even-odd rule; null when it has none.</summary>
    public static SKPath? Areas(Geometry geometry, MapFrame frame) => Build(geometry, frame, areas: true);

    /// <summary>The lines of a geometry (line strings); null when it has none.</summary>
    public static SKPath? Lines(Geometry geometry, MapFrame frame) => Build(geometry, frame, areas: false);

    /// <summary>The page positions of a geometry's points.</summary>
    public static IEnumerable<SKPoint> Points(Geometry geometry, MapFrame frame)
    {
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            if (geometry.GetGeometryN(i) is Point { IsEmpty: false } p)
            {
                yield return frame.LonLatToPage(p.X, p.Y);
            }
            else if (geometry.GetGeometryN(i) is GeometryCollection nested && nested != geometry)
            {
                foreach (var q in Points(nested, frame))
                {
                    yield return q;
                }
            }
        }
    }

    /// <summary>
    /// Adds a geometry's polygons to a path shared by many features and filled by the non-zero rule: shells one way
    /// round and holes the other, whatever the data's ring order, so holes stay open and touching shells never cancel
    /// out as they would under even-odd.
    /// </summary>
    public static void AddAreas(SKPathBuilder path, Geometry geometry, MapFrame frame)
    {
        switch (geometry)
        {
            case Polygon polygon:
                AddOrientedRing(path, polygon.ExteriorRing, frame, counterClockwise: true);
                foreach (var hole in polygon.InteriorRings)
                {
                    AddOrientedRing(path, hole, frame, counterClockwise: false);
                }

                break;
            case GeometryCollection collection:
                for (var i = 0; i < collection.NumGeometries; i++)
                {
                    AddAreas(path, collection.GetGeometryN(i), frame);
                }

                break;
        }
    }

    /// <summary>Adds a geometry's lines to a path shared by many features.</summary>
    public static void AddLines(SKPathBuilder path, Geometry geometry, MapFrame frame) => Add(path, geometry, frame, areas: false);

    private static void AddOrientedRing(SKPathBuilder path, LineString ring, MapFrame frame, bool counterClockwise)
    {
        var sequence = ring.CoordinateSequence;
        if (sequence.Count < 4)
        {
            return;
        }

        var reverse = NetTopologySuite.Algorithm.Orientation.IsCCW(sequence) != counterClockwise;
        for (var k = 0; k < sequence.Count; k++)
        {
            var i = reverse ? sequence.Count - 1 - k : k;
            var p = frame.LonLatToPage(sequence.GetX(i), sequence.GetY(i));
            if (k == 0)
            {
                path.MoveTo(p);
            }
            else
            {
                path.LineTo(p);
            }
        }

        path.Close();
    }

    private static SKPath? Build(Geometry geometry, MapFrame frame, bool areas)
    {
        using var builder = new SKPathBuilder { FillType = SKPathFillType.EvenOdd };
        Add(builder, geometry, frame, areas);
        var path = builder.Detach();
        if (path.IsEmpty)
        {
            path.Dispose();
            return null;
        }

        return path;
    }

    private static void Add(SKPathBuilder path, Geometry geometry, MapFrame frame, bool areas)
    {
        switch (geometry)
        {
            case Polygon polygon when areas:
                AddRing(path, polygon.ExteriorRing, frame, close: true);
                foreach (var hole in polygon.InteriorRings)
                {
                    AddRing(path, hole, frame, close: true);
                }

                break;
            case LineString line when !areas:
                AddRing(path, line, frame, close: false);
                break;
            case GeometryCollection collection:
                for (var i = 0; i < collection.NumGeometries; i++)
                {
                    Add(path, collection.GetGeometryN(i), frame, areas);
                }

                break;
        }
    }

    private static void AddRing(SKPathBuilder path, LineString ring, MapFrame frame, bool close)
    {
        var sequence = ring.CoordinateSequence;
        for (var i = 0; i < sequence.Count; i++)
        {
            var p = frame.LonLatToPage(sequence.GetX(i), sequence.GetY(i));
            if (i == 0)
            {
                path.MoveTo(p);
            }
            else
            {
                path.LineTo(p);
            }
        }

        if (close && sequence.Count > 0)
        {
            path.Close();
        }
    }
}
