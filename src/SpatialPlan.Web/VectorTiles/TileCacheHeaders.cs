using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using SpatialPlan.Core.Catalogue;

namespace SpatialPlan.Web.VectorTiles;

/// <summary>
/// Caching of tiles: a strong ETag from the bytes on every tile, so a revalidation costs no body; read-only
/// collections may be reused for a while, a writable one (built-up) must be revalidated every time.
/// </summary>
public sealed class TileCacheHeaders(IOptions<VectorTileOptions> options)
{
    /// <summary>Sets ETag and Cache-Control; true when the client's If-None-Match already has this tile (304).</summary>
    public bool Apply(HttpContext context, LayerDefinition layer, byte[] tile)
    {
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(tile))[..32] + "\"";
        context.Response.Headers.ETag = etag;
        context.Response.Headers.CacheControl = layer.Writable
            ? "no-cache"
            : $"public, max-age={options.Value.ReadOnlyMaxAgeSeconds}";
        return context.Request.Headers.IfNoneMatch.ToString().Split(',').Any(t => t.Trim() == etag || t.Trim() == "*");
    }
}
