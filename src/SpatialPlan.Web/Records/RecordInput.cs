using System.Text.Json;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Core.Records;

namespace SpatialPlan.Web.Records;

/// <summary>
/// The body of a built-up record write (OGC API – Features Part 4): one GeoJSON Feature whose geometry is a valid
/// Polygon or MultiPolygon inside the plan, with only the properties a planner sets — <c>name_zh</c>,
/// <c>name_en</c>, <c>built_year</c>, <c>note</c>. Everything else (areas, zone, phase, author, times) is
/// computed, so a client that sends it is told so instead of being silently overruled. The rules are
/// <see cref="BuiltUpRules"/>, as for the import and the map page. Problems are data.
/// </summary>
public sealed record RecordInput(BuiltUpDraft? Draft, IReadOnlyList<InputError> Errors, IReadOnlyList<GeometryProblem> Problems)
{
    public static RecordInput Read(ReadOnlyMemory<byte> body, PlanExtent extent, int maxVertices)
    {
        try
        {
            using var document = StrictJson.Parse(body);
            return Read(document.RootElement, extent, maxVertices);
        }
        catch (NotUnicodeTextException e)
        {
            return Fail(e.Field, e.Message);
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
        var properties = ReadProperties(root, errors);
        var read = GeoJsonGeometryReader.Read(geometryElement, "geometry", maxVertices);
        errors.AddRange(read.Errors);
        var check = BuiltUpRules.Check(read.Geometry, name => Value(properties, name), extent, maxVertices);
        errors.AddRange(check.Errors.Select(e => e with { Field = $"properties.{e.Field}" }));
        if (read.Geometry is null || errors.Count > 0)
        {
            return new RecordInput(null, errors, []);
        }

        return new RecordInput(check.Draft, [], check.Problems);
    }

    /// <summary>The properties object (or none), with an error for each property a client may not set.</summary>
    private static JsonElement? ReadProperties(JsonElement root, List<InputError> errors)
    {
        if (!root.TryGetProperty("properties", out var properties) || properties.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (properties.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new InputError("properties", "must be an object"));
            return null;
        }

        foreach (var p in properties.EnumerateObject().Where(p => !BuiltUpRules.Settable.Contains(p.Name)))
        {
            errors.Add(new InputError($"properties.{Short(p.Name)}",
                $"not set by clients (computed or unknown); settable: {string.Join(", ", BuiltUpRules.Settable)}"));
        }

        return properties;
    }

    private static object? Value(JsonElement? properties, string name) =>
        properties is { } p && p.TryGetProperty(name, out var value) ? PropertyValues.FromJson(value) : null;

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static RecordInput Fail(string field, string message) => new(null, [new InputError(field, message)], []);
}
