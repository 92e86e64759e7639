using NetTopologySuite.Densify;
using SpatialPlan.Core.Crs;
using SpatialPlan.Core.Measurement;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Core.Tests.Measurement;

public class EllipsoidalAreaTests
{
    /// <summary>
    /// Exact area of the ellipsoid between two parallels and two meridians (authalic-latitude formula),
    /// an independent reference for a lon/lat rectangle whose edges follow the parallels.
    /// </summary>
    private static double QuadrangleArea(double lon1, double lat1, double lon2, double lat2)
    {
        const double a = Cgcs2000.SemiMajorAxis;
        const double f = 1 / Cgcs2000.InverseFlattening;
        var e2 = f * (2 - f);
        var e = Math.Sqrt(e2);
        var b2 = a * a * (1 - e2);

        double Q(double latDeg)
        {
            var s = Math.Sin(latDeg * Math.PI / 180);
            return (s / (1 - (e2 * s * s))) + (Math.Log((1 + (e * s)) / (1 - (e * s))) / (2 * e));
        }

        return b2 / 2 * (Q(lat2) - Q(lat1)) * ((lon2 - lon1) * Math.PI / 180);
    }

    [Fact]
    public void MatchesTheClosedFormAreaOfAQuadrangleAt28North()
    {
        // Edges densified so straight edges in the projection follow the parallels closely.
        var box = Densifier.Densify(Wkt.Read("POLYGON ((120.8 27.9, 121.0 27.9, 121.0 28.0, 120.8 28.0, 120.8 27.9))"), 0.0005);

        var expected = QuadrangleArea(120.8, 27.9, 121.0, 28.0);

        Assert.Equal(1, EllipsoidalArea.SquareMetres(box) / expected, 7);
    }

    [Fact]
    public void SubtractsHoles()
    {
        var outer = Densifier.Densify(Wkt.Read("POLYGON ((120.8 27.9, 121.0 27.9, 121.0 28.0, 120.8 28.0, 120.8 27.9))"), 0.0005);
        var withHole = Densifier.Densify(Wkt.Read(
            "POLYGON ((120.8 27.9, 121.0 27.9, 121.0 28.0, 120.8 28.0, 120.8 27.9), (120.85 27.92, 120.85 27.95, 120.9 27.95, 120.9 27.92, 120.85 27.92))"), 0.0005);

        var hole = QuadrangleArea(120.85, 27.92, 120.9, 27.95);

        Assert.Equal(1, (EllipsoidalArea.SquareMetres(outer) - EllipsoidalArea.SquareMetres(withHole)) / hole, 6);
    }

    [Fact]
    public void SumsTheParts()
    {
        var parts = Wkt.Read("MULTIPOLYGON (((120.8 27.9, 120.9 27.9, 120.9 28.0, 120.8 27.9)), ((121.0 27.9, 121.1 27.9, 121.1 28.0, 121.0 27.9)))");

        var sum = EllipsoidalArea.SquareMetres(parts.GetGeometryN(0)) + EllipsoidalArea.SquareMetres(parts.GetGeometryN(1));

        Assert.Equal(1, EllipsoidalArea.SquareMetres(parts) / sum, 6);
    }

    [Fact]
    public void GivesLinesNoArea() =>
        Assert.Equal(0, EllipsoidalArea.SquareMetres(Wkt.Read("LINESTRING (120.8 27.9, 121.0 28.0)")));
}
