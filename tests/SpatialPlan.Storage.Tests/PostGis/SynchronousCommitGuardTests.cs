using Microsoft.EntityFrameworkCore;
using SpatialPlan.Core.Features;
using SpatialPlan.Storage.PostGis;
using SpatialPlan.TestSupport;

namespace SpatialPlan.Storage.Tests.PostGis;

/// <summary>
/// A commit that PostgreSQL stopped waiting for its synchronous standby ("canceling wait for synchronous
/// replication", a warning during COMMIT) is committed on the primary alone: the store must not answer it as saved.
/// Without a standby here, a deferred constraint trigger raises the same warning at COMMIT time, on the app's own
/// context options. (The cluster run, scripts/cluster/faults.py standby-down, sees the real one: 503 after the
/// command timeout.)
/// </summary>
public sealed class SynchronousCommitGuardTests(PostGisDatabase database) : IClassFixture<PostGisDatabase>, IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await database.ExecuteAsync($"""
        CREATE TABLE IF NOT EXISTS commit_probe (id int, warn boolean);
        CREATE OR REPLACE FUNCTION commit_probe_warn() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.warn THEN
            RAISE WARNING '{SynchronousCommitGuard.CanceledWait} due to user request';
          END IF;
          RETURN NULL;
        END $$;
        DROP TRIGGER IF EXISTS commit_probe_at_commit ON commit_probe;
        CREATE CONSTRAINT TRIGGER commit_probe_at_commit AFTER INSERT ON commit_probe
          DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION commit_probe_warn();
        """);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task CommitAsync(int id, bool warn)
    {
        await using var db = new SpatialPlanDbContext(PostGisConnection.Options(database.ConnectionString));
        await using var transaction = await db.Database.BeginTransactionAsync(Ct);
        await db.Database.ExecuteSqlAsync($"INSERT INTO commit_probe VALUES ({id}, {warn})", Ct);
        await transaction.CommitAsync(Ct);
    }

    [Fact]
    public async Task ACommitTheStandbyDidNotConfirmIsAnOutageNotASave()
    {
        var e = await Assert.ThrowsAsync<UnreplicatedCommitException>(() => CommitAsync(1, warn: true));

        Assert.Equal(StoreFault.Unavailable, new PostGisFaults().Classify(e));
    }

    [Fact]
    public async Task AnOrdinaryCommitPassesAndTheNextOneOnAPooledConnectionToo()
    {
        await Assert.ThrowsAsync<UnreplicatedCommitException>(() => CommitAsync(2, warn: true));

        await CommitAsync(3, warn: false); // the warning of an earlier commit does not stick to the connection
        await CommitAsync(4, warn: false);
    }
}
