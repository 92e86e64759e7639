using NetTopologySuite.Geometries;
using SpatialPlan.Core.Crs;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Core.Measurement;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Core.Tests.Measurement;

public class PlanarMeasureTests
{
    /// <summary>A square of exactly 1000 m sides in EPSG:4549 at 灵昆, its corners taken back to lon/lat.</summary>
    private static Polygon KilometreSquareInLonLat(double easting = 590_000, double northing = 3_092_000)
    {
        var corners = new[] { (0, 0), (1000, 0), (1000, 1000), (0, 1000), (0, 0) }
            .Select(c => Cgcs2000.GaussKrugerToLonLat.Transform(easting + c.Item1, northing + c.Item2))
            .Select(p => new Coordinate(p.x, p.y))
            .ToArray();
        return GeometryFactories.LonLat.CreatePolygon(corners);
    }

    [Fact]
    public void ASquareOf1000MetreSidesIn4549Measures1SquareKilometrePlanar() =>
        Assert.Equal(1, PlanarMeasure.SquareMetres(KilometreSquareInLonLat()) / 1_000_000, 1e-6);

    [Fact]
    public void ItsPerimeterIs4000MetresPlanar() =>
        Assert.Equal(1, PlanarMeasure.Metres(KilometreSquareInLonLat()) / 4000, 1e-6);

    [Fact]
    public void ItsEllipsoidalAreaIsSmallerByTheSquaredScaleFactorOfTheProjection()
    {
        // Transverse Mercator scale at easting offset x is about 1 + x²/2R², so areas grow by about x²/R².
        const double x = 90_500; // the square's centre, east of the central meridian
        var r2 = Cgcs2000.SemiMajorAxis * Cgcs2000.SemiMajorAxis * (1 - (1 / Cgcs2000.InverseFlattening));

        var ratio = PlanarMeasure.SquareMetres(KilometreSquareInLonLat()) / EllipsoidalArea.SquareMetres(KilometreSquareInLonLat());

        Assert.Equal(1 + (x * x / r2), ratio, 1e-6);
    }

    [Fact]
    public void SubtractsHolesAndCountsTheirBoundaryInThePerimeter()
    {
        var outer = Wkt.Read("POLYGON ((120.85 27.90, 120.90 27.90, 120.90 27.94, 120.85 27.94, 120.85 27.90))");
        var holed = Wkt.Read("POLYGON ((120.85 27.90, 120.90 27.90, 120.90 27.94, 120.85 27.94, 120.85 27.90), (120.86 27.91, 120.86 27.93, 120.88 27.93, 120.88 27.91, 120.86 27.91))");
        var hole = Wkt.Read("POLYGON ((120.86 27.91, 120.86 27.93, 120.88 27.93, 120.88 27.91, 120.86 27.91))");

        Assert.Equal(PlanarMeasure.SquareMetres(outer) - PlanarMeasure.SquareMetres(hole), PlanarMeasure.SquareMetres(holed), 1e-6);
        Assert.Equal(PlanarMeasure.Metres(outer) + PlanarMeasure.Metres(hole), PlanarMeasure.Metres(holed), 1e-6);
    }

    [Fact]
    public void GivesLinesALengthAndNoArea()
    {
        var line = Wkt.Read("LINESTRING (120.80 27.90, 120.85 27.95)");

        Assert.Equal(0, PlanarMeasure.SquareMetres(line));
        Assert.InRange(PlanarMeasure.Metres(line), 7_380, 7_440);
    }

    [Fact]
    public void ProjectsBackToTheSameLonLatWithinAMicrodegree()
    {
        var shape = Wkt.Read("POLYGON ((120.60 27.75, 121.30 27.80, 120.95 28.20, 120.60 27.75))");

        var back = PlanarMeasure.ToLonLat(PlanarMeasure.ToGaussKruger(shape));

        Assert.True(back.EqualsExact(shape, 1e-9), back.ToText());
        Assert.Equal(GeometryFactories.LonLatSrid, back.SRID);
    }

    [Fact]
    public void TheSharedTransformsGiveTheSameResultsFromManyThreadsAtOnce()
    {
        // Web requests measure concurrently through the static ProjNet transforms (ProjNet documents no thread safety).
        var shapes = Enumerable.Range(0, 64).Select(i => KilometreSquareInLonLat(540_000 + (i * 1000), 3_080_000 + (i * 500))).ToArray();
        var alone = shapes.Select(s => (PlanarMeasure.SquareMetres(s), EllipsoidalArea.SquareMetres(s), PlanarMeasure.ToLonLat(PlanarMeasure.ToGaussKruger(s)).Area)).ToArray();

        var together = new (double, double, double)[shapes.Length * 20];
        Parallel.For(0, together.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var s = shapes[i % shapes.Length];
            together[i] = (PlanarMeasure.SquareMetres(s), EllipsoidalArea.SquareMetres(s), PlanarMeasure.ToLonLat(PlanarMeasure.ToGaussKruger(s)).Area);
        });

        Assert.All(Enumerable.Range(0, together.Length), i => Assert.Equal(alone[i % shapes.Length], together[i]));
    }
}
