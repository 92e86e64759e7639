using System.Text.Json;
using System.Text.Json.Nodes;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Geodata;

namespace SpatialPlan.TestSupport;

/// <summary>
/// A small fixed geodata folder: a catalogue of two collections inside the plan extent, "zones"
/// (four squares, categorised by <c>zone</c>) and the writable, empty "records". Tests break one file
/// at a time to see how the loader answers.
/// </summary>
public sealed class MiniGeodata : IDisposable
{
    public const string Zones = "zones";
    public const string Records = "records";

    /// <summary>Four 0.1° squares on a row along 28.0°N: a (120.6) b (120.7) c (120.8) d (120.9).</summary>
    public static readonly (string Id, string Wkt, string Zone)[] ZoneFeatures =
    [
        ("a", "POLYGON ((120.6 28.0, 120.7 28.0, 120.7 28.1, 120.6 28.1, 120.6 28.0))", "core"),
        ("b", "POLYGON ((120.7 28.0, 120.8 28.0, 120.8 28.1, 120.7 28.1, 120.7 28.0))", "liubai"),
        ("c", "POLYGON ((120.8 28.0, 120.9 28.0, 120.9 28.1, 120.8 28.1, 120.8 28.0))", "core"),
        ("d", "MULTIPOLYGON (((120.9 28.0, 121.0 28.0, 121.0 28.1, 120.9 28.1, 120.9 28.0)))", "liubai"),
    ];

    private readonly TempDirectory _directory = new();
    private readonly List<JsonObject> _added = [];

    public MiniGeodata()
    {
        WriteCatalogue(Catalogue());
        WriteCollection(Zones, ZoneFeatures.Select(f => Feature(f.Id, Wkt.Read(f.Wkt), new JsonObject { ["zone"] = f.Zone })));
        WriteCollection(Records, []);
    }

    public string Path => _directory.Path;

    public static JsonObject Catalogue() => new()
    {
        ["extent"] = new JsonObject { ["bbox"] = new JsonArray(120.55, 27.70, 121.35, 28.25), ["crs"] = "EPSG:4326" },
        ["layers"] = new JsonArray(
            Layer(Zones, "MultiPolygon", 10, writable: false, categories: new JsonObject
            {
                ["field"] = "zone",
                ["classes"] = new JsonArray(
                    Class("core", "#d7301f"),
                    Class("liubai", "#2b8cbe")),
            }),
            Layer(Records, "MultiPolygon", 20, writable: true, categories: null)),
    };

    /// <summary>Adds a read-only collection to the catalogue and writes its file.</summary>
    public void AddCollection(string id, string geometryType, IEnumerable<JsonObject> features)
    {
        var catalogue = Catalogue();
        var layers = catalogue["layers"]!.AsArray();
        foreach (var added in _added)
        {
            layers.Add(added.DeepClone());
        }

        var layer = Layer(id, geometryType, 30 + _added.Count, writable: false, categories: null);
        _added.Add(layer.DeepClone().AsObject());
        layers.Add(layer);
        WriteCatalogue(catalogue);
        WriteCollection(id, features);
    }

    public void WriteCatalogue(JsonObject catalogue) =>
        File.WriteAllText(System.IO.Path.Combine(Path, CatalogueReader.FileName), catalogue.ToJsonString());

    public void WriteCollection(string id, IEnumerable<JsonObject> features) =>
        WriteFile(id + ".geojson", new JsonObject
        {
            ["type"] = "FeatureCollection",
            ["features"] = new JsonArray(features.Select(f => (JsonNode)f).ToArray()),
        }.ToJsonString());

    public void WriteFile(string name, string content) =>
        File.WriteAllText(System.IO.Path.Combine(Path, name), content);

    /// <summary>A GeoJSON Feature with the geometry written by the project's own GeoJSON options.</summary>
    public static JsonObject Feature(string id, Geometry geometry, JsonObject? properties = null) =>
        FeatureWithRawGeometry(id, JsonSerializer.Serialize(geometry, GeoJsonSerialization.Options), properties);

    /// <summary>A Feature whose geometry is given as JSON text, for geometries NTS would refuse to build.</summary>
    public static JsonObject FeatureWithRawGeometry(string id, string geometryJson, JsonObject? properties = null) => new()
    {
        ["type"] = "Feature",
        ["id"] = id,
        ["geometry"] = JsonNode.Parse(geometryJson),
        ["properties"] = properties ?? new JsonObject(),
    };

    public void Dispose() => _directory.Dispose();

    private static JsonObject Layer(string id, string geometryType, int drawOrder, bool writable, JsonObject? categories) => new()
    {
        ["id"] = id,
        ["file"] = id + ".geojson",
        ["title"] = Text(id),
        ["description"] = Text(id),
        ["group"] = "structure",
        ["geometryType"] = geometryType,
        ["drawOrder"] = drawOrder,
        ["writable"] = writable,
        ["style"] = new JsonObject { ["color"] = "#333333", ["weight"] = 1, ["fillColor"] = "#cccccc", ["fillOpacity"] = 0.4 },
        ["categories"] = categories,
        ["legend"] = Text(id),
        ["source"] = "test fixture",
        ["licence"] = "CC0-1.0",
    };

    private static JsonObject Class(string value, string fill) => new()
    {
        ["value"] = value,
        ["label"] = Text(value),
        ["style"] = new JsonObject { ["fillColor"] = fill },
    };

    private static JsonObject Text(string text) => new() { ["zh"] = text, ["en"] = text };
}
