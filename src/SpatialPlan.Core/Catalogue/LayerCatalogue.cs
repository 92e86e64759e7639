using System.Text.Json.Serialization;
using SpatialPlan.Core.Geodata;

namespace SpatialPlan.Core.Catalogue;

/// <summary>
/// <c>geodata/layers.json</c>: every collection with its symbology. The web map and the image
/// renderer both read it, so symbology is defined here only.
/// </summary>
public sealed record LayerCatalogue(
    [property: JsonPropertyName("extent")] PlanExtent Extent,
    [property: JsonPropertyName("layers")] IReadOnlyList<LayerDefinition> Layers)
{
    /// <summary>The layer with exactly this id (ordinal, case-sensitive), or null.</summary>
    public LayerDefinition? Find(string id) => Layers.FirstOrDefault(l => l.Id == id);

    /// <summary>
    /// What the coded values of feature properties mean in each language, by property then value
    /// (<c>kind</c>: <c>island</c> → 岛屿 / Island), so no page shows a code; empty when the file has none.
    /// </summary>
    [JsonPropertyName("values")]
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, LocalizedText>> Values { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, LocalizedText>>();

    /// <summary>The label of a coded property value, or null where the catalogue has none.</summary>
    public LocalizedText? ValueLabel(string property, string value) =>
        Values.TryGetValue(property, out var labels) && labels.TryGetValue(value, out var label) ? label : null;
}
