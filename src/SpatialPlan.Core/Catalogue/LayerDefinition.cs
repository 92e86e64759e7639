using System.Text.Json.Serialization;

namespace SpatialPlan.Core.Catalogue;

/// <summary>One collection of the plan as the catalogue (<c>geodata/layers.json</c>) describes it.</summary>
public sealed record LayerDefinition
{
    /// <summary>The collection id in URLs and the store: lowercase kebab-case, unique in the catalogue.</summary>
    [JsonPropertyName("id")] public required string Id { get; init; }
    /// <summary>The GeoJSON file, relative to the geodata folder.</summary>
    [JsonPropertyName("file")] public required string File { get; init; }
    /// <summary>The name shown in the layer panel, the legend and <c>/ogc/collections</c>.</summary>
    [JsonPropertyName("title")] public required LocalizedText Title { get; init; }
    /// <summary>One or two sentences on what the layer shows, for the API and the panel.</summary>
    [JsonPropertyName("description")] public required LocalizedText Description { get; init; }
    /// <summary>The layer panel group the layer is listed under.</summary>
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

    /// <summary>The layer's style; <see cref="Categories"/> may override parts of it per feature.</summary>
    [JsonPropertyName("style")] public required PathStyle Style { get; init; }
    /// <summary>Styles by the value of one property; null when every feature has <see cref="Style"/>.</summary>
    [JsonPropertyName("categories")] public LayerCategories? Categories { get; init; }
    /// <summary>The legend entry's text (for a categorised layer, its heading).</summary>
    [JsonPropertyName("legend")] public required LocalizedText Legend { get; init; }
    /// <summary>Where the data comes from, as the export note and the API cite it.</summary>
    [JsonPropertyName("source")] public required string Source { get; init; }
    /// <summary>The licence of the data (e.g. ODbL for OpenStreetMap-derived layers).</summary>
    [JsonPropertyName("licence")] public required string Licence { get; init; }

    /// <summary>The features' properties and their types: the collection's queryables (Part 3); null or empty for none
    /// declared (an extra collection), where no filter, equality parameter or sortby on a property is accepted.</summary>
    [JsonPropertyName("properties")] public IReadOnlyDictionary<string, PropertySchema>? Properties { get; init; }

    /// <summary><see cref="Properties"/>, empty when none are declared.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, PropertySchema> Queryables => Properties ?? NoProperties;

    private static readonly Dictionary<string, PropertySchema> NoProperties = new(StringComparer.Ordinal);

    /// <summary>The style of a feature whose category property has <paramref name="categoryValue"/>.</summary>
    public PathStyle StyleFor(string? categoryValue) =>
        Style.With(Categories?.Classes.FirstOrDefault(c => c.Value == categoryValue)?.Style);
}
