using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SpatialPlan.Core.Geodata;

namespace SpatialPlan.Storage.PostGis;

/// <summary>
/// Brings the database up to date once: applies the migrations, then seeds geodata. The app calls it at start-up;
/// the store calls it before each operation, so an app started while the database was down catches up by itself
/// when the database comes back. Until then every call fails with the database's own (transient) exception.
/// </summary>
public sealed class PostGisStartup(
    IDbContextFactory<SpatialPlanDbContext> contexts, PlanGeodata geodata, ILogger<PostGisStartup> logger)
{
    private readonly Lock _lock = new();
    private Task? _attempt;
    private volatile bool _ready;

    /// <summary>Completes when the database is ready. Callers arriving while an attempt runs share it (so an outage
    /// does not queue one retry budget per request); a failed attempt is replaced by the next caller's.</summary>
    public Task EnsureReadyAsync(CancellationToken cancellationToken)
    {
        if (_ready)
        {
            return Task.CompletedTask;
        }

        lock (_lock)
        {
            if (_attempt is null || _attempt.IsFaulted || _attempt.IsCanceled)
            {
                // Not the caller's token: one aborted request must not cancel the attempt others wait for.
                _attempt = RunAsync();
            }

            return _attempt.WaitAsync(cancellationToken);
        }
    }

    private async Task RunAsync()
    {
        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.Database.SetCommandTimeout(PostGisConnection.StartupCommandTimeout);
            await db.Database.MigrateAsync();
        }

        await PostGisSeeder.SeedAsync(contexts, geodata, logger, CancellationToken.None);
        _ready = true;
    }
}
