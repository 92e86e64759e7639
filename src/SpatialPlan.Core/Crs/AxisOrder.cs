using NetTopologySuite.Geometries;

namespace SpatialPlan.Core.Crs;

/// <summary>Between code's x-east order and a CRS's own axis order on the wire (Part 2: coordinates follow the CRS).</summary>
public static class AxisOrder
{
    /// <summary>The geometry with x and y swapped when <paramref name="crs"/> puts north first, else itself (not copied).</summary>
    public static Geometry ForWire(Geometry geometry, ServedCrs crs)
    {
        if (!crs.NorthFirst)
        {
            return geometry;
        }

        var copy = geometry.Copy();
        copy.Apply(SwapFilter.Instance);
        copy.GeometryChanged();
        return copy;
    }

    /// <summary>A box read in <paramref name="crs"/>'s axis order (axis 1 min, axis 2 min, axis 1 max, axis 2 max) as x-east.</summary>
    public static Envelope FromWire(double min1, double min2, double max1, double max2, ServedCrs crs) =>
        crs.NorthFirst ? new Envelope(min2, max2, min1, max1) : new Envelope(min1, max1, min2, max2);

    private sealed class SwapFilter : IEntireCoordinateSequenceFilter
    {
        public static SwapFilter Instance { get; } = new();

        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var x = seq.GetX(i);
                seq.SetX(i, seq.GetY(i));
                seq.SetY(i, x);
            }
        }
    }
}
