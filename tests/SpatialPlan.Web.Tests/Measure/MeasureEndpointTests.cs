using System.Net;
using System.Text.Json;
using SpatialPlan.Core.Measurement;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Web.Tests.Measure;

/// <summary>POST /api/measure with good input: the contract names, the numbers, the breakdown.</summary>
public class MeasureEndpointTests(SpatialPlanAppFactory factory) : IClassFixture<SpatialPlanAppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private const string AcrossZones = """{"type":"Polygon","coordinates":[[[120.90,27.93],[121.00,27.93],[121.00,28.02],[120.90,28.02],[120.90,27.93]]]}""";

    private async Task<JsonElement> Measure(string body) => await HttpAssert.IsJson(await MeasureClient.PostAsync(_client, body));

    [Fact]
    public async Task MeasuresAPolygonFeatureInBothWaysWithUnitsAndMethod()
    {
        var result = await Measure($$"""{"type":"Feature","properties":{"name":"test"},"geometry":{{AcrossZones}}}""");

        var expected = MeasureOp.Measure(Wkt.Read("POLYGON ((120.90 27.93, 121.00 27.93, 121.00 28.02, 120.90 28.02, 120.90 27.93))"));
        Assert.Equal("area", result.GetProperty("kind").GetString());
        Assert.Equal(expected.SquareMetres, result.GetProperty("areaEllipsoidalM2").GetDouble(), 0.006);
        Assert.Equal(expected.PlanarSquareMetres, result.GetProperty("areaPlanarM2").GetDouble(), 0.006);
        Assert.Equal(expected.Metres, result.GetProperty("perimeterM").GetDouble(), 0.006);
        Assert.Equal(expected.Area.SquareKilometres, result.GetProperty("units").GetProperty("km2").GetDouble(), 1e-6);
        Assert.Equal(expected.Area.Hectares, result.GetProperty("units").GetProperty("ha").GetDouble(), 1e-4);
        Assert.Equal(expected.Area.Mu, result.GetProperty("units").GetProperty("mu").GetDouble(), 1e-3);
        Assert.Equal("EPSG:4549", result.GetProperty("method").GetProperty("crs").GetString());
        Assert.Contains("CGCS2000", result.GetProperty("method").GetProperty("ellipsoid").GetString(), StringComparison.Ordinal);
        Assert.Contains("holes subtracted", result.GetProperty("method").GetProperty("holes").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BreaksTheAreaDownByZoneAndPhaseAddingUpToTheTotal()
    {
        var result = await Measure(AcrossZones);

        var breakdown = result.GetProperty("breakdown");
        var zones = breakdown.GetProperty("zones").EnumerateArray().ToList();
        Assert.Equal(["zone-core", "zone-damenxiaomen", "zone-liubai", "zone-wengxin"], zones.Select(z => z.GetProperty("id").GetString()));
        Assert.Equal("中心区", zones[0].GetProperty("name_zh").GetString());
        var sum = zones.Sum(z => z.GetProperty("areaM2").GetDouble()) + breakdown.GetProperty("outsideM2").GetDouble();
        Assert.Equal(result.GetProperty("areaEllipsoidalM2").GetDouble(), sum, 1e-6);
        Assert.Equal(["phase-i", "phase-ii", "lingkun-area"],
            breakdown.GetProperty("phases").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        Assert.True(breakdown.GetProperty("phases")[0].GetProperty("areaM2").GetDouble() > 1_000_000);
    }

    [Fact]
    public async Task CountsPartsAndHolesOfAMultiPolygon()
    {
        var result = await Measure("""{"type":"MultiPolygon","coordinates":[[[[120.85,27.90],[120.90,27.90],[120.90,27.94],[120.85,27.94],[120.85,27.90]],[[120.86,27.91],[120.86,27.93],[120.88,27.93],[120.88,27.91],[120.86,27.91]]],[[[121.10,27.80],[121.14,27.80],[121.14,27.83],[121.10,27.80]]]]}""");

        Assert.Equal((2, 1, 14), (result.GetProperty("parts").GetInt32(), result.GetProperty("holes").GetInt32(), result.GetProperty("vertices").GetInt32()));
    }

    [Fact]
    public async Task MeasuresALineAsALengthWithoutAreas()
    {
        var result = await Measure("""{"type":"LineString","coordinates":[[120.60,27.75],[121.30,27.80]]}""");

        Assert.Equal("length", result.GetProperty("kind").GetString());
        Assert.Equal(69_217.82, result.GetProperty("lengthM").GetDouble(), 0.01); // PostGIS ST_Length(geography)
        Assert.False(result.TryGetProperty("areaEllipsoidalM2", out _));
        Assert.False(result.TryGetProperty("breakdown", out _));
    }

    [Fact]
    public async Task AcceptsAPolygonWithExactlyTheLimitOfVertices()
    {
        var result = await Measure(MeasureClient.CirclePolygon(9_999)); // 10,000 positions with the closing one

        Assert.Equal(10_000, result.GetProperty("vertices").GetInt32());
    }

    [Fact]
    public async Task TakesTheVertexLimitFromConfiguration()
    {
        using var small = factory.WithWebHostBuilder(b => b.UseSetting("MeasureOptions:MaxVertices", "10"));

        var response = await MeasureClient.PostAsync(small.CreateClient(), MeasureClient.CirclePolygon(10));

        var problem = await HttpAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.Contains("more than 10 positions", problem.GetRawText(), StringComparison.Ordinal);
    }
}
