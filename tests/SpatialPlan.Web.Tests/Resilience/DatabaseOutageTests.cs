using System.Net;
using System.Text.Json;

namespace SpatialPlan.Web.Tests.Resilience;

/// <summary>
/// With the database gone the API answers 503 problem+json and /health says Unhealthy; when the database is back
/// the same app serves again, with no restart. The database "goes" by cutting the TCP path to it.
/// </summary>
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private readonly ProxiedPostGisAppFactory _app = new();
    private HttpClient _client = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _app.RequireStore();
        await _app.InitializeAsync();
        _app.InitializeProxy();
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<HttpResponseMessage> GetZones() =>
        await _client.GetAsync("/ogc/collections/plan-zones/items", Ct);

    private async Task AssertServesTheZones()
    {
        var zones = await HttpAssert.IsJson(await GetZones(), "application/geo+json");
        Assert.Equal(4, zones.GetProperty("numberMatched").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/health", Ct)).StatusCode);
    }

    private async Task AssertUnavailable()
    {
        var response = await GetZones();
        var problem = await HttpAssert.IsProblem(response, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("Database unavailable", problem.GetProperty("title").GetString());
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);

        var health = await _client.GetAsync("/health", Ct);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("Unhealthy", await health.Content.ReadAsStringAsync(Ct));
        // Not ready for traffic, but alive: a supervisor must not restart a node for its database's outage.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await _client.GetAsync("/health/ready", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/health/live", Ct)).StatusCode);
    }

    [Fact]
    public async Task AnswersServiceUnavailableWhileTheDatabaseIsDownAndRecoversWhenItIsBack()
    {
        _app.Proxy.Start();
        _client = _app.CreateClient();
        await AssertServesTheZones();

        _app.Proxy.Stop();
        await AssertUnavailable();

        _app.Proxy.Start();
        await AssertServesTheZones();
    }

    [Fact]
    public async Task StartsWhileTheDatabaseIsDownAndMigratesAndSeedsWhenItAnswers()
    {
        _client = _app.CreateClient();
        await AssertUnavailable();

        _app.Proxy.Start();

        await AssertServesTheZones();
    }

    [Fact]
    public async Task AnswersEveryConcurrentRequestDuringAnOutageWith503()
    {
        _client = _app.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => GetZones()));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.ServiceUnavailable, r.StatusCode));
    }

    [Fact]
    public async Task KeepsTheDatabaseErrorOutOfTheProblem()
    {
        _client = _app.CreateClient();

        var body = await (await GetZones()).Content.ReadAsStringAsync(Ct);

        var problem = JsonDocument.Parse(body).RootElement;
        Assert.DoesNotContain("127.0.0.1", body, StringComparison.Ordinal);
        Assert.False(problem.TryGetProperty("exception", out _));
    }
}
