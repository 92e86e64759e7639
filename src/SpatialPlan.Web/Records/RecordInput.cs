using System.Text.Json;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Core.Records;

namespace SpatialPlan.Web.Records;

/// <summary>
/// The body of a built-up record write (OGC API – Features Part 4): one GeoJSON Feature whose geometry is a valid
/// Polygon or MultiPolygon inside the plan, with only the properties a planner sets — <c>name_zh</c>,
/// <c>name_en</c>, <c>built_year</c>, <c>note</c>. Everything else (areas, zone, phase, author, times) is
/// computed, so a client that sends it is told so instead of being silently overruled. Problems are data.
/// </summary>
public sealed record RecordInput(Geometry? Geometry, BuiltUpInput? Input, IReadOnlyList<InputError> Errors, IReadOnlyList<GeometryProblem> Problems)
{
    private static readonly string[] Settable = ["name_zh", "name_en", "built_year", "note"];

    public static RecordInput Read(ReadOnlyMemory<byte> body, PlanExtent extent, int maxVertices)
    {
        try
        {
            using var document = JsonDocument.Parse(body, StrictJson.DocumentOptions);
            return Read(document.RootElement, extent, maxVertices);
        }
        catch (JsonException e)
        {
            return Fail("body", "not valid JSON: " + e.Message);
        }
    }

    private static RecordInput Read(JsonElement root, PlanExtent extent, int maxVertices)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ToString() != "Feature")
        {
            return Fail("type", "send one GeoJSON Feature");
        }

        if (!root.TryGetProperty("geometry", out var geometryElement) || geometryElement.ValueKind != JsonValueKind.Object)
        {
            return Fail("geometry", "the record needs a Polygon or MultiPolygon geometry");
        }

        var errors = new List<InputError>();
        var input = ReadProperties(root, errors);
        var read = GeoJsonGeometryReader.Read(geometryElement, "geometry", maxVertices);
        errors.AddRange(read.Errors);
        if (read.Geometry is not { } geometry || errors.Count > 0)
        {
            return new RecordInput(null, null, errors, []);
        }

        var problems = GeometryInputValidator.Validate(geometry, extent, "MultiPolygon", maxVertices);
        return problems.Count > 0 ? new RecordInput(null, null, [], problems) : new RecordInput(geometry, input, [], []);
    }

    private static BuiltUpInput ReadProperties(JsonElement root, List<InputError> errors)
    {
        if (!root.TryGetProperty("properties", out var properties) || properties.ValueKind == JsonValueKind.Null)
        {
            return new BuiltUpInput(null, null, null, null);
        }

        if (properties.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new InputError("properties", "must be an object"));
            return new BuiltUpInput(null, null, null, null);
        }

        foreach (var p in properties.EnumerateObject().Where(p => !Settable.Contains(p.Name)))
        {
            errors.Add(new InputError($"properties.{Short(p.Name)}",
                $"not set by clients (computed or unknown); settable: {string.Join(", ", Settable)}"));
        }

        return new BuiltUpInput(
            Text(properties, "name_zh", BuiltUpInput.MaxNameLength, errors),
            Text(properties, "name_en", BuiltUpInput.MaxNameLength, errors),
            Year(properties, errors),
            Text(properties, "note", BuiltUpInput.MaxNoteLength, errors));
    }

    private static string? Text(JsonElement properties, string name, int maxLength, List<InputError> errors)
    {
        if (!properties.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || value.GetString()!.Length > maxLength)
        {
            errors.Add(new InputError($"properties.{name}", $"must be text of at most {maxLength} characters"));
            return null;
        }

        return value.GetString()!.Trim() is { Length: > 0 } text ? text : null;
    }

    private static int? Year(JsonElement properties, List<InputError> errors)
    {
        if (!properties.TryGetProperty("built_year", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var year) && year is >= BuiltUpInput.MinYear and <= BuiltUpInput.MaxYear)
        {
            return year;
        }

        errors.Add(new InputError("properties.built_year", $"must be a whole year from {BuiltUpInput.MinYear} to {BuiltUpInput.MaxYear}"));
        return null;
    }

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static RecordInput Fail(string field, string message) => new(null, null, [new InputError(field, message)], []);
}
