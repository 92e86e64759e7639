using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems.Transformations;

namespace SpatialPlan.Core.Crs;

/// <summary>Applies a ProjNet transform to every coordinate of a copy of a geometry.</summary>
public static class GeometryProjector
{
    /// <summary>A copy of <paramref name="geometry"/> made by <paramref name="target"/> (its SRID) with every coordinate transformed; the input is left as it is.</summary>
    public static Geometry Project(Geometry geometry, MathTransform transform, GeometryFactory target)
    {
        var copy = target.CreateGeometry(geometry);
        copy.Apply(new TransformFilter(transform));
        copy.GeometryChanged();
        return copy;
    }

    private sealed class TransformFilter(MathTransform transform) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var (x, y) = transform.Transform(seq.GetX(i), seq.GetY(i));
                seq.SetX(i, x);
                seq.SetY(i, y);
            }
        }
    }
}
