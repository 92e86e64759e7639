using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace SpatialPlan.Web.Tests.Measure;

/// <summary>Every bad body gets a 4xx problem+json naming the field, never a 500, and nothing is repaired.</summary>
public class MeasureBadInputTests(SpatialPlanAppFactory factory) : IClassFixture<SpatialPlanAppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private const string Ring = "[[120.80,27.95],[120.81,27.95],[120.81,27.96],[120.80,27.96],[120.80,27.95]]";

    [Theory]
    [InlineData("{", "body")]                                                                   // malformed JSON
    [InlineData("", "body")]                                                                    // no body
    [InlineData("[120.8, 27.9]", "body")]                                                       // JSON, not an object
    [InlineData("""{"name":"a parcel"}""", "type")]                                             // not GeoJSON
    [InlineData("""{"type":"FeatureCollection","features":[]}""", "type")]                     // a collection, not one shape
    [InlineData("""{"type":"GeometryCollection","geometries":[{"type":"Polygon","coordinates":[""" + Ring + """]}]}""", "type")]
    [InlineData("""{"type":"Point","coordinates":[120.8,27.9]}""", "type")]                     // nothing to measure
    [InlineData("""{"type":"Feature","properties":{},"geometry":{"type":"MultiPoint","coordinates":[[120.8,27.9]]}}""", "geometry.type")]
    [InlineData("""{"type":"Feature","properties":{}}""", "geometry")]                          // a Feature without geometry
    [InlineData("""{"type":"Feature","properties":{},"geometry":null}""", "geometry")]
    [InlineData("""{"type":"Polygon","coordinates":[[[120.80,27.95],[120.81,27.95],[120.81,27.96],[120.80,27.96]]]}""", "coordinates[0]")] // not closed
    [InlineData("""{"type":"Polygon","coordinates":[[[120.80,27.95],[120.81,27.95],[120.80,27.95]]]}""", "coordinates[0]")] // too short
    [InlineData("""{"type":"LineString","coordinates":[[120.80,27.95]]}""", "coordinates")]     // a line of one position
    [InlineData("""{"type":"Polygon","coordinates":[[[NaN,27.95],[120.81,27.95],[120.81,27.96],[NaN,27.95]]]}""", "body")]  // JSON has no NaN
    [InlineData("""{"type":"Polygon","coordinates":[[[Infinity,27.95],[120.81,27.95],[120.81,27.96],[Infinity,27.95]]]}""", "body")]
    [InlineData("""{"type":"Polygon","coordinates":[[[1e400,27.95],[120.81,27.95],[120.81,27.96],[1e400,27.95]]]}""", "coordinates[0][0][0]")] // reads as infinity
    [InlineData("""{"type":"Polygon","coordinates":[[["120.8",27.95],[120.81,27.95],[120.81,27.96],[120.8,27.95]]]}""", "coordinates[0][0][0]")]
    [InlineData("""{"type":"Polygon","coordinates":[[[120.80,95],[120.81,95],[120.81,96],[120.80,95]]]}""", "coordinates")]   // latitude out of range
    [InlineData("""{"type":"Polygon","coordinates":[[[27.95,120.80],[27.95,120.81],[27.96,120.81],[27.95,120.80]]]}""", "coordinates")] // lat, lon
    [InlineData("""{"type":"Polygon","coordinates":[[[116.39,39.90],[116.40,39.90],[116.40,39.91],[116.39,39.90]]]}""", "coordinates")] // Beijing
    [InlineData("""{"type":"Polygon","type":"Point","coordinates":[[[120.80,27.95],[120.81,27.95],[120.81,27.96],[120.80,27.95]]]}""", "body")] // duplicate key
    [InlineData("""{"type":"Polygon","coordinates":{"0":1}}""", "coordinates")]
    [InlineData("""{"type":"Feature","properties":{"name":"\ud800"},"geometry":null}""", "properties.name")] // a lone surrogate
    [InlineData("""{"type":"Feature","id":"\udfff","properties":{},"geometry":null}""", "id")]
    public async Task RefusesABadBodyWith400NamingTheField(string body, string field)
    {
        var response = await MeasureClient.PostAsync(_client, body);

        var problem = await HttpAssert.IsProblem(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"errors should name '{field}': {errors}");
    }

    [Fact]
    public async Task ReportsWhereASelfIntersectingRingCrossesItselfAndDoesNotFixIt()
    {
        var bowtie = """{"type":"Polygon","coordinates":[[[120.9,27.9],[121.0,28.0],[121.0,27.9],[120.9,28.0],[120.9,27.9]]]}""";

        var problem = await HttpAssert.IsProblem(await MeasureClient.PostAsync(_client, bowtie), HttpStatusCode.BadRequest);

        var reported = Assert.Single(problem.GetProperty("problems").EnumerateArray());
        Assert.Equal("InvalidTopology", reported.GetProperty("kind").GetString());
        Assert.Equal(120.95, reported.GetProperty("location")[0].GetDouble(), 9);
        Assert.Equal(27.95, reported.GetProperty("location")[1].GetDouble(), 9);
        Assert.Contains("Self-intersection", problem.GetProperty("errors").GetProperty("coordinates")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NamesTheSwappedAxesAndWhere()
    {
        var body = """{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[27.95,120.80],[27.95,120.81],[27.96,120.81],[27.95,120.80]]]}}""";

        var problem = await HttpAssert.IsProblem(await MeasureClient.PostAsync(_client, body), HttpStatusCode.BadRequest);

        Assert.Equal("AxisOrderSwapped", problem.GetProperty("problems")[0].GetProperty("kind").GetString());
        Assert.Contains("longitude first", problem.GetProperty("errors").GetProperty("geometry.coordinates")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesMoreVerticesThanTheLimit()
    {
        var problem = await HttpAssert.IsProblem(await MeasureClient.PostAsync(_client, MeasureClient.CirclePolygon(10_000)), HttpStatusCode.BadRequest);

        Assert.Contains("coordinates[0][10000]", problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task RefusesDeeplyNestedArraysWithoutRecursingIntoThem()
    {
        var deep = """{"type":"Polygon","coordinates":""" + new string('[', 10_000) + new string(']', 10_000) + "}";

        var problem = await HttpAssert.IsProblem(await MeasureClient.PostAsync(_client, deep), HttpStatusCode.BadRequest);

        Assert.Contains("depth", problem.GetProperty("errors").GetProperty("body")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesABodyOverTwoMegabytesWith413()
    {
        var huge = MeasureClient.CirclePolygon(10).Replace("]]]}", "]]], \"pad\": \"" + new string('x', 2_200_000) + "\"}", StringComparison.Ordinal);

        await HttpAssert.IsProblem(await MeasureClient.PostAsync(_client, huge), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task RefusesAnOversizedChunkedBodyThatDeclaresNoLength()
    {
        using var content = new UnsizedContent(new byte[3 * 1024 * 1024]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await _client.PostAsync("/api/measure", content, TestContext.Current.CancellationToken);

        await HttpAssert.IsProblem(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task RefusesABodyThatIsNotJsonWith415(string contentType) =>
        await HttpAssert.IsProblem(await MeasureClient.PostAsync(_client, "{}", contentType), HttpStatusCode.UnsupportedMediaType);

    [Fact]
    public async Task RefusesQueryParameters() =>
        await HttpAssert.IsProblem(await _client.PostAsync("/api/measure?units=mu",
            new StringContent("{}", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken), HttpStatusCode.BadRequest);

    [Fact]
    public async Task KeepsMeasuringAfterBadInput()
    {
        await MeasureClient.PostAsync(_client, "{\"type\":");

        var response = await MeasureClient.PostAsync(_client, MeasureClient.CirclePolygon(12));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Content without a length, so the client sends it chunked.</summary>
    private sealed class UnsizedContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) =>
            stream.WriteAsync(bytes, 0, bytes.Length);

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
