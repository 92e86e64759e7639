using System.Text.Json.Serialization;
using SpatialPlan.Core.Features;

namespace SpatialPlan.Core.Catalogue;

/// <summary>
/// How a layer is labelled, read by the web map and the export renderer alike: which feature property holds
/// the label in each language, how prominent the label is, and whether the screen map shows it permanently.
/// A layer without a policy is never labelled.
/// </summary>
public sealed record LabelPolicy
{
    /// <summary>The feature property that holds the label text, per language (say <c>name_zh</c> / <c>name_en</c>).</summary>
    [JsonPropertyName("property")] public required LocalizedText Property { get; init; }

    /// <summary>
    /// Prominence, 0 first: an export places rank 0 first in the largest bold type (the zones), 1 in medium bold
    /// type, the rest small; rank 3 is set in ink and rank 4 or more muted, lower ranks in the feature's stroke colour.
    /// </summary>
    [JsonPropertyName("rank")] public required int Rank { get; init; }

    /// <summary>
    /// Whether the screen map labels this layer's areas permanently. The export labels every layer with a policy,
    /// because its placer drops labels that would collide; the screen map has no placer, so it shows only these.
    /// </summary>
    [JsonPropertyName("onScreen")] public bool OnScreen { get; init; }

    /// <summary>
    /// The label of a feature in a language: the language's property, else the Chinese one; null when both are
    /// missing or empty. Any language but "en" reads Chinese.
    /// </summary>
    public string? TextOf(PlanFeature feature, string language) =>
        NonEmpty(feature.Text(Property.For(language))) ?? NonEmpty(feature.Text(Property.Zh));

    private static string? NonEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
