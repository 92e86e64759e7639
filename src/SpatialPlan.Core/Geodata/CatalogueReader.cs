using System.Text.Json;
using SpatialPlan.Core.Catalogue;

namespace SpatialPlan.Core.Geodata;

/// <summary>Reads <c>layers.json</c> and checks what the rest of the system relies on.</summary>
public static class CatalogueReader
{
    /// <summary>The catalogue's file name in the geodata folder.</summary>
    public const string FileName = "layers.json";

    private static readonly HashSet<string> GeometryTypes =
        ["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "Geometry"];

    private static readonly JsonSerializerOptions Options = new()
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The catalogue and the problems found in it; with any problem the catalogue may be null.</summary>
    public static (LayerCatalogue? Catalogue, IReadOnlyList<GeodataProblem> Problems) Read(string path)
    {
        LayerCatalogue? catalogue;
        try
        {
            using var stream = File.OpenRead(path);
            catalogue = JsonSerializer.Deserialize<LayerCatalogue>(stream, Options);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return (null, [new GeodataProblem(FileName, null, e.Message)]);
        }

        if (catalogue is null)
        {
            return (null, [new GeodataProblem(FileName, null, "the catalogue is empty")]);
        }

        return (catalogue, Check(catalogue).ToList());
    }

    private static IEnumerable<GeodataProblem> Check(LayerCatalogue catalogue)
    {
        var bbox = catalogue.Extent.Bbox;
        if (bbox.Count != 4 || bbox[0] >= bbox[2] || bbox[1] >= bbox[3] ||
            bbox[0] < -180 || bbox[2] > 180 || bbox[1] < -90 || bbox[3] > 90)
        {
            yield return new GeodataProblem(FileName, null,
                "extent.bbox must be [minLon, minLat, maxLon, maxLat] with min < max inside lon/lat range");
        }

        foreach (var duplicate in catalogue.Layers.GroupBy(l => l.Id).Where(g => g.Count() > 1))
        {
            yield return new GeodataProblem(FileName, null, $"layer id '{duplicate.Key}' appears more than once");
        }

        // Planners' records have one schema and one writer: a second writable collection would have no rules of its
        // own, so it is refused here rather than written like the first.
        if (catalogue.Layers.Where(l => l.Writable).Select(l => l.Id).ToList() is { Count: > 1 } writable)
        {
            yield return new GeodataProblem(FileName, null,
                $"layers {string.Join(", ", writable.Select(id => $"'{id}'"))} are all writable; at most one collection takes " +
                "planners' records (its schema is Core/Records/BuiltUpRecord): a second one needs a record type of its own");
        }

        foreach (var layer in catalogue.Layers)
        {
            if (!GeometryTypes.Contains(layer.GeometryType))
            {
                yield return new GeodataProblem(FileName, null,
                    $"layer '{layer.Id}' has unknown geometryType '{layer.GeometryType}'");
            }

            foreach (var (name, schema) in layer.Queryables.Where(p => !PropertySchema.Types.Contains(p.Value.Type)))
            {
                yield return new GeodataProblem(FileName, null,
                    $"layer '{layer.Id}' property '{name}' has type '{schema.Type}'; use one of {string.Join(", ", PropertySchema.Types)}");
            }

            if (Path.GetFileName(layer.File) != layer.File || !layer.File.EndsWith(".geojson", StringComparison.Ordinal))
            {
                yield return new GeodataProblem(FileName, null,
                    $"layer '{layer.Id}' file '{layer.File}' must be a .geojson file name in the geodata folder");
            }
        }
    }
}
