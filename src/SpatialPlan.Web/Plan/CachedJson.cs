using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Plan;
using SpatialPlan.Web.VectorTiles;

namespace SpatialPlan.Web.Plan;

/// <summary>
/// A JSON document that changes only with a deploy: serialized once, served with a strong ETag so
/// browsers revalidate with If-None-Match and get 304 without a body.
/// </summary>
public abstract class CachedJson
{
    internal static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    protected CachedJson(object document)
    {
        Bytes = JsonSerializer.SerializeToUtf8Bytes(document, document.GetType(), Options);
        ETag = "\"" + Convert.ToHexStringLower(SHA256.HashData(Bytes))[..32] + "\"";
    }

    public byte[] Bytes { get; }

    public string ETag { get; }

    public IResult ToResult(HttpContext context)
    {
        context.Response.Headers.ETag = ETag;
        context.Response.Headers.CacheControl = "no-cache";
        var ifNoneMatch = context.Request.Headers.IfNoneMatch.ToString();
        return ifNoneMatch.Split(',').Any(t => t.Trim() == ETag || t.Trim() == "*")
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Bytes(Bytes, "application/json");
    }

    /// <summary>The layer catalogue with symbology (<c>/api/layers</c>), and which layers the map draws from tiles.</summary>
    public sealed class Catalogue(LayerCatalogue catalogue, TiledLayers tiled) : CachedJson(tiled.Annotate(catalogue, Options));

    /// <summary>The plan's targets and zone texts (<c>/api/plan</c>).</summary>
    public sealed class Plan(PlanDocument plan) : CachedJson(plan);
}
