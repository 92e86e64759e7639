using System.Net;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Web.Tests.Resilience;

/// <summary>
/// With the features table locked, database requests end at the command timeout (1 s here) as 503 problem+json
/// with Retry-After; more concurrent requests than the pool holds queue briefly or are turned away with the same
/// 503, never a 500; once the lock is gone the app serves again.
/// </summary>
public sealed class DatabaseFaultTests : IAsyncLifetime
{
    private const string Items = "/ogc/collections/plan-zones/items";

    private readonly FaultyPostGisAppFactory _app = new();
    private HttpClient _client = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _app.RequireStore();
        await _app.InitializeAsync();
        _client = _app.CreateClient();
        _client.Timeout = TimeSpan.FromSeconds(60); // a hang fails the test instead of the run
        await AssertServesTheZones(); // migrated and seeded before any lock
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task AssertServesTheZones()
    {
        var zones = await HttpAssert.IsJson(await _client.GetAsync(Items, Ct), "application/geo+json");
        Assert.Equal(4, zones.GetProperty("numberMatched").GetInt32());
    }

    private static async Task AssertBusy(HttpResponseMessage response)
    {
        var problem = await HttpAssert.IsProblem(response, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("Database busy", problem.GetProperty("title").GetString());
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task AnswersBusyAtTheCommandTimeoutWhileTheTableIsLockedAndServesTheLandingPage()
    {
        await using (await FeatureTableLock.HoldAsync(_app.DatabaseConnectionString))
        {
            await AssertBusy(await _client.GetAsync(Items, Ct));
            await AssertBusy(await _client.GetAsync(Items + "/zone-liubai", Ct));
            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/ogc", Ct)).StatusCode);
        }

        await AssertServesTheZones();
    }

    [Fact]
    public async Task AnswersEveryRequestBeyondThePoolWith503AndRetryAfterThenServesAgain()
    {
        await using (await FeatureTableLock.HoldAsync(_app.DatabaseConnectionString))
        {
            var responses = await Task.WhenAll(Enumerable.Range(0, 10 * FaultyPostGisAppFactory.PoolSize)
                .Select(i => _client.GetAsync($"{Items}?offset={i % 3}", Ct)));

            foreach (var response in responses)
            {
                await AssertBusy(response);
            }
        }

        // As many as the limiter runs and queues (pool 4: 2 at once, 4 waiting), so none is turned away.
        var after = await Task.WhenAll(Enumerable.Range(0, FaultyPostGisAppFactory.PoolSize).Select(_ => _client.GetAsync(Items, Ct)));
        Assert.All(after, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }

    [Fact]
    public async Task AnswersEveryStorePathBeyondThePoolWith503NotOnlyTheItemsEndpoint()
    {
        string[] paths =
        [
            Items,
            "/ogc/collections",
            "/ogc/collections/land/tiles/WebMercatorQuad/12/1716/3423",
            "/api/built-up/summary",
        ];
        await using (await FeatureTableLock.HoldAsync(_app.DatabaseConnectionString))
        {
            var responses = await Task.WhenAll(Enumerable.Range(0, 4 * FaultyPostGisAppFactory.PoolSize)
                .SelectMany(_ => paths).Select(path => _client.GetAsync(path, Ct)));

            foreach (var response in responses)
            {
                await AssertBusy(response);
            }
        }

        await AssertServesTheZones();
    }
}
