using NetTopologySuite.Geometries;

namespace SpatialPlan.Core.Measurement;

/// <summary>
/// Lengths on the CGCS2000 ellipsoid: every edge of a lon/lat geometry taken as the geodesic between its
/// ends (what PostGIS <c>ST_Length(geography)</c> measures). For a polygon this is the perimeter, hole
/// boundaries included; points have no length.
/// </summary>
public static class GeodesicLength
{
    /// <summary>Total geodesic length in metres of every line and ring of a lon/lat geometry.</summary>
    public static double Metres(Geometry lonLat)
    {
        var total = 0.0;
        foreach (var line in Lines(lonLat))
        {
            total += Metres(line.CoordinateSequence);
        }

        return total;
    }

    /// <summary>Geodesic length in metres of a lon/lat coordinate sequence, edge by edge.</summary>
    public static double Metres(CoordinateSequence lonLat)
    {
        var total = 0.0;
        for (var i = 1; i < lonLat.Count; i++)
        {
            total += EdgeMetres(lonLat.GetX(i - 1), lonLat.GetY(i - 1), lonLat.GetX(i), lonLat.GetY(i));
        }

        return total;
    }

    /// <summary>Geodesic distance in metres between two lon/lat points.</summary>
    public static double EdgeMetres(double lon1, double lat1, double lon2, double lat2) =>
        Geodesic.TryInverse(lon1, lat1, lon2, lat2, out var line) ? line.Metres : GreatCircleMetres(lon1, lat1, lon2, lat2);

    /// <summary>The linear parts of a geometry: its lines, and the shells and holes of its polygons.</summary>
    internal static IEnumerable<LineString> Lines(Geometry geometry)
    {
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            switch (geometry.GetGeometryN(i))
            {
                case LineString line:
                    yield return line;
                    break;
                case Polygon polygon:
                    yield return polygon.ExteriorRing;
                    foreach (var hole in polygon.InteriorRings)
                    {
                        yield return hole;
                    }

                    break;
                case GeometryCollection nested when !ReferenceEquals(nested, geometry):
                    foreach (var line in Lines(nested))
                    {
                        yield return line;
                    }

                    break;
            }
        }
    }

    // Only for nearly antipodal points, where Vincenty's iteration fails: a plan never holds them.
    private static double GreatCircleMetres(double lon1, double lat1, double lon2, double lat2)
    {
        const double rad = Math.PI / 180;
        var h = Math.Pow(Math.Sin((lat2 - lat1) * rad / 2), 2) +
                (Math.Cos(lat1 * rad) * Math.Cos(lat2 * rad) * Math.Pow(Math.Sin((lon2 - lon1) * rad / 2), 2));
        return 2 * Crs.Cgcs2000.SemiMajorAxis * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
