using System.Net;
using System.Text;

namespace SpatialPlan.Web.Tests.Export;

/// <summary>Every bad export request is a 400 problem+json naming the field; none reaches the renderer or a 500.</summary>
public class BadExportTests(SpatialPlanAppFactory factory) : IClassFixture<SpatialPlanAppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("layers=land,no-such-layer", "layers")]
    [InlineData("bbox=121.1,27.85,120.7,28.1", "bbox")]        // inverted
    [InlineData("bbox=120.7,28.1,121.1,27.85", "bbox")]        // inverted latitudes
    [InlineData("bbox=120.7,27.85,190,28.1", "bbox")]          // outside lon/lat
    [InlineData("bbox=120.7,-91,121.1,28.1", "bbox")]
    [InlineData("bbox=1,2,3", "bbox")]
    [InlineData("bbox=a,b,c,d", "bbox")]
    [InlineData("dpi=95", "dpi")]
    [InlineData("dpi=301", "dpi")]
    [InlineData("dpi=lots", "dpi")]
    [InlineData("width=20000&height=600", "width")]
    [InlineData("width=9000&height=9000", "width")]            // 81 MP: refused before any allocation
    [InlineData("width=800", "height")]                         // half a pixel size
    [InlineData("format=gif", "format")]
    [InlineData("lang=fr", "lang")]
    [InlineData("crs=EPSG:4326", "crs")]
    [InlineData("paper=A0", "paper")]
    [InlineData("center=120.85,27.95&scale=1", "scale")]
    [InlineData("bbbox=120.7,27.85,121.1,28.1", "bbbox")]      // unknown parameter
    [InlineData("dpi=150&dpi=300", "dpi")]                      // given twice
    public async Task RefusesABadQueryNamingTheParameter(string query, string field)
    {
        var response = await _client.GetAsync($"/api/export?{query}", TestContext.Current.CancellationToken);

        var problem = await HttpAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name '{field}': {problem}");
    }

    [Theory]
    [InlineData("""{"layers":[{"id":"nope"}]}""", "layers")]
    [InlineData("""{"bbox":[121.1,27.85,120.7,28.1]}""", "bbox")]
    [InlineData("""{"dpi":1000}""", "dpi")]
    [InlineData("""{"dpi":"300"}""", "dpi")]                                // a string for a number
    [InlineData("""{"width":100000,"height":100000}""", "width")]
    [InlineData("""{"format":"tiff"}""", "format")]
    [InlineData("""{"layers":[{"id":"land","opacity":2}]}""", "layers")]
    [InlineData("""{"layers":[{"id":"land","opacity":"half"}]}""", "layers[0].opacity")]
    [InlineData("""{"bbox":[120.7,27.85,121.1,28.1],"colour":"red"}""", "colour")] // unknown member
    [InlineData("""{"format":"png",""", "body")]                           // malformed JSON
    [InlineData("""[1,2,3]""", "body")]
    [InlineData("""null""", "body")]
    [InlineData("""{"title":"\ud800"}""", "title")]                       // a lone surrogate is not text
    public async Task RefusesABadJsonSpecNamingTheField(string json, string field)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        var response = await _client.PostAsync("/api/export", content, TestContext.Current.CancellationToken);

        var problem = await HttpAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name '{field}': {problem}");
    }

    [Fact]
    public async Task RefusesASpecThatGivesAMemberTwiceAsEveryBodyIsReadStrictly()
    {
        using var content = new StringContent("""{"dpi":150,"dpi":300}""", Encoding.UTF8, "application/json");

        var response = await _client.PostAsync("/api/export", content, TestContext.Current.CancellationToken);

        var problem = await HttpAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("dpi", out _), $"errors should name 'dpi': {problem}");
    }

    [Fact]
    public async Task RefusesABodyThatIsNotJsonWith415()
    {
        using var content = new StringContent("format=png", Encoding.UTF8, "application/x-www-form-urlencoded");

        var response = await _client.PostAsync("/api/export", content, TestContext.Current.CancellationToken);

        await HttpAssert.IsProblem(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task RefusesAHugeBody()
    {
        using var content = new StringContent("{\"title\":\"" + new string('x', 100_000) + "\"}", Encoding.UTF8, "application/json");

        var response = await _client.PostAsync("/api/export", content, TestContext.Current.CancellationToken);

        var problem = await HttpAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("body", out _));
    }

    [Fact]
    public async Task RefusesATitleTheFontCannotDrawWith422NamingTheTitle()
    {
        var response = await _client.GetAsync($"/api/export?width=200&height=200&title={Uri.EscapeDataString("地图 \U0001F5FA")}",
            TestContext.Current.CancellationToken);

        var problem = await HttpAssert.IsProblem(response, (HttpStatusCode)422);
        Assert.True(problem.GetProperty("errors").TryGetProperty("title", out _));
    }
}
