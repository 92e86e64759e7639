using NetTopologySuite.Geometries;

namespace SpatialPlan.Core.Measurement;

/// <summary>
/// Measures a lon/lat shape: the area of polygons (planar in EPSG:4549 and on the CGCS2000 ellipsoid, holes
/// subtracted, parts summed) with its perimeter, or the length of lines, and where asked the area by zone
/// and phase. The shape must already be valid (see <c>GeometryInputValidator</c>).
/// </summary>
public static class MeasureOp
{
    /// <summary>True for the types that can be measured: Polygon, MultiPolygon, LineString, MultiLineString.</summary>
    public static bool CanMeasure(Geometry geometry) =>
        geometry is Polygon or MultiPolygon or LineString or MultiLineString;

    /// <summary>The measurement of a valid, non-empty lon/lat shape.</summary>
    /// <param name="lonLat">A Polygon, MultiPolygon, LineString or MultiLineString in lon/lat degrees.</param>
    /// <param name="regions">Zones and phases to break an area down by; null for no breakdown. Lines get none.</param>
    /// <exception cref="ArgumentException">For a type <see cref="CanMeasure"/> refuses (a point or a collection).</exception>
    public static AreaMeasurement Measure(Geometry lonLat, BreakdownRegions? regions = null)
    {
        if (!CanMeasure(lonLat))
        {
            throw new ArgumentException($"a {lonLat.GeometryType} cannot be measured", nameof(lonLat));
        }

        var gaussKruger = PlanarMeasure.ToGaussKruger(lonLat);
        var metres = GeodesicLength.Metres(lonLat);
        if (lonLat.Dimension != Dimension.Surface)
        {
            return new AreaMeasurement(MeasuredKind.Length, 0, 0, metres, gaussKruger.Length,
                lonLat.NumGeometries, 0, lonLat.NumPoints, null);
        }

        var ellipsoidal = EllipsoidalArea.SquareMetres(lonLat);
        var breakdown = regions is null ? null : ZoneBreakdownOp.Breakdown(gaussKruger, ellipsoidal, regions);
        return new AreaMeasurement(MeasuredKind.Area, ellipsoidal, gaussKruger.Area, metres, gaussKruger.Length,
            lonLat.NumGeometries, Holes(lonLat), lonLat.NumPoints, breakdown);
    }

    private static int Holes(Geometry polygons)
    {
        var holes = 0;
        for (var i = 0; i < polygons.NumGeometries; i++)
        {
            holes += ((Polygon)polygons.GetGeometryN(i)).NumInteriorRings;
        }

        return holes;
    }
}
