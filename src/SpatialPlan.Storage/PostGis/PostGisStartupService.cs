using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SpatialPlan.Storage.PostGis;

/// <summary>Migrates and seeds before the server takes requests. With the database down the app still starts
/// (answering 503) and the store catches up on the first request after the database is back.</summary>
internal sealed class PostGisStartupService(PostGisStartup startup, ILogger<PostGisStartupService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await startup.EnsureReadyAsync(cancellationToken);
        }
        catch (Exception e) when (PostGisFaults.IsTransient(e))
        {
            logger.LogWarning("PostGIS does not answer at start-up ({Message}); answering 503 until it does",
                e.GetBaseException().Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
