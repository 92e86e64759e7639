using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace SpatialPlan.Web.Http;

/// <summary>
/// What GIS clients and other sites' pages expect of HTTP: HEAD on GET routes, Brotli or gzip on JSON (items pages are
/// text that shrinks about fivefold; tiles and images are compressed already and left alone), and CORS for reads.
/// </summary>
public static class ClientProtocols
{
    /// <summary>The policy every GET endpoint follows: the configured origins, GET and HEAD, no credentials.</summary>
    public const string ReadOnlyCors = "read-only";

    /// <summary>What is compressed: the API's JSON. Not HTML (it carries antiforgery tokens, a BREACH target), not
    /// Mapbox vector tiles, PNG or PDF (compressed already).</summary>
    public static readonly string[] CompressedTypes =
    [
        "application/json", "application/geo+json", "application/problem+json", "application/schema+json",
        "application/vnd.oai.openapi+json", "image/svg+xml", "text/plain", "text/css", "text/javascript",
    ];

    public static IServiceCollection AddClientProtocols(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true; // only the types above, none of which carries a secret next to text an attacker chooses
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = CompressedTypes;
        });
        // Fastest: a 5 MB page then costs tens of milliseconds, not seconds, and still shrinks about fivefold.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.AddSettings<CrossOriginOptions>(CrossOriginOptions.Section);
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<IOptions<CrossOriginOptions>>((cors, origins) => cors.AddPolicy(ReadOnlyCors, policy =>
            {
                var allowed = origins.Value.Origins();
                _ = allowed.Contains("*") ? policy.AllowAnyOrigin() : policy.WithOrigins(allowed);
                policy.WithMethods(HttpMethods.Get, HttpMethods.Head)
                    .AllowAnyHeader()
                    .WithExposedHeaders("Content-Crs", "ETag", "Last-Modified", "Link");
            }));
        return services;
    }

    /// <summary>HEAD, then compression, then routing (so HEAD finds the GET endpoint), then CORS for GET and HEAD.</summary>
    public static WebApplication UseClientProtocols(this WebApplication app)
    {
        app.UseHeadAsGet();
        app.UseResponseCompression();
        app.UseRouting();
        app.UseCors(ReadOnlyCors);
        return app;
    }
}
