using Microsoft.Extensions.Logging;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Web.Tests.Resilience;

/// <summary>A client that gives up cancels its query on the server (long before the 30 s command timeout here),
/// answers neither 500 nor an error in the log, and leaves the pool usable.</summary>
public sealed class ClientAbortTests : IAsyncLifetime
{
    private const string Items = "/ogc/collections/plan-zones/items";

    private readonly FaultyPostGisAppFactory _app = new() { CommandTimeoutSeconds = 30 };
    private HttpClient _client = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _app.RequireStore();
        await _app.InitializeAsync();
        _client = _app.CreateClient();
        await AssertServesTheZones();
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task AssertServesTheZones()
    {
        var zones = await HttpAssert.IsJson(await _client.GetAsync(Items, Ct), "application/geo+json");
        Assert.Equal(4, zones.GetProperty("numberMatched").GetInt32());
    }

    [Fact]
    public async Task CancelsTheQueryOnTheServerWithoutLoggingAnError()
    {
        var logged = _app.Logs.Entries.Count; // start-up's own entries are not this test's
        await using (var tableLock = await FeatureTableLock.HoldAsync(_app.DatabaseConnectionString))
        {
            using var giveUp = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            giveUp.CancelAfter(TimeSpan.FromMilliseconds(300));

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _client.GetAsync(Items, giveUp.Token));

            var active = -1;
            for (var attempt = 0; attempt < 50 && active != 0; attempt++) // bounded poll: the abort reaches the server
            {
                active = await tableLock.ActiveStatementsAsync(_app.ApplicationName);
                if (active != 0)
                {
                    await Task.Delay(100, Ct);
                }
            }

            Assert.Equal(0, active);
        }

        await AssertServesTheZones();
        Assert.DoesNotContain(_app.Logs.Entries.Skip(logged), e => e.Level >= LogLevel.Error);
    }
}
