using Npgsql;
using SpatialPlan.Core.Features;
using SpatialPlan.Storage.PostGis;

namespace SpatialPlan.Storage.Tests.PostGis;

/// <summary>
/// During a failover no host of a multi-host connection string serves the primary for a while. Npgsql says so two
/// ways: "Unable to connect to a suitable host" (with the hosts' own errors inside) on the attempt that finds them
/// down, then "No suitable host was found" (nothing inside) while it remembers them down. Both pass with time: 503 with
/// Retry-After, never a 500. No server needed: two loopback ports where nothing listens.
/// </summary>
public sealed class MultiHostFaultTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NoSuitableHostIsAnOutageOnTheFirstAttemptAndWhileTheHostsAreRememberedDown()
    {
        var closed = $"Host=127.0.0.1:{ClosedPort()},127.0.0.1:{ClosedPort()};Username=postgres;Timeout=2;Host Recheck Seconds=60";
        await using var sources = PostGisConnection.CreateDataSources(closed);
        var faults = new PostGisFaults();

        var first = await Assert.ThrowsAnyAsync<NpgsqlException>(() => OpenAsync(sources.Primary));
        var remembered = await Assert.ThrowsAnyAsync<NpgsqlException>(() => OpenAsync(sources.Primary));

        Assert.NotNull(first.InnerException);
        Assert.Null(remembered.InnerException); // the case Npgsql does not mark transient
        Assert.Equal(StoreFault.Unavailable, faults.Classify(first));
        Assert.Equal(StoreFault.Unavailable, faults.Classify(remembered));
    }

    [Fact]
    public void AnNpgsqlErrorOfAnotherKindIsStillNoFault() =>
        Assert.Null(new PostGisFaults().Classify(new NpgsqlException("some client-side error")));

    private static async Task OpenAsync(NpgsqlDataSource source)
    {
        await using var connection = await source.OpenConnectionAsync(Ct);
    }

    /// <summary>A loopback port nothing listens on (bound, then released).</summary>
    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
