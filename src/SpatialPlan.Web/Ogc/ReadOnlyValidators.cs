using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Net.Http.Headers;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Geodata;

namespace SpatialPlan.Web.Ogc;

/// <summary>
/// ETag and Last-Modified of a read-only collection's documents (its metadata and items pages). Such a collection
/// changes only when its geodata file does and the app restarts (both stores load it at start-up), so a validator is
/// the file's identity (size, time written), the catalogue entry and this build, hashed with the request's URL: no
/// page needs reading to answer <c>If-None-Match</c> with 304. Weak, as the items' <c>timeStamp</c> member differs.
/// Writable collections (built-up) get none: the integrator's record versions are their validators.
/// </summary>
public sealed class ReadOnlyValidators(PlanGeodata geodata, string geodataDirectory)
{
    private static readonly string Build = typeof(ReadOnlyValidators).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private readonly ConcurrentDictionary<string, (string Tag, DateTimeOffset Written)> _collections = new(StringComparer.Ordinal);

    /// <summary>Sets ETag and Last-Modified for a read-only collection and tells whether the client's copy is current
    /// (answer 304); false, setting nothing, for a writable one.</summary>
    public bool IsNotModified(HttpContext context, LayerDefinition layer)
    {
        if (layer.Writable)
        {
            return false;
        }

        var (tag, written) = _collections.GetOrAdd(layer.Id, _ => Identify(layer));
        var request = context.Request;
        var etag = new EntityTagHeaderValue(
            "\"" + Hash($"{tag}\n{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{request.QueryString}")[..32] + "\"",
            isWeak: true);
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.LastModified = written;
        context.Response.Headers.CacheControl = "no-cache";

        var requestHeaders = request.GetTypedHeaders();
        if (requestHeaders.IfNoneMatch is { Count: > 0 } ifNoneMatch)
        {
            return ifNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false));
        }

        return requestHeaders.IfModifiedSince is { } since && written <= since;
    }

    private (string Tag, DateTimeOffset Written) Identify(LayerDefinition layer)
    {
        var path = geodata.Deferred.TryGetValue(layer.Id, out var deferred) ? deferred.Path : Path.Combine(geodataDirectory, layer.File);
        var file = new FileInfo(path);
        var written = file.Exists ? file.LastWriteTimeUtc : DateTime.UnixEpoch;
        // HTTP dates have whole seconds; a finer Last-Modified would never equal the If-Modified-Since sent back.
        var seconds = new DateTimeOffset(written.Ticks - (written.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        var tag = Hash($"{Build}\n{JsonSerializer.Serialize(layer)}\n{path}\n{(file.Exists ? file.Length : -1)}\n{written.Ticks}");
        return (tag, seconds);
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
