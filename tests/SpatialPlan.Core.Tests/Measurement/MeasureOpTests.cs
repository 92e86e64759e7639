using SpatialPlan.Core.Measurement;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Core.Tests.Measurement;

public class MeasureOpTests
{
    [Fact]
    public void MeasuresAPolygonWithAHoleAsAnAreaWithItsPerimeterAndCounts()
    {
        var m = MeasureOp.Measure(ReferenceShapes.Get("block-with-hole"));

        Assert.Equal(MeasuredKind.Area, m.Kind);
        Assert.Equal(EllipsoidalArea.SquareMetres(ReferenceShapes.Get("block-with-hole")), m.SquareMetres);
        Assert.Equal(PlanarMeasure.SquareMetres(ReferenceShapes.Get("block-with-hole")), m.PlanarSquareMetres, 1e-6);
        Assert.Equal((1, 1, 10), (m.Parts, m.Holes, m.Vertices));
        Assert.InRange(m.Metres, 27_000, 27_100);
        Assert.Null(m.Breakdown);
    }

    [Fact]
    public void SumsTheAreasOfAMultiPolygonsParts()
    {
        var shape = ReferenceShapes.Get("multipolygon");

        var m = MeasureOp.Measure(shape);

        Assert.Equal(2, m.Parts);
        var sum = EllipsoidalArea.SquareMetres(shape.GetGeometryN(0)) + EllipsoidalArea.SquareMetres(shape.GetGeometryN(1));
        Assert.Equal(1, m.SquareMetres / sum, 1e-9); // each part alone gets its own projection centre
    }

    [Fact]
    public void MeasuresALineAsALengthWithoutAreaOrBreakdown()
    {
        var m = MeasureOp.Measure(ReferenceShapes.Get("line-path"), BreakdownRegions.None);

        Assert.Equal(MeasuredKind.Length, m.Kind);
        Assert.Equal((0.0, 0.0), (m.SquareMetres, m.PlanarSquareMetres));
        Assert.Equal(GeodesicLength.Metres(ReferenceShapes.Get("line-path")), m.Metres);
        Assert.Null(m.Breakdown);
    }

    [Fact]
    public void GivesTheAreaInKilometresHectaresAndMu()
    {
        var m = MeasureOp.Measure(ReferenceShapes.Get("square-1km"));

        Assert.Equal(m.SquareMetres / 1e6, m.Area.SquareKilometres);
        Assert.Equal(m.SquareMetres * 15 / 10_000, m.Area.Mu, 9);
    }

    [Theory]
    [InlineData("POINT (120.9 27.9)")]
    [InlineData("MULTIPOINT ((120.9 27.9), (120.95 27.95))")]
    [InlineData("GEOMETRYCOLLECTION (POLYGON ((120.80 27.95, 120.81 27.95, 120.81 27.959, 120.80 27.95)))")]
    public void RefusesToMeasurePointsAndCollections(string wkt)
    {
        Assert.False(MeasureOp.CanMeasure(Wkt.Read(wkt)));
        Assert.Throws<ArgumentException>(() => MeasureOp.Measure(Wkt.Read(wkt)));
    }
}
