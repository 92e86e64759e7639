using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Features;

namespace SpatialPlan.Core.Geodata;

/// <summary>
/// Reads a GeoJSON FeatureCollection feature by feature, so that a broken feature is reported by its id
/// or position instead of failing the whole file with one parser message. Geometry validity is not judged
/// here (see <see cref="GeometryInputValidator"/>), only whether the JSON is GeoJSON at all.
/// </summary>
public static class FeatureCollectionReader
{
    /// <summary>A feature that could not be read: its id or "#index", and why.</summary>
    public sealed record ReadProblem(string FeatureRef, string Message);

    /// <summary>The features that could be read, in file order, and a problem for each one that could not.</summary>
    public sealed record Result(IReadOnlyList<PlanFeature> Features, IReadOnlyList<ReadProblem> Problems);

    /// <summary>Reads UTF-8 GeoJSON from a stream (nesting deeper than <see cref="GeoJsonSerialization.MaxDepth"/>
    /// is malformed JSON).</summary>
    /// <exception cref="JsonException">The stream is not well-formed JSON.</exception>
    public static Result Read(Stream utf8Json)
    {
        using var document = JsonDocument.Parse(utf8Json,
            new JsonDocumentOptions { MaxDepth = GeoJsonSerialization.MaxDepth });
        return Read(document.RootElement);
    }

    /// <summary>Reads a parsed document; anything but a FeatureCollection gives one problem for "(file)" and no features.</summary>
    public static Result Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !IsType(root, "FeatureCollection"))
        {
            return new Result([], [new ReadProblem("(file)", "not a GeoJSON FeatureCollection")]);
        }

        if (!root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
        {
            return new Result([], [new ReadProblem("(file)", "a FeatureCollection needs a 'features' array")]);
        }

        var elements = features.EnumerateArray().ToArray();
        var results = new (PlanFeature? Feature, ReadProblem? Problem)[elements.Length];
        ParallelWork.For(elements.Length, i => results[i] = ReadFeature(elements[i], $"#{i}"));

        var read = new List<PlanFeature>(elements.Length);
        var problems = new List<ReadProblem>();
        foreach (var (feature, problem) in results)
        {
            if (feature is not null)
            {
                read.Add(feature);
            }
            else
            {
                problems.Add(problem!);
            }
        }

        return new Result(read, problems);
    }

    /// <summary>Reads one GeoJSON Feature; <paramref name="fallbackRef"/> names it when it has no id.</summary>
    public static (PlanFeature? Feature, ReadProblem? Problem) ReadFeature(JsonElement element, string fallbackRef)
    {
        if (element.ValueKind != JsonValueKind.Object || !IsType(element, "Feature"))
        {
            return (null, new ReadProblem(fallbackRef, "not a GeoJSON Feature"));
        }

        var id = ReadId(element);
        var featureRef = id ?? fallbackRef;
        if (id is null)
        {
            return (null, new ReadProblem(featureRef, "the feature has no 'id' (string or number)"));
        }

        if (!element.TryGetProperty("geometry", out var geometryElement) ||
            geometryElement.ValueKind != JsonValueKind.Object)
        {
            return (null, new ReadProblem(featureRef, "the feature has no geometry object"));
        }

        Geometry? geometry;
        try
        {
            geometry = geometryElement.Deserialize<Geometry>(GeoJsonSerialization.Options);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or FormatException)
        {
            // NTS throws ArgumentException for an unclosed ring: report it as bad data, not a crash.
            return (null, new ReadProblem(featureRef, "unreadable geometry: " + e.Message));
        }

        if (geometry is null)
        {
            return (null, new ReadProblem(featureRef, "the geometry is null"));
        }

        var attributes = new AttributesTable();
        if (element.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            var duplicate = ReadProperties(properties, attributes);
            if (duplicate is not null)
            {
                return (null, new ReadProblem(featureRef, $"the property '{duplicate}' appears twice"));
            }
        }

        return (new PlanFeature(id, geometry, attributes), null);
    }

    private static bool IsType(JsonElement element, string type) =>
        element.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == type;

    private static string? ReadId(JsonElement feature)
    {
        if (!feature.TryGetProperty("id", out var id))
        {
            return null;
        }

        return id.ValueKind switch
        {
            JsonValueKind.String when !string.IsNullOrWhiteSpace(id.GetString()) => id.GetString(),
            JsonValueKind.Number => id.GetRawText(),
            _ => null,
        };
    }

    /// <summary>Reads values by <see cref="PropertyValues.FromJson"/>. Returns the name of a property that
    /// appears twice, or null.</summary>
    private static string? ReadProperties(JsonElement properties, AttributesTable table)
    {
        foreach (var p in properties.EnumerateObject())
        {
            if (table.Exists(p.Name))
            {
                return p.Name;
            }

            table.Add(p.Name, PropertyValues.FromJson(p.Value));
        }

        return null;
    }
}
