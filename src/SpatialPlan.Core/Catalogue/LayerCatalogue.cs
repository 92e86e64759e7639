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
}
