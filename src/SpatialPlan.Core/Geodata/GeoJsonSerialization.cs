using System.Text.Json;
using NetTopologySuite.IO.Converters;

namespace SpatialPlan.Core.Geodata;

/// <summary>
/// The one set of System.Text.Json options for GeoJSON (NetTopologySuite.IO.GeoJSON4STJ), lon/lat factory,
/// RFC 7946 ring orientation on output.
/// </summary>
public static class GeoJsonSerialization
{
    /// <summary>Deep enough for MultiPolygon coordinates inside a FeatureCollection, shallow enough to refuse
    /// hostile nesting before it costs anything.</summary>
    public const int MaxDepth = 32;

    /// <summary>Reads and writes NTS features and geometries as GeoJSON, in the lon/lat factory; shared, do not modify.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>For GeoJSON files and responses: Chinese text stays readable (never embedded in HTML).</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            MaxDepth = MaxDepth,
            NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict,
        };
        options.Converters.Add(new GeoJsonConverterFactory(
            GeometryFactories.LonLat,
            writeGeometryBBox: false,
            idPropertyName: GeoJsonConverterFactory.DefaultIdPropertyName,
            ringOrientationOption: RingOrientationOption.EnforceRfc9746));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
