using System.Globalization;
using System.Text.Json.Nodes;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Tiles;
using SpatialPlan.Rendering.Symbology;
using SpatialPlan.Web.Ogc;

namespace SpatialPlan.Web.VectorTiles;

/// <summary>
/// The plan's symbology as a MapLibre / Mapbox GL style (version 8), generated from the catalogue, so MapLibre and
/// QGIS draw the vector tiles in the colours the web map and the export use: a vector source per collection, and per
/// layer in draw order a fill, line or circle layer for each style it has (its base style and one per category, picked
/// by a filter on the category property, since dash patterns cannot vary by feature). Leaflet's options and defaults
/// are resolved in the one place the renderer resolves them (<see cref="LeafletSymbology.Resolve"/>); dash lengths,
/// in pixels in Leaflet, become multiples of the line width as the style spec counts them. No labels: the style would
/// need a glyph server.
/// </summary>
public static class MapLibreStyle
{
    public const string Id = "plan";
    public const string Title = "瓯江口 一核三区 规划图例 / the plan's symbology";

    public static JsonObject For(LayerCatalogue catalogue, OgcUrls urls)
    {
        var sources = new JsonObject();
        var layers = new JsonArray();
        var bbox = catalogue.Extent.Bbox;
        foreach (var layer in catalogue.Layers.OrderBy(l => l.DrawOrder))
        {
            sources[layer.Id] = new JsonObject
            {
                ["type"] = "vector",
                ["tiles"] = new JsonArray(TilesetDocuments.XyzTemplate(urls, layer.Id)),
                ["minzoom"] = 0,
                ["maxzoom"] = TileIndex.MaxZoom,
                ["bounds"] = new JsonArray(bbox[0], bbox[1], bbox[2], bbox[3]),
                ["attribution"] = layer.Licence,
            };
            foreach (var styleLayer in LayersOf(layer))
            {
                layers.Add(styleLayer);
            }
        }

        return new JsonObject
        {
            ["version"] = 8,
            ["name"] = Title,
            ["metadata"] = new JsonObject { ["spatialplan:catalogue"] = "geodata/layers.json" },
            ["center"] = new JsonArray((bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2),
            ["zoom"] = 10,
            ["sources"] = sources,
            ["layers"] = layers,
        };
    }

    /// <summary>What a layer's features are, as OGC API – Tiles names it: 2 areas, 1 lines, 0 points, null mixed.</summary>
    public static int? GeometryDimension(LayerDefinition layer) => layer.GeometryType switch
    {
        "Polygon" or "MultiPolygon" => 2,
        "LineString" or "MultiLineString" => 1,
        "Point" or "MultiPoint" => 0,
        _ => null,
    };

    private static IEnumerable<JsonObject> LayersOf(LayerDefinition layer)
    {
        // the base style for features in no category (or every feature), then one style per category
        var variants = new List<(string Suffix, PathStyle Style, JsonNode? Filter)>();
        if (layer.Categories is { } categories)
        {
            var values = new JsonArray(categories.Classes.Select(c => (JsonNode?)JsonValue.Create(c.Value)).ToArray());
            variants.Add(("", layer.Style, new JsonArray("!", new JsonArray("in", Get(categories.Field), new JsonArray("literal", values)))));
            variants.AddRange(categories.Classes.Select(c => (
                "-" + c.Value, layer.StyleFor(c.Value), (JsonNode?)new JsonArray("==", Get(categories.Field), c.Value))));
        }
        else
        {
            variants.Add(("", layer.Style, null));
        }

        var dimension = GeometryDimension(layer);
        foreach (var (suffix, style, filter) in variants)
        {
            var options = LeafletSymbology.Resolve(style);
            if (dimension is null or 2)
            {
                yield return Layer($"{layer.Id}{suffix}-fill", "fill", layer.Id, Filter(filter, "Polygon", "MultiPolygon"), new JsonObject
                {
                    ["fill-color"] = options.FillColor,
                    ["fill-opacity"] = options.FillOpacity,
                });
            }

            if (dimension is null or 2 or 1)
            {
                var paint = new JsonObject
                {
                    ["line-color"] = options.Color,
                    ["line-width"] = options.Weight,
                    ["line-opacity"] = options.Opacity,
                };
                if (Dashes(options.DashArray, options.Weight) is { } dashes)
                {
                    paint["line-dasharray"] = dashes;
                }

                var line = Layer($"{layer.Id}{suffix}-line", "line", layer.Id,
                    Filter(filter, dimension == 1 ? ["LineString", "MultiLineString"] : dimension == 2 ? ["Polygon", "MultiPolygon"] : ["LineString", "MultiLineString", "Polygon", "MultiPolygon"]),
                    paint);
                line["layout"] = new JsonObject { ["line-cap"] = "round", ["line-join"] = "round" };
                yield return line;
            }

            if (dimension is null or 0)
            {
                yield return Layer($"{layer.Id}{suffix}-circle", "circle", layer.Id, Filter(filter, "Point", "MultiPoint"), new JsonObject
                {
                    ["circle-radius"] = options.Radius,
                    ["circle-color"] = options.FillColor,
                    ["circle-opacity"] = options.FillOpacity,
                    ["circle-stroke-color"] = options.Color,
                    ["circle-stroke-width"] = options.Weight,
                    ["circle-stroke-opacity"] = options.Opacity,
                });
            }
        }
    }

    private static JsonObject Layer(string id, string type, string source, JsonArray filter, JsonObject paint) => new()
    {
        ["id"] = id,
        ["type"] = type,
        ["source"] = source,
        ["source-layer"] = source, // each tile has one layer, named after its collection
        ["filter"] = filter,
        ["paint"] = paint,
    };

    private static JsonArray Get(string property) => new("get", property);

    private static JsonArray Filter(JsonNode? category, params string[] geometryTypes)
    {
        var types = new JsonArray("in", new JsonArray("geometry-type"),
            new JsonArray("literal", new JsonArray(geometryTypes.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray())));
        return category is null ? types : new JsonArray("all", types, category.DeepClone());
    }

    /// <summary>SVG dash lengths in pixels ("4 3") as multiples of the line width; null for a solid line.</summary>
    private static JsonArray? Dashes(string? dashArray, double weight)
    {
        if (string.IsNullOrWhiteSpace(dashArray) || weight <= 0)
        {
            return null;
        }

        var lengths = dashArray.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(t => double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : -1)
            .ToList();
        return lengths.Count == 0 || lengths.Any(v => v < 0)
            ? null
            : new JsonArray(lengths.Select(v => (JsonNode?)JsonValue.Create(Math.Round(v / weight, 4))).ToArray());
    }
}
