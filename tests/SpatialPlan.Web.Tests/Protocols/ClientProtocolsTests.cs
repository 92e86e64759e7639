using System.IO.Compression;
using System.Net;

namespace SpatialPlan.Web.Tests.Protocols;

/// <summary>HEAD, compression, conditional GETs of read-only collections and CORS, on each store.</summary>
public abstract class ClientProtocolsTests<TFactory> : IClassFixture<TFactory>
    where TFactory : SpatialPlanAppFactory
{
    private readonly HttpClient _client;

    protected ClientProtocolsTests(TFactory factory)
    {
        factory.RequireStore();
        _client = factory.CreateClient();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpResponseMessage> Send(HttpMethod method, string url, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, url);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await _client.SendAsync(request, Ct);
    }

    [Theory]
    [InlineData("/ogc")]
    [InlineData("/ogc/conformance")]
    [InlineData("/ogc/openapi.json")]
    [InlineData("/ogc/collections")]
    [InlineData("/ogc/collections/plan-zones")]
    [InlineData("/ogc/collections/plan-zones/items")]
    [InlineData("/ogc/collections/plan-zones/items/zone-liubai")]
    [InlineData("/ogc/collections/built-up/items")]
    [InlineData("/ogc/collections/land/tiles/WebMercatorQuad/12/1716/3423")]
    [InlineData("/api/layers")]
    [InlineData("/")]
    [InlineData("/ogc/collections/nowhere/items")]
    public async Task AnswersHeadAsTheGetWithoutABody(string url)
    {
        var get = await Send(HttpMethod.Get, url);
        var head = await Send(HttpMethod.Head, url);

        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(Ct));
        Assert.NotEmpty(await get.Content.ReadAsByteArrayAsync(Ct));
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task CompressesJsonPagesAndTheyDecompressToTheSameFeatures(string encoding)
    {
        var plain = await Send(HttpMethod.Get, "/ogc/collections/land/items?limit=10000");
        var compressed = await Send(HttpMethod.Get, "/ogc/collections/land/items?limit=10000", ("Accept-Encoding", encoding));

        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal(encoding, Assert.Single(compressed.Content.Headers.ContentEncoding));
        var packed = await compressed.Content.ReadAsByteArrayAsync(Ct);
        using var unpacked = new MemoryStream();
        await using (Stream decoder = encoding == "br"
            ? new BrotliStream(new MemoryStream(packed), CompressionMode.Decompress)
            : new GZipStream(new MemoryStream(packed), CompressionMode.Decompress))
        {
            await decoder.CopyToAsync(unpacked, Ct);
        }

        var original = await plain.Content.ReadAsByteArrayAsync(Ct);
        Assert.True(packed.Length * 2 < original.Length, $"{packed.Length} compressed bytes of {original.Length}");
        Assert.Equal(Features(original), Features(unpacked.ToArray()));
    }

    [Fact]
    public async Task LeavesVectorTilesUncompressed()
    {
        var tile = await Send(HttpMethod.Get, "/ogc/collections/land/tiles/WebMercatorQuad/12/1716/3423", ("Accept-Encoding", "br, gzip"));

        Assert.Equal(HttpStatusCode.OK, tile.StatusCode);
        Assert.Empty(tile.Content.Headers.ContentEncoding);
    }

    [Theory]
    [InlineData("/ogc/collections/plan-zones")]
    [InlineData("/ogc/collections/plan-zones/items?limit=2")]
    [InlineData("/ogc/collections/plan-zones/items/zone-liubai")]
    public async Task RevalidatesAReadOnlyCollectionWithoutABody(string url)
    {
        var first = await Send(HttpMethod.Get, url);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.True(etag.IsWeak);
        Assert.NotNull(first.Content.Headers.LastModified);

        var again = await Send(HttpMethod.Get, url, ("If-None-Match", etag.ToString()));
        var since = await Send(HttpMethod.Get, url, ("If-Modified-Since", first.Content.Headers.LastModified!.Value.ToString("R")));

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(HttpStatusCode.NotModified, since.StatusCode);
    }

    [Fact]
    public async Task GivesAnotherQueryAnotherETagAndAnswersAStaleOneInFull()
    {
        var two = await Send(HttpMethod.Get, "/ogc/collections/plan-zones/items?limit=2");
        var three = await Send(HttpMethod.Get, "/ogc/collections/plan-zones/items?limit=3");
        var stale = await Send(HttpMethod.Get, "/ogc/collections/plan-zones/items?limit=3", ("If-None-Match", two.Headers.ETag!.ToString()));

        Assert.NotEqual(two.Headers.ETag, three.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
    }

    [Fact]
    public async Task GivesTheWritableCollectionNoValidatorOfThisKind()
    {
        var items = await Send(HttpMethod.Get, "/ogc/collections/built-up/items");

        Assert.Null(items.Headers.ETag);
        Assert.Null(items.Content.Headers.LastModified);
    }

    [Fact]
    public async Task LetsAnotherSiteReadButNotWrite()
    {
        var read = await Send(HttpMethod.Get, "/ogc/collections/plan-zones/items", ("Origin", "https://gis.example.cn"));
        var preflightRead = await Send(HttpMethod.Options, "/ogc/collections/plan-zones/items",
            ("Origin", "https://gis.example.cn"), ("Access-Control-Request-Method", "GET"));
        var preflightWrite = await Send(HttpMethod.Options, "/ogc/collections/built-up/items/bu-1",
            ("Origin", "https://gis.example.cn"), ("Access-Control-Request-Method", "PUT"));

        Assert.Equal("*", Assert.Single(read.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("Content-Crs", read.Headers.GetValues("Access-Control-Expose-Headers").Single(), StringComparison.Ordinal);
        Assert.Contains("GET", preflightRead.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
        // The browser sends the PUT only if the answer lists it; it lists the read methods alone.
        Assert.DoesNotContain("PUT", string.Join(",", preflightWrite.Headers.TryGetValues("Access-Control-Allow-Methods", out var methods) ? methods : []), StringComparison.Ordinal);
        Assert.False(read.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    private static string[] Features(byte[] json) =>
        System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetRawText()).ToArray();
}

public sealed class ClientProtocolsTestsWithEmbeddedStore(SpatialPlanAppFactory factory) : ClientProtocolsTests<SpatialPlanAppFactory>(factory);

public sealed class ClientProtocolsTestsWithPostGis(PostGisAppFactory factory) : ClientProtocolsTests<PostGisAppFactory>(factory);

/// <summary>Origins named in configuration: only they may read from their pages.</summary>
public sealed class ConfiguredCorsTests : IClassFixture<ConfiguredCorsTests.OneOriginAppFactory>
{
    private readonly HttpClient _client;

    public ConfiguredCorsTests(OneOriginAppFactory factory) => _client = factory.CreateClient();

    public sealed class OneOriginAppFactory : SpatialPlanAppFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Cors:AllowedOrigins", "https://gis.example.cn, https://maps.example.cn");
        }
    }

    [Theory]
    [InlineData("https://gis.example.cn", true)]
    [InlineData("https://elsewhere.example", false)]
    public async Task AllowsOnlyTheConfiguredOrigins(string origin, bool allowed)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ogc/collections");
        request.Headers.Add("Origin", origin);

        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) && values.Single() == origin);
    }
}
