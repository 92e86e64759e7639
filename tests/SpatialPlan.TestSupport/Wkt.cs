using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using SpatialPlan.Core.Geodata;

namespace SpatialPlan.TestSupport;

/// <summary>Geometry test cases as WKT literals (lon/lat, EPSG:4326), like NTS's GeometryTestCase.</summary>
public static class Wkt
{
    private static readonly WKTReader Reader = new(GeometryFactories.LonLat.GeometryServices);

    public static Geometry Read(string wkt)
    {
        var geometry = Reader.Read(wkt);
        geometry.SRID = GeometryFactories.LonLatSrid;
        return geometry;
    }
}
