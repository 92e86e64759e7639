using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SpatialPlan.Core.Features;
using SpatialPlan.Storage.Embedded;

namespace SpatialPlan.Web.Tests.Ogc;

/// <summary>
/// The items endpoint writes features as the store yields them: the client reads the start of the body while the
/// store has not made the last feature yet, so the server never holds the whole page (its memory stays a few
/// flush buffers, not the response size).
/// </summary>
public sealed class StreamingItemsTests : IClassFixture<StreamingItemsTests.LazyStoreAppFactory>
{
    private readonly LazyStoreAppFactory _app;

    public StreamingItemsTests(LazyStoreAppFactory app) => _app = app;

    public sealed class LazyStoreAppFactory : SpatialPlanAppFactory
    {
        public LazyFeatureSource Source { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IFeatureReader>(sp =>
            {
                Source.Inner = sp.GetRequiredService<GeoJsonStore>();
                return Source;
            }));
        }
    }

    [Fact]
    public async Task StartsTheBodyBeforeTheStoreHasMadeTheLastFeature()
    {
        var ct = TestContext.Current.CancellationToken;
        using var response = await _app.CreateClient().GetAsync(
            "/ogc/collections/plan-zones/items?limit=1000", HttpCompletionOption.ResponseHeadersRead, ct);
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        var start = new byte[1];

        Assert.Equal(1, await body.ReadAsync(start, ct));
        Assert.True(_app.Source.Produced < LazyFeatureSource.Count, $"all {LazyFeatureSource.Count} features were made first");
        _app.Source.BodyStarted();

        using var rest = new MemoryStream();
        rest.Write(start);
        await body.CopyToAsync(rest, ct);
        var collection = JsonDocument.Parse(rest.ToArray()).RootElement;
        Assert.Equal(LazyFeatureSource.Count, collection.GetProperty("numberReturned").GetInt32());
        Assert.Equal(LazyFeatureSource.Count, collection.GetProperty("features").GetArrayLength());
    }

}

/// <summary>The same with Brotli: compression flushes with the endpoint, so the page still streams (a class of its own:
/// the lazy source's gate opens once).</summary>
public sealed class CompressedStreamingItemsTests(StreamingItemsTests.LazyStoreAppFactory app) : IClassFixture<StreamingItemsTests.LazyStoreAppFactory>
{
    private readonly StreamingItemsTests.LazyStoreAppFactory _app = app;

    [Fact]
    public async Task StreamsACompressedPageToo()
    {
        var ct = TestContext.Current.CancellationToken;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ogc/collections/plan-zones/items?limit=1000");
        request.Headers.AcceptEncoding.ParseAdd("br");
        using var response = await _app.CreateClient().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
        await using var body = new System.IO.Compression.BrotliStream(await response.Content.ReadAsStreamAsync(ct), System.IO.Compression.CompressionMode.Decompress);
        var start = new byte[1];

        Assert.Equal(1, await body.ReadAsync(start, ct));
        Assert.True(_app.Source.Produced < LazyFeatureSource.Count, $"all {LazyFeatureSource.Count} features were made before the first compressed byte");
        _app.Source.BodyStarted();

        using var rest = new MemoryStream();
        rest.Write(start);
        await body.CopyToAsync(rest, ct);
        Assert.Equal(LazyFeatureSource.Count, JsonDocument.Parse(rest.ToArray()).RootElement.GetProperty("features").GetArrayLength());
    }
}
