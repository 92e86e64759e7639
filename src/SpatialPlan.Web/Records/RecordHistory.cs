using System.Text.Json;
using System.Text.Json.Serialization;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Geodata;

namespace SpatialPlan.Web.Records;

/// <summary>A record's versions, oldest first, each with the record as it was then (a GeoJSON Feature).</summary>
public sealed record RecordHistory(
    [property: JsonPropertyName("featureId")] string FeatureId,
    [property: JsonPropertyName("versions")] IReadOnlyList<RecordHistory.Entry> Versions)
{
    public sealed record Entry(
        [property: JsonPropertyName("version")] int Version,
        [property: JsonPropertyName("action")] string Action,
        [property: JsonPropertyName("at")] DateTimeOffset At,
        [property: JsonPropertyName("author")] string? Author,
        [property: JsonPropertyName("feature")] JsonElement Feature);

    public static RecordHistory Of(string featureId, IReadOnlyList<FeatureVersion> versions) => new(featureId,
        versions.Select(v => new Entry(v.Version, v.Action.ToString().ToLowerInvariant(), v.At, v.Author,
            JsonSerializer.SerializeToElement<NetTopologySuite.Features.IFeature>(v.Feature, GeoJsonSerialization.Options))).ToList());
}
