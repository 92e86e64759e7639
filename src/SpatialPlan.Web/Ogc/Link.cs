using System.Text.Json.Serialization;

namespace SpatialPlan.Web.Ogc;

/// <summary>An OGC API link (RFC 8288 fields as OGC API – Common writes them).</summary>
public sealed record Link(
    [property: JsonPropertyName("href")] string Href,
    [property: JsonPropertyName("rel")] string Rel,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("title")] string? Title = null);
