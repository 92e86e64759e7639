using OpenTelemetry.Metrics;
using SpatialPlan.Web.Http;

namespace SpatialPlan.Web.Telemetry;

/// <summary>
/// OpenTelemetry metrics scraped by Prometheus from a listener of their own (<see cref="TelemetryOptions"/>), so the
/// public port never serves them: request duration per route (ASP.NET Core's <c>http.server.request.duration</c>
/// with <c>http.route</c>), Kestrel's connections, outgoing HTTP (the Tianditu proxy), and the database client's
/// command durations and pool use (Npgsql's own meter, asked for by name: Web references no Npgsql).
/// </summary>
public static class TelemetryServices
{
    /// <summary>The meter Npgsql publishes (commands, connection pool).</summary>
    public const string DatabaseMeter = "Npgsql";

    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<TelemetryOptions>(TelemetryOptions.Section, o => o.MetricsPort is >= 0 and <= 65535,
            $"{TelemetryOptions.Section}:MetricsPort must be 0 (off) or a TCP port");
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (options.MetricsPort is <= 0 or > 65535)
        {
            return services;
        }

        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation()
            .AddMeter("Microsoft.AspNetCore.Server.Kestrel", DatabaseMeter)
            .AddPrometheusHttpListener(o =>
            {
                o.Host = options.MetricsHost;
                o.Port = options.MetricsPort;
            }));
        return services;
    }
}
