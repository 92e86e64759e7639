using System.Text.Json;
using NetTopologySuite.Features;
using SpatialPlan.Core.Features;

namespace SpatialPlan.Core.Geodata;

/// <summary>
/// Writes features as a GeoJSON FeatureCollection one feature at a time, so a response or a file can be
/// streamed rather than built in memory. Geometry and properties go through NetTopologySuite.IO.GeoJSON4STJ.
/// </summary>
public static class GeoJsonFeatureWriter
{
    /// <summary>Writes the whole collection; see <see cref="WriteStart"/> for <paramref name="foreignMembers"/>.</summary>
    public static void WriteCollection(
        Utf8JsonWriter writer, IEnumerable<PlanFeature> features, Action<Utf8JsonWriter>? foreignMembers = null)
    {
        WriteStart(writer, foreignMembers);
        foreach (var feature in features)
        {
            WriteFeature(writer, feature);
        }

        WriteEnd(writer);
    }

    /// <summary>Opens the collection and its "features" array.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="foreignMembers">Writes extra members (OGC API links, counts) before "features".</param>
    public static void WriteStart(Utf8JsonWriter writer, Action<Utf8JsonWriter>? foreignMembers = null)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        foreignMembers?.Invoke(writer);
        writer.WritePropertyName("features");
        writer.WriteStartArray();
    }

    /// <summary>Writes one GeoJSON Feature (id at the top level, RFC 7946 ring orientation) at the writer's position.</summary>
    public static void WriteFeature(Utf8JsonWriter writer, PlanFeature feature) =>
        JsonSerializer.Serialize<IFeature>(writer, feature, GeoJsonSerialization.Options);

    /// <summary>Closes what <see cref="WriteStart"/> opened.</summary>
    public static void WriteEnd(Utf8JsonWriter writer)
    {
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
