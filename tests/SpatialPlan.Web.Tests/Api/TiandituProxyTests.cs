using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace SpatialPlan.Web.Tests.Api;

public class TiandituProxyTests(SpatialPlanAppFactory factory) : IClassFixture<SpatialPlanAppFactory>
{
    private const string Key = "secret-key-123";

    /// <summary>Stands in for the tile server: records what it was asked and answers a PNG signature.</summary>
    private sealed class FakeTileServer : HttpMessageHandler
    {
        public List<Uri> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request.RequestUri!);
            var content = new ByteArrayContent([0x89, 0x50, 0x4E, 0x47]);
            content.Headers.ContentType = new("image/png");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
        }
    }

    private (HttpClient Client, FakeTileServer Upstream) WithKey()
    {
        var upstream = new FakeTileServer();
        var app = factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Tianditu:Key", Key);
            b.ConfigureServices(s => s.AddHttpClient("tianditu").ConfigurePrimaryHttpMessageHandler(() => upstream));
        });
        return (app.CreateClient(), upstream);
    }

    [Fact]
    public async Task AnswersNotConfiguredWithoutAKey() =>
        await HttpAssert.IsProblem(
            await factory.CreateClient().GetAsync("/api/tiles/tianditu/vec/10/850/420", TestContext.Current.CancellationToken),
            HttpStatusCode.NotFound);

    [Fact]
    public async Task AddsTheKeyOnTheServerAndNeverReturnsIt()
    {
        var (client, upstream) = WithKey();

        var response = await client.GetAsync("/api/tiles/tianditu/vec/10/855/422", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var asked = Assert.Single(upstream.Requests).ToString();
        Assert.Contains("tk=" + Key, asked, StringComparison.Ordinal);
        Assert.Contains("TILEMATRIX=10&TILEROW=422&TILECOL=855", asked, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, System.Text.Encoding.Latin1.GetString(body), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/tiles/tianditu/evil/10/1/1")]
    [InlineData("/api/tiles/tianditu/vec/0/0/0")]
    [InlineData("/api/tiles/tianditu/vec/19/0/0")]
    [InlineData("/api/tiles/tianditu/vec/3/8/0")]
    [InlineData("/api/tiles/tianditu/vec/3/-1/0")]
    public async Task RefusesABadTileAddressWithoutAskingUpstream(string url)
    {
        var (client, upstream) = WithKey();

        await HttpAssert.IsProblem(await client.GetAsync(url, TestContext.Current.CancellationToken), HttpStatusCode.BadRequest);
        Assert.Empty(upstream.Requests);
    }
}
