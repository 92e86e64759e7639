using System.Text.Json.Serialization;

namespace SpatialPlan.Core.Catalogue;

/// <summary>Categorical symbology: the feature property <see cref="Field"/> picks one of the classes.</summary>
public sealed record LayerCategories(
    [property: JsonPropertyName("field")] string Field,
    [property: JsonPropertyName("classes")] IReadOnlyList<CategoryClass> Classes);

/// <summary>One category: the property value, its legend label and the style options it overrides.</summary>
public sealed record CategoryClass(
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("label")] LocalizedText Label,
    [property: JsonPropertyName("style")] PathStyle? Style);
