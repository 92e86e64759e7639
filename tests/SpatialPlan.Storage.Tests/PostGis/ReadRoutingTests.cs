using Microsoft.EntityFrameworkCore.Infrastructure;
using NetTopologySuite.Features;
using Npgsql;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Storage.PostGis;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Storage.Tests.PostGis;

/// <summary>
/// One connection string, two uses: with several hosts the store reads read-only collections through a data source
/// that prefers a standby and keeps the planners' records (writes, history, reads) on the primary; with one host
/// both are that host. Here both "hosts" are the test server (a primary, so the standby-preferring source falls back
/// to it, as it does when the standby is down); the cluster run (scripts/cluster/faults.py) has a real standby.
/// </summary>
public sealed class ReadRoutingTests(PostGisDatabase database) : IClassFixture<PostGisDatabase>, IAsyncLifetime
{
    private readonly MiniGeodata _geodata = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await PostGisStores.EmptyAsync(database);

    public ValueTask DisposeAsync()
    {
        _geodata.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task OneHostIsOneDataSourceForEveryUse()
    {
        await using var sources = PostGisConnection.CreateDataSources(database.ConnectionString);

        Assert.False(sources.HasReplica);
        Assert.Same(sources.Primary, sources.Replica);
    }

    [Fact]
    public async Task WithSeveralHostsRecordsStayOnThePrimaryAndReadOnlyCollectionsGoToTheReplicaSource()
    {
        var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        var twoHosts = new NpgsqlConnectionStringBuilder(database.ConnectionString)
        {
            Host = $"{builder.Host}:{builder.Port},{builder.Host}:{builder.Port}",
        }.ConnectionString;
        await using var sources = PostGisConnection.CreateDataSources(twoHosts);
        var geodata = GeodataLoader.Load(_geodata.Path);
        var contexts = new PooledDbContextFactory<SpatialPlanDbContext>(PostGisConnection.Options(sources.Primary));
        var startup = PostGisStores.Startup(database.ConnectionString, geodata);
        var routing = new PostGisReadRouting(
            new PostGisStore(sources.Primary, contexts, geodata.Catalogue, startup),
            new PostGisStore(sources.Replica, contexts, geodata.Catalogue, startup),
            geodata.Catalogue);

        Assert.True(sources.HasReplica);
        Assert.Same(routing.Replica, routing.ReaderOf(MiniGeodata.Zones));
        Assert.Same(routing.Primary, routing.ReaderOf(MiniGeodata.Records));
        Assert.Same(routing.Primary, routing.ReaderOf("no-such-collection"));
        Assert.Equal(4, (await routing.QueryAsync(MiniGeodata.Zones, FeatureQuery.All, Ct))!.Features.Count);

        var record = new PlanFeature("rec-1", Wkt.Read("POLYGON ((120.95 27.92, 120.96 27.92, 120.96 27.93, 120.95 27.92))"),
            new AttributesTable { { "name_zh", "路由测试" } });
        Assert.Equal(WriteOutcome.Done, (await routing.CreateAsync(MiniGeodata.Records, record, "tester", Ct)).Outcome);
        Assert.NotNull(await routing.GetAsync(MiniGeodata.Records, "rec-1", Ct));
        Assert.Single((await routing.GetHistoryAsync(MiniGeodata.Records, "rec-1", Ct))!);
    }
}
