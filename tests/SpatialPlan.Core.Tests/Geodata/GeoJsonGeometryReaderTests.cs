using System.Text.Json;
using SpatialPlan.Core.Geodata;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Core.Tests.Geodata;

public class GeoJsonGeometryReaderTests
{
    private static GeoJsonGeometryReader.Result Read(string json, string field = "geometry", int? maxPositions = null)
    {
        using var document = JsonDocument.Parse(json);
        return GeoJsonGeometryReader.Read(document.RootElement, field, maxPositions);
    }

    private static InputError SingleError(string json, string field = "geometry") => Assert.Single(Read(json, field).Errors);

    [Fact]
    public void ReadsAPolygonWithAHole()
    {
        var result = Read("""{"type":"Polygon","coordinates":[[[120.85,27.90],[120.90,27.90],[120.90,27.94],[120.85,27.94],[120.85,27.90]],[[120.86,27.91],[120.86,27.93],[120.88,27.93],[120.86,27.91]]]}""");

        Assert.Empty(result.Errors);
        Assert.True(result.Geometry!.EqualsExact(Wkt.Read("POLYGON ((120.85 27.90, 120.90 27.90, 120.90 27.94, 120.85 27.94, 120.85 27.90), (120.86 27.91, 120.86 27.93, 120.88 27.93, 120.86 27.91))")));
        Assert.Equal(GeometryFactories.LonLatSrid, result.Geometry.SRID);
    }

    [Fact]
    public void ReadsEveryGeometryTypeAndIgnoresHeights()
    {
        Assert.Equal("MultiPolygon", Read("""{"type":"MultiPolygon","coordinates":[[[[120.8,27.9,5],[120.9,27.9,5],[120.9,28.0,5],[120.8,27.9,5]]]]}""").Geometry!.GeometryType);
        Assert.Equal("MultiLineString", Read("""{"type":"MultiLineString","coordinates":[[[120.8,27.9],[120.9,28.0]]]}""").Geometry!.GeometryType);
        Assert.Equal("MultiPoint", Read("""{"type":"MultiPoint","coordinates":[[120.8,27.9]]}""").Geometry!.GeometryType);
        Assert.Equal("GeometryCollection", Read("""{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[120.8,27.9]}]}""").Geometry!.GeometryType);
    }

    [Fact]
    public void ReadsAnEmptyPolygonAsEmptyForTheValidatorToRefuse() =>
        Assert.True(Read("""{"type":"Polygon","coordinates":[]}""").Geometry!.IsEmpty);

    [Theory]
    [InlineData("""{"type":"Polygon","coordinates":[[[120.8,27.9],[120.9,27.9],[120.9,28.0],[120.8,28.0]]]}""", "geometry.coordinates[0]", "not closed")]
    [InlineData("""{"type":"Polygon","coordinates":[[[120.8,27.9],[120.9,27.9],[120.8,27.9]]]}""", "geometry.coordinates[0]", "at least 4 positions")]
    [InlineData("""{"type":"MultiPolygon","coordinates":[[[[120.8,27.9],[120.9,27.9],[120.9,28.0],[120.8,27.9]]],[[[120.8,27.9],[120.9,27.9],[120.9,28.0],[120.8,28.1]]]]}""", "geometry.coordinates[1][0]", "not closed")]
    [InlineData("""{"type":"LineString","coordinates":[[120.8,27.9]]}""", "geometry.coordinates", "at least 2 positions")]
    [InlineData("""{"type":"Point","coordinates":[120.8]}""", "geometry.coordinates", "2 numbers")]
    [InlineData("""{"type":"Point","coordinates":[120.8,27.9,1,2]}""", "geometry.coordinates", "2 numbers")]
    [InlineData("""{"type":"Point","coordinates":["120.8",27.9]}""", "geometry.coordinates[0]", "must be a number")]
    [InlineData("""{"type":"Point","coordinates":[1e400,27.9]}""", "geometry.coordinates[0]", "finite")]
    [InlineData("""{"type":"LineString","coordinates":[[120.8,27.9],[120.9,-1e999]]}""", "geometry.coordinates[1][1]", "finite")]
    [InlineData("""{"type":"Polygon","coordinates":[[120.8,27.9]]}""", "geometry.coordinates[0][0]", "a position must be an array")]
    [InlineData("""{"type":"Polygon"}""", "geometry.coordinates", "missing")]
    [InlineData("""{"coordinates":[120.8,27.9]}""", "geometry.type", "missing")]
    [InlineData("""{"type":"Circle","coordinates":[120.8,27.9]}""", "geometry.type", "not a GeoJSON geometry type")]
    [InlineData("""{"type":"GeometryCollection"}""", "geometry.geometries", "missing")]
    [InlineData("""{"type":"GeometryCollection","geometries":[{"type":"GeometryCollection","geometries":[]}]}""", "geometry.geometries[0].type", "inside a GeometryCollection")]
    [InlineData("""[120.8,27.9]""", "geometry", "geometry object")]
    public void NamesTheFieldOfAStructuralProblem(string json, string field, string message)
    {
        var error = SingleError(json);

        Assert.Equal(field, error.Field);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NamesFieldsFromTheRootWhenTheGeometryIsTheWholeDocument() =>
        Assert.Equal("coordinates[0]", SingleError("""{"type":"Polygon","coordinates":[[[120.8,27.9],[120.9,27.9],[120.8,27.9]]]}""", field: "").Field);

    [Fact]
    public void StopsAtTheLimitOfPositionsWhileReading()
    {
        var error = Assert.Single(Read("""{"type":"LineString","coordinates":[[120.8,27.9],[120.9,27.9],[121.0,27.9]]}""", maxPositions: 2).Errors);

        Assert.Equal("geometry.coordinates[2]", error.Field);
        Assert.Contains("more than 2 positions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsAtMostTenErrors()
    {
        var points = string.Join(',', Enumerable.Repeat("[\"x\",\"y\"]", 50));

        Assert.Equal(GeoJsonGeometryReader.MaxErrors, Read($$"""{"type":"MultiPoint","coordinates":[{{points}}]}""").Errors.Count);
    }
}
