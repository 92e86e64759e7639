using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Web.Configuration;

namespace SpatialPlan.Web.Map;

/// <summary>
/// Which collections the map draws from vector tiles: the read-only ones with more features than
/// <see cref="VectorTileOptions.FeatureThreshold"/>, counted once at start-up (read-only data changes only with a
/// restart). Writable collections stay GeoJSON: they are small and change under the planner's hand. An extra
/// collection whose file was not read at start-up (the PostGIS store reads it only when it changed) is tiled
/// without a count: counting it would mean parsing the file or asking a database that may not be up yet.
/// </summary>
public sealed class TiledLayers
{
    /// <summary>Relative to the page, like the module's other requests; {z}/{y}/{x} filled in by the tile layer.</summary>
    public static string UrlTemplate(string collectionId) =>
        $"ogc/collections/{Uri.EscapeDataString(collectionId)}/tiles/WebMercatorQuad/{{z}}/{{y}}/{{x}}";

    private readonly Dictionary<string, int?> _featureCounts;

    public TiledLayers(PlanGeodata geodata, IOptions<VectorTileOptions> options)
    {
        _featureCounts = geodata.Catalogue.Layers
            .Where(l => !l.Writable)
            .Select(l => (l.Id, Count: KnownCount(geodata, l.Id)))
            .Where(c => c.Count is null || c.Count > options.Value.FeatureThreshold)
            .ToDictionary(c => c.Id, c => c.Count, StringComparer.Ordinal);
    }

    private static int? KnownCount(PlanGeodata geodata, string collectionId) =>
        geodata.Deferred.TryGetValue(collectionId, out var deferred)
            ? deferred.IsRead ? deferred.Features.Count : null
            : geodata.Collections[collectionId].Count;

    /// <summary>The catalogue as <c>/api/layers</c> serves it: each tiled layer gains <c>vectorTiles</c> (the URL
    /// template) and <c>featureCount</c>; the symbology stays the catalogue's own, used by both kinds of layer.</summary>
    public JsonNode Annotate(LayerCatalogue catalogue, JsonSerializerOptions serializerOptions)
    {
        var document = JsonSerializer.SerializeToNode(catalogue, serializerOptions)!;
        foreach (var layer in document["layers"]!.AsArray().Select(n => n!.AsObject()))
        {
            var id = layer["id"]!.GetValue<string>();
            if (_featureCounts.TryGetValue(id, out var count))
            {
                layer["vectorTiles"] = UrlTemplate(id);
                if (count is not null)
                {
                    layer["featureCount"] = count;
                }
            }
        }

        return document;
    }
}
