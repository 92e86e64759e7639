using NetTopologySuite.Geometries;
using SpatialPlan.Core.Geodata;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Core.Tests.Geodata;

public class GeometryInputValidatorTests
{
    private static readonly PlanExtent Extent = new([120.55, 27.70, 121.35, 28.25], "EPSG:4326");

    private static GeometryProblemKind[] Kinds(Geometry? g, string? type = null, int? max = null) =>
        GeometryInputValidator.Validate(g, Extent, type, max).Select(p => p.Kind).ToArray();

    [Fact]
    public void AcceptsAValidPolygonInsideThePlan() =>
        Assert.Empty(Kinds(Wkt.Read("POLYGON ((120.9 27.9, 121.0 27.9, 121.0 28.0, 120.9 27.9))"), "MultiPolygon"));

    [Fact]
    public void RefusesAnEmptyPolygon() =>
        Assert.Equal([GeometryProblemKind.Empty], Kinds(Wkt.Read("POLYGON EMPTY")));

    [Fact]
    public void RefusesAMultiPolygonWithAnEmptyPart() =>
        Assert.Equal([GeometryProblemKind.Empty], Kinds(GeometryFactories.LonLat.CreateMultiPolygon(
            [(Polygon)Wkt.Read("POLYGON ((120.9 27.9, 121.0 27.9, 121.0 28.0, 120.9 27.9))"), Polygon.Empty])));

    [Fact]
    public void RefusesNaNWhichNetTopologySuiteAccepts() =>
        Assert.Equal([GeometryProblemKind.NotFinite],
            Kinds(GeometryFactories.LonLat.CreatePoint(new Coordinate(double.NaN, 28.0))));

    [Fact]
    public void RefusesInfinity() =>
        Assert.Equal([GeometryProblemKind.NotFinite],
            Kinds(GeometryFactories.LonLat.CreatePoint(new Coordinate(120.9, double.PositiveInfinity))));

    [Fact]
    public void RefusesLatitude95() =>
        Assert.Equal([GeometryProblemKind.OutOfRange], Kinds(Wkt.Read("POINT (120.9 95)")));

    [Fact]
    public void RecognisesLatitudeWrittenFirst()
    {
        var problem = Assert.Single(GeometryInputValidator.Validate(Wkt.Read("POINT (27.95 120.9)"), Extent));

        Assert.Equal(GeometryProblemKind.AxisOrderSwapped, problem.Kind);
        Assert.Equal(27.95, problem.Location!.X);
    }

    [Fact]
    public void RefusesACoordinateOutsideThePlanExtent() =>
        Assert.Equal([GeometryProblemKind.OutsidePlanExtent], Kinds(Wkt.Read("POINT (116.4 39.9)")));

    [Fact]
    public void ReportsWhereABowtieCrossesItself()
    {
        var problem = Assert.Single(GeometryInputValidator.Validate(
            Wkt.Read("POLYGON ((120.9 27.9, 121.0 28.0, 121.0 27.9, 120.9 28.0, 120.9 27.9))"), Extent));

        Assert.Equal(GeometryProblemKind.InvalidTopology, problem.Kind);
        Assert.Equal(120.95, problem.Location!.X, 9);
        Assert.Equal(27.95, problem.Location.Y, 9);
    }

    [Fact]
    public void RefusesALineWhereTheCollectionHoldsPolygons() =>
        Assert.Equal([GeometryProblemKind.WrongType],
            Kinds(Wkt.Read("LINESTRING (120.9 27.9, 121.0 28.0)"), "MultiPolygon"));

    [Fact]
    public void AcceptsAnyTypeInAMixedCollection() =>
        Assert.Empty(Kinds(Wkt.Read("LINESTRING (120.9 27.9, 121.0 28.0)"), "Geometry"));

    [Fact]
    public void RefusesMoreVerticesThanTheLimit() =>
        Assert.Equal([GeometryProblemKind.TooManyVertices],
            Kinds(Wkt.Read("POLYGON ((120.9 27.9, 121.0 27.9, 121.0 28.0, 120.9 27.9))"), max: 3));
}
