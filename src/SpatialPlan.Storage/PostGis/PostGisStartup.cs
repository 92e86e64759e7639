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
    IDbContextFactory<SpatialPlanDbContext> contexts, PlanGeodata geodata, ILogger<PostGisStartup> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _ready;

    public bool IsReady => _ready;

    public async Task EnsureReadyAsync(CancellationToken cancellationToken)
    {
        if (_ready)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_ready)
            {
                return;
            }

            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                await db.Database.MigrateAsync(cancellationToken);
            }

            await PostGisSeeder.SeedAsync(contexts, geodata, logger, cancellationToken);
            _ready = true;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
