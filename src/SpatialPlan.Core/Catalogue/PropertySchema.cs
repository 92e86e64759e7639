using System.Text.Json.Serialization;

namespace SpatialPlan.Core.Catalogue;

/// <summary>
/// One property of a collection's features as the catalogue declares it: its JSON type and a title. Declared
/// properties are the collection's queryables (OGC API – Features Part 3): the ones a filter, an equality parameter
/// or <c>sortby</c> may name, compared as this type in both stores.
/// </summary>
public sealed record PropertySchema
{
    /// <summary>JSON Schema type: <c>string</c>, <c>number</c>, <c>integer</c>, <c>boolean</c> or <c>array</c> (arrays are
    /// listed, but only <c>IS NULL</c> tests them).</summary>
    [JsonPropertyName("type")] public required string Type { get; init; }

    /// <summary>What the property holds, for people.</summary>
    [JsonPropertyName("title")] public string? Title { get; init; }

    /// <summary>Whether comparisons take it as a number (<c>number</c> or <c>integer</c>).</summary>
    [JsonIgnore] public bool IsNumeric => Type is "number" or "integer";

    /// <summary>Whether it can be compared, sorted and matched (not an array).</summary>
    [JsonIgnore] public bool IsScalar => Type is "string" or "number" or "integer" or "boolean";

    /// <summary>The types the catalogue accepts.</summary>
    public static readonly string[] Types = ["string", "number", "integer", "boolean", "array"];
}
