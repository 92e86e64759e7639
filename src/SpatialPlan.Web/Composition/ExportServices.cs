using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SpatialPlan.Rendering.Export;
using SpatialPlan.Rendering.Text;
using SpatialPlan.Web.Export;

namespace SpatialPlan.Web.Composition;

/// <summary>Map export: options, the font (resolved once), the exporter over the configured store, the render gate and
/// the thread pool room its slots need.</summary>
public static class ExportServices
{
    public static IServiceCollection AddMapExport(this IServiceCollection services)
    {
        services.AddOptions<ExportOptions>().BindConfiguration(nameof(ExportOptions))
            .Validate(o => o.RenderTimeoutSeconds > 0 && o.MaxPixels >= 1 && o.MaxConcurrentRenders >= 0 &&
                           o.MaxQueuedRenders >= 0 && o.QueueWaitSeconds >= 0,
                "need RenderTimeoutSeconds > 0, MaxPixels >= 1, MaxConcurrentRenders >= 0, MaxQueuedRenders >= 0, QueueWaitSeconds >= 0")
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ExportOptions>>().Value;
            var fonts = new FontOptions { UseWellKnownPaths = options.UseWellKnownFontPaths };
            foreach (var path in options.FontPaths)
            {
                fonts.Paths.Add(path);
            }

            return FontResolver.Resolve(fonts);
        });
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<MapExporter>();
        services.AddSingleton<RenderGate>();
        services.AddHostedService<RenderThreadReservation>();
        services.AddSingleton<ExportRunner>();
        return services;
    }

    /// <summary>Keeps a pool thread per render slot, once, as the host starts (process-wide, so not in the gate).</summary>
    private sealed class RenderThreadReservation(IOptions<ExportOptions> options) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            RenderThreadPool.Reserve(options.Value.ConcurrentRenders);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
