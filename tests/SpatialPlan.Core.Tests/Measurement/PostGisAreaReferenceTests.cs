using System.Text.Json;
using NetTopologySuite.Geometries;
using Npgsql;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Core.Measurement;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Core.Tests.Measurement;

/// <summary>
/// Our areas and lengths against a real PostGIS: ellipsoidal against <c>ST_Area(geography, true)</c>
/// (GeographicLib on WGS84, whose flattening differs from CGCS2000's by 1e-8 relative: no measurable
/// effect) to 0.01 %, planar against <c>ST_Area(ST_Transform(g, 4549))</c> (PROJ) to 1e-6. The class works in a
/// database of its own (<see cref="PostGisDatabase"/>).
/// </summary>
public class PostGisAreaReferenceTests(PostGisDatabase postGis) : IClassFixture<PostGisDatabase>
{
    private const string Sql =
        "SELECT ST_Area(g::geography, true), ST_Area(ST_Transform(g, 4549)), " +
        "ST_Perimeter(g::geography, true) + ST_Length(g::geography, true), " +
        "ST_Perimeter(ST_Transform(g, 4549)) + ST_Length(ST_Transform(g, 4549)) " +
        "FROM (SELECT ST_GeomFromGeoJSON($1) AS g) AS shape";

    [Theory]
    [MemberData(nameof(ReferenceShapes.PolygonNames), MemberType = typeof(ReferenceShapes))]
    public async Task EllipsoidalAreaAgreesWithPostGisGeographyTo0Point01Percent(string name)
    {
        var shape = ReferenceShapes.Get(name);
        var reference = await QueryAsync(shape);

        AssertRelative(reference.Ellipsoidal, EllipsoidalArea.SquareMetres(shape), 1e-4, name);
    }

    [Theory]
    [MemberData(nameof(ReferenceShapes.PolygonNames), MemberType = typeof(ReferenceShapes))]
    public async Task PlanarAreaAgreesWithPostGisIn4549To1eMinus6(string name)
    {
        var shape = ReferenceShapes.Get(name);
        var reference = await QueryAsync(shape);

        AssertRelative(reference.Planar, PlanarMeasure.SquareMetres(shape), 1e-6, name);
    }

    [Theory]
    [MemberData(nameof(ReferenceShapes.PolygonNames), MemberType = typeof(ReferenceShapes))]
    [MemberData(nameof(ReferenceShapes.LineNames), MemberType = typeof(ReferenceShapes))]
    public async Task GeodesicAndPlanarLengthsAgreeWithPostGis(string name)
    {
        var shape = ReferenceShapes.Get(name);
        var reference = await QueryAsync(shape);

        AssertRelative(reference.GeodesicLength, GeodesicLength.Metres(shape), 1e-6, name);
        AssertRelative(reference.PlanarLength, PlanarMeasure.Metres(shape), 1e-6, name);
    }

    [Fact]
    public async Task TheRealCoreZoneAgreesWithPostGis()
    {
        var core = PlanData.Zone("core").Geometry;
        var reference = await QueryAsync(core);

        AssertRelative(reference.Ellipsoidal, EllipsoidalArea.SquareMetres(core), 1e-4, "zone-core");
        AssertRelative(reference.Planar, PlanarMeasure.SquareMetres(core), 1e-6, "zone-core");
    }

    private static void AssertRelative(double expected, double actual, double tolerance, string name)
    {
        var relative = Math.Abs(actual - expected) / expected;
        TestContext.Current.TestOutputHelper?.WriteLine($"{name}: ours {actual:F3}, PostGIS {expected:F3}, relative difference {relative:E2}");
        Assert.True(relative <= tolerance, $"{name}: ours {actual:F3}, PostGIS {expected:F3}: relative difference {relative:E2} > {tolerance:E0}");
    }

    private sealed record Reference(double Ellipsoidal, double Planar, double GeodesicLength, double PlanarLength);

    private async Task<Reference> QueryAsync(Geometry lonLat)
    {
        await using var source = NpgsqlDataSource.Create(postGis.ConnectionString); // skips (fails in CI) without a server
        await using var command = source.CreateCommand(Sql);
        command.Parameters.AddWithValue(JsonSerializer.Serialize(lonLat, GeoJsonSerialization.Options));
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        Assert.True(await reader.ReadAsync(TestContext.Current.CancellationToken));
        return new Reference(reader.GetDouble(0), reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3));
    }
}
