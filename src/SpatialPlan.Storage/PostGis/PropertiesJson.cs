using System.Buffers;
using System.Globalization;
using System.Text;
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

        return (Encoding.UTF8.GetString(buffer.ToArray()), names);
    }

    /// <summary>The properties in <paramref name="names"/>' order (a name missing from the object gives null), read
    /// with a forward-only reader: no JsonDocument per row, only nested arrays and objects become elements. Values
    /// follow <see cref="PropertyValues.FromJson"/>.</summary>
    public static AttributesTable Read(string json, string[] names)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(json, buffer);
            return Read(buffer.AsSpan(0, length), names);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static AttributesTable Read(ReadOnlySpan<byte> utf8, string[] names)
    {
        var values = new object?[names.Length];
        var reader = new Utf8JsonReader(utf8);
        reader.Read(); // {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var index = IndexOf(ref reader, names);
            reader.Read();
            var value = ReadValue(ref reader);
            if (index >= 0)
            {
                values[index] = value;
            }
        }

        var table = new AttributesTable();
        for (var i = 0; i < names.Length; i++)
        {
            table.Add(names[i], values[i]);
        }

        return table;
    }

    /// <summary>Where the current property name is in <paramref name="names"/> (a few names: a scan beats a lookup).</summary>
    private static int IndexOf(ref Utf8JsonReader reader, string[] names)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (reader.ValueTextEquals(names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static object? ReadValue(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number when reader.TryGetInt64(out var l) => l,
        JsonTokenType.Number => reader.GetDouble(),
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Null => null,
        _ => JsonElement.ParseValue(ref reader),
    };

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
