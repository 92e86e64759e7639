using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Features;
using SpatialPlan.Core.Geodata;

namespace SpatialPlan.Storage.PostGis;

/// <summary>
/// Feature properties to and from a JSONB object plus the list of names in order. JSONB sorts keys and rewrites
/// numbers by value (1e15 → 1000000000000000, 3.0 stays 3.0), so the names carry the order and a double is always
/// written with a fraction: it comes back a double, never a long, and the API writes the same text as the
/// embedded store. Values inside arrays and objects keep their value; object keys there follow JSONB's order.
/// </summary>
internal static class PropertiesJson
{
    public static (string Json, string[] Names) Write(IAttributesTable attributes)
    {
        var names = attributes.GetNames();
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var name in names)
            {
                writer.WritePropertyName(name);
                WriteValue(writer, attributes[name]);
            }

            writer.WriteEndObject();
        }

        return (System.Text.Encoding.UTF8.GetString(buffer.ToArray()), names);
    }

    public static AttributesTable Read(string json, string[] names)
    {
        using var document = JsonDocument.Parse(json);
        var table = new AttributesTable();
        foreach (var name in names)
        {
            table.Add(name, document.RootElement.TryGetProperty(name, out var value) ? PropertyValues.FromJson(value) : null);
        }

        return table;
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case double d when double.IsFinite(d):
                writer.WriteRawValue(FormatDouble(d));
                break;
            case float f when float.IsFinite(f):
                writer.WriteRawValue(FormatDouble(f));
                break;
            default:
                JsonSerializer.Serialize(writer, value, GeoJsonSerialization.Options);
                break;
        }
    }

    /// <summary>Shortest round-trip text; an integral value in full with ".0" (3 → 3.0, 1E+15 → 1000000000000000.0)
    /// so that JSONB keeps it non-integral.</summary>
    private static string FormatDouble(double value) => value == Math.Floor(value)
        ? value.ToString("F1", CultureInfo.InvariantCulture)
        : value.ToString("R", CultureInfo.InvariantCulture);
}
