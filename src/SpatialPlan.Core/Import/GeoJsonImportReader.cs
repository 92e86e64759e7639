using System.Text.Json;
using NetTopologySuite.Features;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Core.Text;

namespace SpatialPlan.Core.Import;

/// <summary>
/// Reads an uploaded GeoJSON FeatureCollection (or a single Feature) of built-up parcels. Coordinates are
/// lon/lat as RFC 7946 says, unless the request declares EPSG:4549 or the file carries the old GeoJSON 2008
/// <c>crs</c> member naming a supported CRS. Each feature's geometry is read strictly
/// (<see cref="GeoJsonGeometryReader"/>); a feature that cannot be read becomes a candidate with a problem,
/// not a failure of the file.
/// </summary>
public static class GeoJsonImportReader
{
    /// <summary>The features of a GeoJSON file; unusable when it is not JSON (<see cref="StrictJson"/>: NaN, duplicate keys,
    /// deep nesting), not a FeatureCollection or Feature, too large, or of an unknown or contradicting CRS.</summary>
    /// <param name="utf8Json">The file's bytes.</param>
    /// <param name="declared">The CRS the request declared, or null (then the crs member, else lon/lat).</param>
    /// <param name="limits">Feature and vertex limits.</param>
    public static ImportSource Read(ReadOnlyMemory<byte> utf8Json, SourceCrs? declared, ImportLimits limits)
    {
        // Windows editors save UTF-8 with a byte order mark; RFC 8259 lets a parser ignore it, and the JSON reader does not.
        if (utf8Json.Span.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        JsonDocument document;
        try
        {
            document = StrictJson.Parse(utf8Json);
        }
        catch (NotUnicodeTextException e)
        {
            return ImportSource.Unusable(ImportSource.GeoJson, e.Message);
        }
        catch (JsonException e)
        {
            return ImportSource.Unusable(ImportSource.GeoJson, "not valid JSON: " + e.Message);
        }

        using (document)
        {
            return Read(document.RootElement, declared, limits);
        }
    }

    private static ImportSource Read(JsonElement root, SourceCrs? declared, ImportLimits limits)
    {
        var type = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t) ? t.ToString() : null;
        var features = type switch
        {
            "FeatureCollection" when root.TryGetProperty("features", out var f) && f.ValueKind == JsonValueKind.Array => f.EnumerateArray().ToList(),
            "Feature" => [root],
            _ => null,
        };
        if (features is null)
        {
            return ImportSource.Unusable(ImportSource.GeoJson, "not a GeoJSON FeatureCollection with a 'features' array, nor a Feature");
        }

        if (features.Count > limits.MaxFeatures)
        {
            return ImportSource.Unusable(ImportSource.GeoJson, $"{features.Count} features, more than the limit of {limits.MaxFeatures}");
        }

        var (detected, detectionProblem) = CrsMember(root);
        var (crs, from, crsProblem) = ImportSource.ResolveCrs(declared, detected, detectionProblem, "crs member", SourceCrs.Wgs84);
        if (crsProblem is not null)
        {
            return ImportSource.Unusable(ImportSource.GeoJson, crsProblem);
        }

        var candidates = features.Select((f, i) => Candidate(f, i, type == "Feature" ? "" : $"features[{i}]", limits)).ToList();
        return new ImportSource(ImportSource.GeoJson, crs, from, candidates);
    }

    private static ImportCandidate Candidate(JsonElement feature, int index, string path, ImportLimits limits)
    {
        var attributes = new AttributesTable();
        if (feature.ValueKind != JsonValueKind.Object || !feature.TryGetProperty("type", out var type) || type.ToString() != "Feature")
        {
            return new ImportCandidate(index, null, null, attributes, "not a GeoJSON Feature");
        }

        var id = feature.TryGetProperty("id", out var i) && i.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? (i.ValueKind == JsonValueKind.String ? i.GetString() : i.GetRawText())
            : null;
        if (feature.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in properties.EnumerateObject())
            {
                attributes.Add(p.Name, PropertyValues.FromJson(p.Value));
            }
        }

        if (!feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind != JsonValueKind.Object)
        {
            return new ImportCandidate(index, id, null, attributes, "the feature has no geometry");
        }

        var read = GeoJsonGeometryReader.Read(geometry, GeoJsonGeometryReader.Member(path, "geometry"), limits.MaxVerticesPerFeature);
        var problem = read.Errors.Count == 0 ? null : string.Join("; ", read.Errors.Select(e => $"{e.Field}: {e.Message}"));
        return new ImportCandidate(index, id, read.Geometry, attributes, problem);
    }

    /// <summary>The GeoJSON 2008 <c>crs</c> member, if any: {"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4549"}}.</summary>
    private static (SourceCrs? Crs, string? Problem) CrsMember(JsonElement root)
    {
        if (!root.TryGetProperty("crs", out var crs) || crs.ValueKind == JsonValueKind.Null)
        {
            return (null, null);
        }

        var name = crs.ValueKind == JsonValueKind.Object && crs.TryGetProperty("properties", out var p) &&
                   p.ValueKind == JsonValueKind.Object && p.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String
            ? n.GetString()
            : null;
        return name is null
            ? (null, "only a named crs ({\"type\":\"name\",\"properties\":{\"name\":…}}) is understood")
            : SourceCrs.Parse(name) is { } known ? (known, null) : (null, $"'{EchoedText.Shorten(name, 60)}' is not supported");
    }
}
