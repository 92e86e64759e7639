using System.Text.Json.Serialization;

namespace SpatialPlan.Core.Catalogue;

/// <summary>One collection of the plan as the catalogue (<c>geodata/layers.json</c>) describes it.</summary>
public sealed record LayerDefinition
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    /// <summary>The GeoJSON file, relative to the geodata folder.</summary>
    [JsonPropertyName("file")] public required string File { get; init; }
    [JsonPropertyName("title")] public required LocalizedText Title { get; init; }
    [JsonPropertyName("description")] public required LocalizedText Description { get; init; }
    [JsonPropertyName("group")] public required LayerGroup Group { get; init; }
    /// <summary>Polygon, MultiPolygon, LineString, MultiLineString, Point, or Geometry for mixed types.</summary>
    [JsonPropertyName("geometryType")] public required string GeometryType { get; init; }
    /// <summary>Lower draws first (below).</summary>
    [JsonPropertyName("drawOrder")] public required int DrawOrder { get; init; }
    /// <summary>Planners' records: the only data that can be written.</summary>
    [JsonPropertyName("writable")] public bool Writable { get; init; }
    /// <summary>How the layer is labelled, on screen and in exports; null for a layer never labelled.</summary>
    [JsonPropertyName("labels")] public LabelPolicy? Labels { get; init; }

    /// <summary>The Chinese label property, kept in <c>/api/layers</c> for its existing clients; <see cref="Labels"/> is the policy.</summary>
    [JsonPropertyName("labelField")] public string? LabelField => Labels?.Property.Zh;

    [JsonPropertyName("style")] public required PathStyle Style { get; init; }
    [JsonPropertyName("categories")] public LayerCategories? Categories { get; init; }
    [JsonPropertyName("legend")] public required LocalizedText Legend { get; init; }
    [JsonPropertyName("source")] public required string Source { get; init; }
    [JsonPropertyName("licence")] public required string Licence { get; init; }

    /// <summary>The style of a feature whose category property has <paramref name="categoryValue"/>.</summary>
    public PathStyle StyleFor(string? categoryValue) =>
        Style.With(Categories?.Classes.FirstOrDefault(c => c.Value == categoryValue)?.Style);
}
