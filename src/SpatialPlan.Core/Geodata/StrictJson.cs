using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpatialPlan.Core.Geodata;

/// <summary>
/// How every request body and uploaded file is read: no duplicate keys (which would let two readers see two
/// different values), no NaN or Infinity literals (System.Text.Json refuses them as JSON does), numbers never
/// read from strings, and nesting at most <see cref="MaxDepth"/> levels so hostile nesting costs nothing.
/// </summary>
public static class StrictJson
{
    /// <summary>Deep enough for a MultiPolygon in a Feature in a FeatureCollection (7 levels), shallow enough
    /// for hostile nesting.</summary>
    public const int MaxDepth = 16;

    /// <summary>For <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/>; a
    /// violation is a <see cref="JsonException"/>.</summary>
    public static JsonDocumentOptions DocumentOptions { get; } = new() { MaxDepth = MaxDepth, AllowDuplicateProperties = false };

    /// <summary>For <see cref="JsonSerializer"/>: the same rules, read-only; copy it (<c>new(StrictJson.SerializerOptions)</c>)
    /// to add a reader's own, such as refusing unknown members.</summary>
    public static JsonSerializerOptions SerializerOptions { get; } = CreateSerializerOptions();

    private static JsonSerializerOptions CreateSerializerOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            MaxDepth = MaxDepth,
            AllowDuplicateProperties = false,
            NumberHandling = JsonNumberHandling.Strict,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
