using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SpatialPlan.Web.Http;

namespace SpatialPlan.Web.Basemap;

/// <summary>Proxies 天地图 tiles, adding the key on the server.</summary>
public static class TiandituEndpoints
{
    public const string HttpClientName = "tianditu";

    /// <summary>vec: vector map, cva: its Chinese annotation, img: imagery, cia: its annotation.</summary>
    private static readonly string[] Layers = ["vec", "cva", "img", "cia"];

    public static IEndpointRouteBuilder MapTiandituEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/tiles/tianditu/{layer}/{z:int}/{x:int}/{y:int}", GetTile)
            .AllowQueryParameters()
            .WithTags("Basemap")
            .WithName("GetTiandituTile")
            .WithSummary("A 天地图 tile (Web Mercator), proxied so the key never reaches the browser");
        return routes;
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GetTile(
        string layer, int z, int x, int y, IOptions<TiandituOptions> options, IHttpClientFactory clients,
        CancellationToken cancellationToken)
    {
        var tianditu = options.Value;
        if (!tianditu.IsConfigured)
        {
            return TypedResults.Problem(detail: "Tianditu tiles are not configured on this server (Tianditu:Key).",
                statusCode: StatusCodes.Status404NotFound, title: "Basemap not available");
        }

        var errors = new Dictionary<string, string[]>();
        if (!Layers.Contains(layer))
        {
            errors["layer"] = [$"must be one of {string.Join(", ", Layers)}"];
        }

        if (z is < 1 or > 18)
        {
            errors["z"] = ["must be 1..18"];
        }
        else if (x < 0 || y < 0 || x >= 1 << z || y >= 1 << z)
        {
            errors["x/y"] = [$"must be 0..{(1 << z) - 1} at zoom {z}"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Invalid tile address");
        }

        var url = tianditu.UrlTemplate
            .Replace("{s}", ((x + y) % 8).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{layer}", layer, StringComparison.Ordinal)
            .Replace("{z}", z.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{x}", x.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{y}", y.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{key}", Uri.EscapeDataString(tianditu.Key!), StringComparison.Ordinal);
        try
        {
            using var response = await clients.CreateClient(HttpClientName).GetAsync(url, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return UpstreamFailed($"the tile server answered {(int)response.StatusCode}");
            }

            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return TypedResults.File(bytes, response.Content.Headers.ContentType?.MediaType ?? "image/png");
        }
        catch (HttpRequestException)
        {
            return UpstreamFailed("the tile server could not be reached");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return UpstreamFailed("the tile server did not answer in time");
        }
    }

    // The key is in the upstream URL: never echo it, only what went wrong.
    private static ProblemHttpResult UpstreamFailed(string why) =>
        TypedResults.Problem(detail: $"Tianditu tile unavailable: {why}.", statusCode: StatusCodes.Status502BadGateway,
            title: "Basemap tile unavailable");
}
