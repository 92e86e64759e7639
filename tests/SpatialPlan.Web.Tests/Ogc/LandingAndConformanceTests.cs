using System.Text.Json;

namespace SpatialPlan.Web.Tests.Ogc;

public abstract class LandingAndConformanceTests<TFactory> : IClassFixture<TFactory>
    where TFactory : SpatialPlanAppFactory
{
    private readonly HttpClient _client;

    protected LandingAndConformanceTests(TFactory factory)
    {
        factory.RequireStore();
        _client = factory.CreateClient();
    }

    [Fact]
    public async Task LandingPageLinksToItsDefinitionConformanceAndData()
    {
        var landing = await HttpAssert.IsJson(await _client.GetAsync("/ogc", TestContext.Current.CancellationToken));

        var rels = landing.GetProperty("links").EnumerateArray().ToDictionary(l => l.GetProperty("rel").GetString()!);
        Assert.Equal(["self", "service-desc", "conformance", "data",
            "http://www.opengis.net/def/rel/ogc/1.0/tiling-schemes", "http://www.opengis.net/def/rel/ogc/1.0/style"], rels.Keys);
        Assert.Equal("http://localhost/ogc/openapi.json", rels["service-desc"].GetProperty("href").GetString());
        Assert.Equal("http://localhost/ogc/collections", rels["data"].GetProperty("href").GetString());
    }

    [Fact]
    public async Task DeclaresCoreGeoJsonAndOpenApiConformance()
    {
        var conformance = await HttpAssert.IsJson(await _client.GetAsync("/ogc/conformance", TestContext.Current.CancellationToken));

        var classes = conformance.GetProperty("conformsTo").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core", classes);
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson", classes);
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30", classes);
    }

    [Fact]
    public async Task ServesAnOpenApi3DocumentThatDescribesTheItemsPath()
    {
        var response = await _client.GetAsync("/ogc/openapi.json", TestContext.Current.CancellationToken);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

        Assert.StartsWith("3.0", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.True(document.GetProperty("paths").TryGetProperty("/ogc/collections/{collectionId}/items", out _));
    }

    [Fact]
    public async Task ServesTheMapPageAtTheRoot()
    {
        var response = await _client.GetAsync("/", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("_framework/blazor.web.js", html, StringComparison.Ordinal);
        Assert.Contains("lib/leaflet/leaflet.css", html, StringComparison.Ordinal);
    }
}

public sealed class LandingAndConformanceTestsWithEmbeddedStore(SpatialPlanAppFactory factory) : LandingAndConformanceTests<SpatialPlanAppFactory>(factory);

public sealed class LandingAndConformanceTestsWithPostGis(PostGisAppFactory factory) : LandingAndConformanceTests<PostGisAppFactory>(factory);
