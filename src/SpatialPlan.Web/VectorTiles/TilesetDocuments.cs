using System.Globalization;
using System.Text.Json.Nodes;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Tiles;
using SpatialPlan.Web.Ogc;

namespace SpatialPlan.Web.VectorTiles;

/// <summary>
/// OGC API – Tiles metadata of a collection's vector tiles: the tileset list (<c>/collections/{id}/tiles</c>), the
/// WebMercatorQuad tileset (links to the tiling scheme, the tile template with <c>{tileMatrix}/{tileRow}/{tileCol}</c>,
/// the plan's style and TileJSON; the tile ranges where the collection has data), and TileJSON 3.0 for MapLibre and
/// QGIS. The links are the ones GDAL's OGCAPI driver follows (tilesets-vector → self → tiling-scheme and item).
/// </summary>
public static class TilesetDocuments
{
    public const string TileJsonMediaType = "application/vnd.mapbox.tile+json";

    public static string TilesUrl(OgcUrls urls, string collectionId) => $"{urls.Collection(collectionId)}/tiles";

    public static string TilesetUrl(OgcUrls urls, string collectionId) => $"{TilesUrl(urls, collectionId)}/{TileMatrixSetDocument.Id}";

    public static string TileJsonUrl(OgcUrls urls, string collectionId) => $"{TilesetUrl(urls, collectionId)}/tilejson.json";

    public static string TileMatrixSetsUrl(OgcUrls urls) => $"{urls.Landing}/tileMatrixSets";

    public static string StyleUrl(OgcUrls urls) => $"{urls.Landing}/styles/{MapLibreStyle.Id}";

    /// <summary>The tile URL with OGC's variables; TileJSON and the style use {z}/{y}/{x} in the same places.</summary>
    private static string ItemTemplate(OgcUrls urls, string collectionId) => $"{TilesetUrl(urls, collectionId)}/{{tileMatrix}}/{{tileRow}}/{{tileCol}}";

    public static string XyzTemplate(OgcUrls urls, string collectionId) => $"{TilesetUrl(urls, collectionId)}/{{z}}/{{y}}/{{x}}";

    public static JsonObject List(LayerDefinition layer, OgcUrls urls) => new()
    {
        ["links"] = new JsonArray(TilesLink.Json(TilesUrl(urls, layer.Id), "self", "application/json", "Tilesets / 瓦片集")),
        ["tilesets"] = new JsonArray(new JsonObject
        {
            ["title"] = $"{layer.Title.Zh} / {layer.Title.En}",
            ["dataType"] = "vector",
            ["crs"] = TileMatrixSetDocument.Crs,
            ["tileMatrixSetURI"] = TileMatrixSetDocument.Uri,
            ["links"] = new JsonArray(
                TilesLink.Json(TilesetUrl(urls, layer.Id), "self", "application/json", "WebMercatorQuad"),
                TilesLink.Json($"{TileMatrixSetsUrl(urls)}/{TileMatrixSetDocument.Id}", TilesLink.TilingScheme, "application/json", "WebMercatorQuad")),
        }),
    };

