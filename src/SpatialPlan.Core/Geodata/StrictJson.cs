using System.Text.Json;
using System.Text.Json.Serialization;
using SpatialPlan.Core.Text;

namespace SpatialPlan.Core.Geodata;

/// <summary>
/// How every request body and uploaded file is read: no duplicate keys (which would let two readers see two
/// different values), no NaN or Infinity literals (System.Text.Json refuses them as JSON does), numbers never
/// read from strings, nesting at most <see cref="MaxDepth"/> levels so hostile nesting costs nothing, and no
/// text that is not Unicode (a lone UTF-16 surrogate such as <c>"\ud800"</c>, which JSON's escapes allow but no
/// store can keep and System.Text.Json cannot turn into a string).
/// </summary>
public static class StrictJson
{
    /// <summary>Deep enough for a MultiPolygon in a Feature in a FeatureCollection (7 levels), shallow enough
    /// for hostile nesting.</summary>
    public const int MaxDepth = 16;

    /// <summary>For <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/>; a
    /// violation is a <see cref="JsonException"/>.</summary>
    public static JsonDocumentOptions DocumentOptions { get; } = new() { MaxDepth = MaxDepth, AllowDuplicateProperties = false };

    /// <summary>
    /// Parses a body by these rules and checks that every property name and string value is Unicode text, so
    /// readers of the document never meet a string they cannot read. A violation is a <see cref="JsonException"/>;
    /// text that is not Unicode is a <see cref="NotUnicodeTextException"/> naming where it is.
    /// </summary>
    /// <param name="utf8Json">The body as UTF-8.</param>
    public static JsonDocument Parse(ReadOnlyMemory<byte> utf8Json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, DocumentOptions);
        }
        catch (InvalidOperationException)
        {
            // The duplicate-key check reads property names, and one that is not Unicode stops it: find where it is.
            using var tolerant = JsonDocument.Parse(utf8Json, DocumentOptions with { AllowDuplicateProperties = true });
            RefuseUnreadableText(tolerant.RootElement, "");
            throw;
        }

        try
        {
            RefuseUnreadableText(document.RootElement, "");
            return document;
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    private static void RefuseUnreadableText(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var name = ReadableName(property, path);
                    RefuseUnreadableText(property.Value, path.Length == 0 ? EchoedText.Shorten(name, 40) : $"{path}.{EchoedText.Shorten(name, 40)}");
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    RefuseUnreadableText(item, $"{path}[{index++}]");
                }

                break;
            case JsonValueKind.String:
                try
                {
                    _ = element.GetString();
                }
                catch (InvalidOperationException)
                {
                    throw new NotUnicodeTextException(path.Length == 0 ? "body" : path, isPropertyName: false);
                }

                break;
        }
    }

    private static string ReadableName(JsonProperty property, string path)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            throw new NotUnicodeTextException(path.Length == 0 ? "body" : path, isPropertyName: true);
        }
    }

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
