using System.Text.Json.Serialization;

namespace SpatialPlan.Web.Export;

/// <summary>
/// An export request as it arrives: the POST body's JSON, or the GET query read into the same shape. Every
/// field is optional here; <see cref="ExportSpecReader"/> turns it into a checked map spec.
/// </summary>
public sealed record ExportBody
{
    [JsonPropertyName("format")] public string? Format { get; init; }
    [JsonPropertyName("bbox")] public IReadOnlyList<double>? Bbox { get; init; }
    [JsonPropertyName("center")] public IReadOnlyList<double>? Center { get; init; }
    [JsonPropertyName("scale")] public double? Scale { get; init; }
    [JsonPropertyName("paper")] public string? Paper { get; init; }
    [JsonPropertyName("orientation")] public string? Orientation { get; init; }
    [JsonPropertyName("width")] public int? Width { get; init; }
    [JsonPropertyName("height")] public int? Height { get; init; }
    [JsonPropertyName("dpi")] public int? Dpi { get; init; }
    [JsonPropertyName("layers")] public IReadOnlyList<ExportLayer>? Layers { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("subtitle")] public string? Subtitle { get; init; }
    [JsonPropertyName("lang")] public string? Lang { get; init; }
    [JsonPropertyName("crs")] public string? Crs { get; init; }
    [JsonPropertyName("furniture")] public ExportFurniture? Furniture { get; init; }
}

/// <summary>One layer of a POST body: its id, and optionally visibility, opacity (0..1) and drawing order.</summary>
public sealed record ExportLayer
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("visible")] public bool? Visible { get; init; }
    [JsonPropertyName("opacity")] public double? Opacity { get; init; }
    [JsonPropertyName("order")] public int? Order { get; init; }
}

/// <summary>Which furniture to draw; a missing member keeps its default (all but the grid).</summary>
public sealed record ExportFurniture
{
    [JsonPropertyName("title")] public bool? Title { get; init; }
    [JsonPropertyName("legend")] public bool? Legend { get; init; }
    [JsonPropertyName("scaleBar")] public bool? ScaleBar { get; init; }
    [JsonPropertyName("northArrow")] public bool? NorthArrow { get; init; }
    [JsonPropertyName("labels")] public bool? Labels { get; init; }
    [JsonPropertyName("grid")] public bool? Grid { get; init; }
    [JsonPropertyName("note")] public bool? Note { get; init; }
}
