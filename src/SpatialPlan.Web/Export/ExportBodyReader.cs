using System.Text.Json;
using System.Text.Json.Serialization;
using SpatialPlan.Core.Geodata;

namespace SpatialPlan.Web.Export;

/// <summary>
/// Reads the POST body strictly: JSON only (<see cref="StrictJson"/>: no duplicate keys, no strings for numbers),
/// at most 64 KiB, no unknown members. A malformed body is a 400 naming the JSON path at fault, not the
/// framework's bare binding error.
/// </summary>
public static class ExportBodyReader
{
    public const int MaxBytes = 64 * 1024;

    // The project's strict reading, plus the export's own: no unknown members, and a flat body.
    private static readonly JsonSerializerOptions Options = new(StrictJson.SerializerOptions)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        MaxDepth = 8,
    };

    public static async Task<(ExportBody? Body, Dictionary<string, string[]> Errors)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            return (null, Error("body", $"is larger than {MaxBytes / 1024} KiB"));
        }

        if (!request.HasJsonContentType())
        {
            return (null, Error("body", "must be JSON (Content-Type: application/json)"));
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, MaxBytes + 1, cancellationToken);
        if (buffer.Length > MaxBytes)
        {
            return (null, Error("body", $"is larger than {MaxBytes / 1024} KiB"));
        }

        try
        {
            var body = JsonSerializer.Deserialize<ExportBody>(buffer.ToArray(), Options);
            return body is null ? (null, Error("body", "must be a JSON object")) : (body, []);
        }
        catch (JsonException e)
        {
            return (null, Describe(e));
        }
    }

    /// <summary>
    /// The error keyed by the member it is about ("layers[0].opacity"), in words that name no .NET type; an
    /// unknown member is reported at its parent with its name quoted in the message; a member given twice at itself.
    /// </summary>
    private static Dictionary<string, string[]> Describe(JsonException e)
    {
        var path = e.Path?.TrimStart('$').TrimStart('.');
        if (e.Message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            var start = e.Message.IndexOf('\'', StringComparison.Ordinal) + 1;
            var end = e.Message.IndexOf('\'', start);
            var name = end > start ? e.Message[start..end] : "body";
            return Error(name.Length > 60 ? name[..60] + "…" : name, "unknown member; see the OpenAPI document for the export body");
        }

        if (e.Message.Contains("Duplicate", StringComparison.Ordinal))
        {
            return Error(string.IsNullOrEmpty(path) ? "body" : path, "is given more than once");
        }

        if (e.Message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return string.IsNullOrEmpty(path)
                ? Error("body", "must be a JSON object")
                : Error(path, "has the wrong JSON type or value for this member");
        }

        return Error("body", $"is not well-formed JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})");
    }

    private static Dictionary<string, string[]> Error(string field, string message) => new() { [field] = [message] };
}
