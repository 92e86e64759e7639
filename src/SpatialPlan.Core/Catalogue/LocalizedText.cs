using System.Text.Json.Serialization;

namespace SpatialPlan.Core.Catalogue;

/// <summary>A text in Chinese (the planners' first language) and English.</summary>
public sealed record LocalizedText(
    [property: JsonPropertyName("zh")] string Zh,
    [property: JsonPropertyName("en")] string En)
{
    /// <summary>The text for a language code; anything but "en" gets Chinese.</summary>
    public string For(string language) => language == "en" ? En : Zh;
}
