using System.Text.Json.Serialization;

namespace SpatialPlan.Core.Catalogue;

/// <summary>
/// Symbology in Leaflet's own Path option names (Leaflet <c>src/layer/vector/Path.js</c>), so the browser
/// uses it as it is and the image renderer maps it in one place. Null means "not set here": a category's
/// style only overrides what it sets.
/// </summary>
public sealed record PathStyle
{
    /// <summary>Stroke colour as CSS (<c>#rrggbb</c>); null: not set here.</summary>
    [JsonPropertyName("color")] public string? Color { get; init; }
    /// <summary>Stroke width in screen pixels; null: not set here.</summary>
    [JsonPropertyName("weight")] public double? Weight { get; init; }
    /// <summary>Stroke opacity, 0 to 1; null: not set here.</summary>
    [JsonPropertyName("opacity")] public double? Opacity { get; init; }
    /// <summary>Fill colour as CSS; null: not set here (Leaflet then fills with <see cref="Color"/>).</summary>
    [JsonPropertyName("fillColor")] public string? FillColor { get; init; }
    /// <summary>Fill opacity, 0 to 1; null: not set here.</summary>
    [JsonPropertyName("fillOpacity")] public double? FillOpacity { get; init; }
    /// <summary>Stroke dash pattern as SVG <c>stroke-dasharray</c> (e.g. <c>"6 4"</c>); null: solid or not set here.</summary>
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
