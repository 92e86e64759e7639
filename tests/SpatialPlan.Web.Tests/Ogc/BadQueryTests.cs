using System.Net;

namespace SpatialPlan.Web.Tests.Ogc;

/// <summary>Every malformed or hostile query gets a 400 problem+json that names the parameter, never a 500.</summary>
public abstract class BadQueryTests<TFactory> : IClassFixture<TFactory>
    where TFactory : SpatialPlanAppFactory
{
    private readonly HttpClient _client;

    protected BadQueryTests(TFactory factory)
    {
        factory.RequireStore();
        _client = factory.CreateClient();
    }

    [Theory]
    [InlineData("bbox=120.8,27.9,121.0", "bbox")]                 // three numbers
    [InlineData("bbox=120.8,27.9,121.0,28.0,1", "bbox")]          // five numbers
    [InlineData("bbox=a,b,c,d", "bbox")]                           // not numbers
    [InlineData("bbox=120.8,27.9,121.0,", "bbox")]                 // an empty number
    [InlineData("bbox=NaN,27.9,121.0,28.0", "bbox")]
    [InlineData("bbox=120.8,27.9,Infinity,28.0", "bbox")]
    [InlineData("bbox=120.8,27.9,1e999,28.0", "bbox")]             // overflows to infinity
    [InlineData("bbox=121.0,27.9,120.8,28.0", "bbox")]             // minLon > maxLon
    [InlineData("bbox=120.8,28.0,121.0,27.9", "bbox")]             // minLat > maxLat
    [InlineData("bbox=120.8,27.9,181,28.0", "bbox")]               // longitude out of range
    [InlineData("bbox=120.8,-95,121.0,28.0", "bbox")]              // latitude out of range
    [InlineData("bbox=120.8,27.9,121.0,28.0&bbox=1,2,3,4", "bbox")] // given twice
    [InlineData("limit=0", "limit")]
    [InlineData("limit=-5", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("limit=99999999999999999999", "limit")]
    [InlineData("limit=1.5", "limit")]
    [InlineData("offset=-1", "offset")]
    [InlineData("offset=x", "offset")]
    [InlineData("datetime=yesterday", "datetime")]
    [InlineData("datetime=../..", "datetime")]
    [InlineData("f=html", "f")]
    [InlineData("bbbox=120.8,27.9,121.0,28.0", "bbbox")]           // misspelt: would silently return everything
    [InlineData("filter=1%3D1", "filter")]
    [InlineData("crs=EPSG:4549", "crs")]                                                   // a code, not the URI
    [InlineData("crs=http://www.opengis.net/def/crs/EPSG/0/3857", "crs")]                  // a CRS not served
    [InlineData("bbox-crs=http://www.opengis.net/def/crs/EPSG/0/4326&bbox=28,120,28.1,121", "bbox-crs")]
    [InlineData("bbox-crs=http://www.opengis.net/def/crs/EPSG/0/4549&bbox=3100000,580000,3090000,600000", "bbox")] // minNorthing > maxNorthing
    [InlineData("bbox-crs=http://www.opengis.net/def/crs/EPSG/0/4490&bbox=120.8,27.9,121.0,28.0", "bbox")]       // lon first: latitude 120.8
    public async Task RefusesAMalformedItemsQuery(string query, string parameter)
    {
        var response = await _client.GetAsync($"/ogc/collections/plan-zones/items?{query}", TestContext.Current.CancellationToken);

        var problem = await HttpAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), $"errors should name '{parameter}'");
    }

    [Fact]
    public async Task NamesTheCrsItDoesNotServeAndTheOnesItDoes()
    {
        var response = await _client.GetAsync("/ogc/collections/plan-zones/items?crs=http://www.opengis.net/def/crs/EPSG/0/3857", TestContext.Current.CancellationToken);

        var message = (await HttpAssert.IsProblem(response, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("crs")[0].GetString();
        Assert.Contains("EPSG/0/3857", message, StringComparison.Ordinal);
        Assert.Contains("http://www.opengis.net/def/crs/EPSG/0/4549", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesAnUnknownCrsForOneFeature() =>
        await HttpAssert.IsProblem(
            await _client.GetAsync("/ogc/collections/plan-zones/items/zone-liubai?crs=urn:ogc:def:crs:EPSG::2000", TestContext.Current.CancellationToken),
            HttpStatusCode.BadRequest);

    [Fact]
    public async Task DoesNotEchoAHugeParameterNameOrValueInFull()
    {
        var huge = new string('x', 5000);

        var response = await _client.GetAsync($"/ogc/collections/plan-zones/items?limit={huge}", TestContext.Current.CancellationToken);

        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(body.Length < 1000, $"problem body is {body.Length} characters");
    }

    [Theory]
    [InlineData("/ogc?x=1")]
    [InlineData("/ogc/conformance?x=1")]
    [InlineData("/ogc/collections?x=1")]
    [InlineData("/ogc/collections/plan-zones?x=1")]
    [InlineData("/ogc/collections/plan-zones/items/anything?bbox=1,2,3,4")]
    [InlineData("/api/layers?x=1")]
    [InlineData("/api/plan?x=1")]
    public async Task RefusesUnknownParametersOnEveryResource(string url) =>
        await HttpAssert.IsProblem(await _client.GetAsync(url, TestContext.Current.CancellationToken), HttpStatusCode.BadRequest);

    [Theory]
    [InlineData("/ogc/collections/%3Cscript%3E/items")]
    [InlineData("/ogc/collections/plan-zones/items/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/ogc/nothing-here")]
    public async Task AnswersHostilePathsWith404Problem(string url) =>
        await HttpAssert.IsProblem(await _client.GetAsync(url, TestContext.Current.CancellationToken), HttpStatusCode.NotFound);

    [Theory]
    [InlineData("'%3B%20DROP%20TABLE%20features%3B--")]   // SQL in an id: a parameter, never SQL
    [InlineData("%E2%80%AEzone-core")]                     // a bidi override before a real id
    [InlineData("%F0%9F%8F%97%EF%B8%8F")]                  // an emoji
    [InlineData("zone-core%20")]                           // a real id with a trailing space
    public async Task AnswersHostileFeatureIdsWith404Problem(string id) =>
        await HttpAssert.IsProblem(
            await _client.GetAsync($"/ogc/collections/plan-zones/items/{id}", TestContext.Current.CancellationToken),
            HttpStatusCode.NotFound);

    [Fact]
    public async Task AnswersAFeatureIdLongerThanAnIndexEntryWith404Problem() =>
        await HttpAssert.IsProblem(
            await _client.GetAsync($"/ogc/collections/plan-zones/items/{new string('x', 8000)}", TestContext.Current.CancellationToken),
            HttpStatusCode.NotFound);

    [Fact]
    public async Task AnswersAWriteToAReadOnlyResourceWith405Problem() =>
        await HttpAssert.IsProblem(
            await _client.DeleteAsync("/ogc/collections/plan-zones", TestContext.Current.CancellationToken),
            HttpStatusCode.MethodNotAllowed);
}

public sealed class BadQueryTestsWithEmbeddedStore(SpatialPlanAppFactory factory) : BadQueryTests<SpatialPlanAppFactory>(factory);

public sealed class BadQueryTestsWithPostGis(PostGisAppFactory factory) : BadQueryTests<PostGisAppFactory>(factory);
