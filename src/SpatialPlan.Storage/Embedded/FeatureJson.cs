using System.Buffers;
using System.Text;
using System.Text.Json;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Geodata;

namespace SpatialPlan.Storage.Embedded;

/// <summary>One feature as the GeoJSON text the records database keeps, written and read like the geodata files.</summary>
internal static class FeatureJson
{
    public static string Write(PlanFeature feature)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, GeoJsonSerialization.WriterOptions))
        {
            GeoJsonFeatureWriter.WriteFeature(writer, feature);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static PlanFeature Read(string json, string source, string featureRef)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = GeoJsonSerialization.MaxDepth });
        var (feature, problem) = FeatureCollectionReader.ReadFeature(document.RootElement, featureRef);
        return feature ?? throw new GeodataException([new GeodataProblem(source, problem!.FeatureRef, problem.Message)]);
    }
}
