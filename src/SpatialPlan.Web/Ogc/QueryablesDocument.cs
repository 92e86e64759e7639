using System.Text.Json.Serialization;
using SpatialPlan.Core.Catalogue;

namespace SpatialPlan.Web.Ogc;

/// <summary>
/// A collection's queryables (OGC API – Features Part 3, <c>/collections/{id}/queryables</c>): a JSON Schema of the
/// properties the catalogue declares, which filters, equality parameters and sortby may name, plus the geometry.
/// </summary>
public sealed record QueryablesDocument(
    [property: JsonPropertyName("$schema")] string Schema,
    [property: JsonPropertyName("$id")] string Id,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("properties")] IReadOnlyDictionary<string, QueryableProperty> Properties,
    [property: JsonPropertyName("additionalProperties")] bool AdditionalProperties,
    [property: JsonPropertyName("queryables")] IReadOnlyList<DraftQueryable> Draft)
{
    public const string MediaType = "application/schema+json";

    /// <summary>The geometry's pseudo-property name (Part 3 lets a server name it; CQL2 examples use "geometry").</summary>
    public const string GeometryProperty = "geometry";

    public static QueryablesDocument For(LayerDefinition layer, OgcUrls urls)
    {
        var properties = new Dictionary<string, QueryableProperty>(StringComparer.Ordinal)
        {
            [GeometryProperty] = new(null, "Geometry / 几何", Format(layer.GeometryType), "primary-geometry", null),
        };
        foreach (var (name, schema) in layer.Queryables)
        {
            properties[name] = new(schema.Type, schema.Title, null, null, schema.Type == "array" ? new ItemsSchema("string") : null);
        }

        return new("https://json-schema.org/draft/2020-12/schema", urls.Queryables(layer.Id), "object",
            $"{layer.Title.Zh} / {layer.Title.En}", properties, AdditionalProperties: false,
            [.. layer.Queryables.Where(p => p.Value.IsScalar).Select(p => new DraftQueryable(p.Key, p.Value.Type))]);
    }

    /// <summary>Part 3's geometry formats: geometry-point … geometry-any for mixed collections.</summary>
    private static string Format(string geometryType) => geometryType switch
    {
        "Geometry" => "geometry-any",
        _ => "geometry-" + geometryType.ToLowerInvariant(),
    };
}

/// <summary>An entry of the Part 3 draft's list (<c>"queryables": [{"id": …}]</c>), which GDAL up to 3.6 reads to decide
/// which properties it may send in a filter; kept beside the JSON Schema so those clients filter on the server.</summary>
public sealed record DraftQueryable(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("type")] string Type);

public sealed record QueryableProperty(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("format")] string? Format,
    [property: JsonPropertyName("x-ogc-role")] string? Role,
    [property: JsonPropertyName("items")] ItemsSchema? Items);

public sealed record ItemsSchema([property: JsonPropertyName("type")] string Type);
