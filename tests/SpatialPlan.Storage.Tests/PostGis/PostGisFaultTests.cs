using Npgsql;
using SpatialPlan.Core.Features;
using SpatialPlan.Storage.PostGis;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Storage.Tests.PostGis;

/// <summary>
/// A read blocked by a table lock ends at the command timeout or when its token is cancelled, on the server as
/// well as in the client, and leaves its pooled connection usable: the store here has a pool of one connection,
/// so the read after the fault runs on the very connection that was cancelled.
/// </summary>
public sealed class PostGisFaultTests(PostGisDatabase database) : IClassFixture<PostGisDatabase>, IAsyncLifetime
{
    private readonly MiniGeodata _geodata = new();
    private readonly string _applicationName = "fault-test-" + Guid.NewGuid().ToString("N")[..8];
    private PostGisStore _store = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await PostGisStores.EmptyAsync(database);
        var connectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString)
        {
            MaxPoolSize = 1,
            ApplicationName = _applicationName,
        }.ConnectionString;
        _store = PostGisStores.Open(connectionString, Core.Geodata.GeodataLoader.Load(_geodata.Path), TimeSpan.FromSeconds(1));
        await AssertServesTheZones(); // migrated and seeded before any lock
    }

    public ValueTask DisposeAsync()
    {
        _geodata.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task AssertServesTheZones() =>
        Assert.Equal(4, (await _store.QueryAsync(MiniGeodata.Zones, FeatureQuery.All, Ct))!.Features.Count);

    /// <summary>Polls (bounded) until no statement of the store runs on the server.</summary>
    private async Task AssertNothingRunsOnTheServer(FeatureTableLock tableLock)
    {
        var active = -1;
        for (var attempt = 0; attempt < 50 && active != 0; attempt++)
        {
            active = await tableLock.ActiveStatementsAsync(_applicationName);
            if (active != 0)
            {
                await Task.Delay(100, Ct);
            }
        }

        Assert.Equal(0, active);
    }

    [Fact]
    public async Task CancelsABlockedQueryOnTheServerWhenItsTokenIsCancelled()
    {
        await using (var tableLock = await FeatureTableLock.HoldAsync(database.ConnectionString))
        {
            using var abort = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            abort.CancelAfter(TimeSpan.FromMilliseconds(300));

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _store.StreamAsync(MiniGeodata.Zones, FeatureQuery.All, abort.Token));

            await AssertNothingRunsOnTheServer(tableLock);
        }

        await AssertServesTheZones();
    }

    [Fact]
    public async Task EndsAQueryBlockedByALockAtTheCommandTimeoutWithATransientError()
    {
        await using (var tableLock = await FeatureTableLock.HoldAsync(database.ConnectionString))
        {
            var error = await Assert.ThrowsAsync<NpgsqlException>(() => _store.GetAsync(MiniGeodata.Zones, "a", Ct));

            Assert.True(error.IsTransient);
            Assert.IsType<TimeoutException>(error.InnerException);
            await AssertNothingRunsOnTheServer(tableLock);
        }

        await AssertServesTheZones();
    }

    [Fact]
    public async Task ReturnsAHalfReadPageItsConnectionInAUsableState()
    {
        await using (var page = (await _store.StreamAsync(MiniGeodata.Zones, FeatureQuery.All, Ct))!)
        {
            await foreach (var _ in page.Features.WithCancellation(Ct))
            {
                break; // the client went away after the first feature
            }
        }

        await AssertServesTheZones();
    }
}
