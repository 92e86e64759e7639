using System.Text.Json.Serialization;

namespace SpatialPlan.Core.Catalogue;

/// <summary>
/// Symbology in Leaflet's own Path option names (Leaflet <c>src/layer/vector/Path.js</c>), so the browser
/// uses it as it is and the image renderer maps it in one place. Null means "not set here": a category's
/// style only overrides what it sets.
/// </summary>
public sealed record PathStyle
{
    [JsonPropertyName("color")] public string? Color { get; init; }
    [JsonPropertyName("weight")] public double? Weight { get; init; }
    [JsonPropertyName("opacity")] public double? Opacity { get; init; }
    [JsonPropertyName("fillColor")] public string? FillColor { get; init; }
    [JsonPropertyName("fillOpacity")] public double? FillOpacity { get; init; }
    [JsonPropertyName("dashArray")] public string? DashArray { get; init; }
    /// <summary>Radius in pixels of a point symbol (Leaflet <c>CircleMarker</c>).</summary>
    [JsonPropertyName("radius")] public double? Radius { get; init; }

    /// <summary>This style with every option that <paramref name="over"/> sets taken from it.</summary>
    public PathStyle With(PathStyle? over) => over is null ? this : new PathStyle
    {
        Color = over.Color ?? Color,
        Weight = over.Weight ?? Weight,
        Opacity = over.Opacity ?? Opacity,
        FillColor = over.FillColor ?? FillColor,
        FillOpacity = over.FillOpacity ?? FillOpacity,
        DashArray = over.DashArray ?? DashArray,
        Radius = over.Radius ?? Radius,
    };
}