    public static JsonObject Tileset(LayerDefinition layer, Envelope extent, OgcUrls urls) => new()
    {
        ["title"] = $"{layer.Title.Zh} / {layer.Title.En}",
        ["description"] = $"{layer.Description.Zh} / {layer.Description.En}",
        ["dataType"] = "vector",
        ["crs"] = TileMatrixSetDocument.Crs,
        ["tileMatrixSetURI"] = TileMatrixSetDocument.Uri,
        ["boundingBox"] = new JsonObject
        {
            ["lowerLeft"] = new JsonArray(extent.MinX, extent.MinY),
            ["upperRight"] = new JsonArray(extent.MaxX, extent.MaxY),
            ["crs"] = OgcMediaTypes.Crs84,
        },
        ["layers"] = new JsonArray(new JsonObject
        {
            ["id"] = layer.Id,
            ["title"] = layer.Title.Zh,
            ["dataType"] = "vector",
            ["geometryDimension"] = MapLibreStyle.GeometryDimension(layer),
        }),
        ["style"] = new JsonObject
        {
            ["id"] = MapLibreStyle.Id,
            ["title"] = MapLibreStyle.Title,
            ["links"] = new JsonArray(TilesLink.Json(StyleUrl(urls), "stylesheet", TilesLink.StyleMediaType, MapLibreStyle.Title)),
        },
        ["tileMatrixSetLimits"] = Limits(extent),
        ["links"] = new JsonArray(
            TilesLink.Json(TilesetUrl(urls, layer.Id), "self", "application/json", "This tileset"),
            TilesLink.Json($"{TileMatrixSetsUrl(urls)}/{TileMatrixSetDocument.Id}", TilesLink.TilingScheme, "application/json", "WebMercatorQuad"),
            TilesLink.Json(ItemTemplate(urls, layer.Id), "item", VectorTileFormat.MediaType, "Mapbox vector tiles", templated: true),
            TilesLink.Json(StyleUrl(urls), TilesLink.Style, TilesLink.StyleMediaType, MapLibreStyle.Title),
            TilesLink.Json(TileJsonUrl(urls, layer.Id), "alternate", TileJsonMediaType, "TileJSON"),
            TilesLink.Json(urls.Collection(layer.Id), "collection", "application/json", layer.Title.Zh)),
    };

    /// <summary>TileJSON 3.0.0: the tile template, zooms, bounds, a centre and the one layer with its fields.</summary>
    public static JsonObject TileJson(LayerDefinition layer, Envelope extent, OgcUrls urls)
    {
        var fields = new JsonObject { ["id"] = "String" };
        if (layer.Categories is { } categories)
        {
            fields[categories.Field] = "String";
        }

        if (layer.Labels is { } labels)
        {
            fields[labels.Property.Zh] = "String";
            fields[labels.Property.En] = "String";
        }

        var centre = extent.Centre;
        return new JsonObject
        {
            ["tilejson"] = "3.0.0",
            ["name"] = $"{layer.Title.Zh} / {layer.Title.En}",
            ["description"] = layer.Description.En,
            ["attribution"] = layer.Licence,
            ["scheme"] = "xyz",
            ["tiles"] = new JsonArray(XyzTemplate(urls, layer.Id)),
            ["minzoom"] = 0,
            ["maxzoom"] = TileIndex.MaxZoom,
            ["bounds"] = new JsonArray(extent.MinX, extent.MinY, extent.MaxX, extent.MaxY),
            ["center"] = new JsonArray(centre.X, centre.Y, 10),
            ["vector_layers"] = new JsonArray(new JsonObject
            {
                ["id"] = layer.Id,
                ["description"] = layer.Title.En,
                ["minzoom"] = 0,
                ["maxzoom"] = TileIndex.MaxZoom,
                ["fields"] = fields,
            }),
        };
    }

    /// <summary>At each zoom, the rows and columns of the tiles the collection's extent touches.</summary>
    private static JsonArray Limits(Envelope extent)
    {
        var limits = new JsonArray();
        for (var zoom = 0; zoom <= TileIndex.MaxZoom; zoom++)
        {
            var topLeft = WebMercatorQuad.TileAt(extent.MinX, extent.MaxY, zoom);
            var bottomRight = WebMercatorQuad.TileAt(extent.MaxX, extent.MinY, zoom);
            limits.Add(new JsonObject
            {
                ["tileMatrix"] = zoom.ToString(CultureInfo.InvariantCulture),
                ["minTileRow"] = topLeft.Y,
                ["maxTileRow"] = bottomRight.Y,
                ["minTileCol"] = topLeft.X,
                ["maxTileCol"] = bottomRight.X,
            });
        }

        return limits;
    }
}
