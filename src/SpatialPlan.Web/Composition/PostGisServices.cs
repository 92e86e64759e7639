using SpatialPlan.Core.Features;
using SpatialPlan.Core.Tiles;
using SpatialPlan.Storage.PostGis;
using SpatialPlan.Web.Http;

namespace SpatialPlan.Web.Composition;

/// <summary>The PostGIS store: contexts from a factory, start-up migration and seeding, a database health check.</summary>
public static class PostGisServices
{
    public static IServiceCollection AddPostGisStore(this IServiceCollection services, string connectionString)
    {
        services.AddDbContextFactory<SpatialPlanDbContext>(options => PostGisConnection.Configure(options, connectionString));
        services.AddSingleton<PostGisStartup>();
        services.AddSingleton<IFeatureStore, PostGisStore>();
        services.AddSingleton<IVectorTileSource, PostGisVectorTiles>();
        services.AddHostedService<StartupService>();
        services.AddHealthChecks().AddDbContextCheck<SpatialPlanDbContext>("database");
        return services;
    }

    /// <summary>Migrates and seeds before the server takes requests. With the database down the app still starts
    /// (answering 503) and the store catches up on the first request after the database is back.</summary>
    private sealed class StartupService(PostGisStartup startup, ILogger<StartupService> logger) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            try
            {
                await startup.EnsureReadyAsync(cancellationToken);
            }
            catch (Exception e) when (DatabaseUnavailableHandler.IsDatabaseUnavailable(e))
            {
                logger.LogWarning("PostGIS does not answer at start-up ({Message}); answering 503 until it does",
                    e.GetBaseException().Message);
            }
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
