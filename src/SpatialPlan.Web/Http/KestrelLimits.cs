using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace SpatialPlan.Web.Http;

/// <summary>
/// Kestrel's limits for a server that faces the network: slow or oversized clients are cut off before they tie up
/// connections or memory. The defaults here are overridden by the standard <c>Kestrel:Limits</c> section
/// (e.g. <c>Kestrel__Limits__RequestHeadersTimeout=00:00:05</c>, <c>Kestrel__Limits__MinRequestBodyDataRate__BytesPerSecond</c>).
/// </summary>
public static class KestrelLimits
{
    /// <summary>The largest legitimate body: a built-up import (whole multipart body, <c>BuiltUpImportOptions:MaxUploadBytes</c>).
    /// Endpoints with smaller bodies lower it per request (BoundedBody); the import raises it if configured higher.</summary>
    public const long MaxRequestBodyBytes = 20 * 1024 * 1024;

    private const int MinBytesPerSecond = 240;
    private static readonly TimeSpan RateGracePeriod = TimeSpan.FromSeconds(5);

    public static WebApplicationBuilder UseKestrelLimits(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            var limits = kestrel.Limits;
            var config = context.Configuration;
            limits.MaxRequestBodySize = Math.Max(MaxRequestBodyBytes, config.GetValue<long?>("BuiltUpImportOptions:MaxUploadBytes") ?? 0);
            limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10); // slowloris: the whole header block within 10 s
            limits.KeepAliveTimeout = TimeSpan.FromSeconds(60);
            limits.MaxConcurrentConnections = 1000;
            limits.MaxConcurrentUpgradedConnections = 200; // the map page's Blazor circuits (WebSockets)
            var section = config.GetSection("Kestrel:Limits");
            section.Bind(limits);

            // MinDataRate has no setters, so the binder cannot fill it: read its two values by the same names
            limits.MinRequestBodyDataRate = DataRate(section.GetSection(nameof(limits.MinRequestBodyDataRate)));
            limits.MinResponseDataRate = DataRate(section.GetSection(nameof(limits.MinResponseDataRate)));
        });
        return builder;
    }

    /// <summary>A client slower than this (after the grace period) is disconnected: a slow-drip body or a reader that never reads.</summary>
    private static MinDataRate DataRate(IConfigurationSection section) => new(
        section.GetValue(nameof(MinDataRate.BytesPerSecond), (double)MinBytesPerSecond),
        section.GetValue(nameof(MinDataRate.GracePeriod), RateGracePeriod));
}
