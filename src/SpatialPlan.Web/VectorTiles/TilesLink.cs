using System.Text.Json.Nodes;

namespace SpatialPlan.Web.VectorTiles;

/// <summary>Links of the tiles documents, with the OGC link relations GDAL and QGIS follow.</summary>
public static class TilesLink
{
    public const string TilesetsVector = "http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector";
    public const string TilingScheme = "http://www.opengis.net/def/rel/ogc/1.0/tiling-scheme";
    public const string TilingSchemes = "http://www.opengis.net/def/rel/ogc/1.0/tiling-schemes";
    public const string Style = "http://www.opengis.net/def/rel/ogc/1.0/style";
    public const string StyleMediaType = "application/vnd.mapbox.style+json";

    public static JsonObject Json(string href, string rel, string type, string? title = null, bool templated = false)
    {
        var link = new JsonObject { ["href"] = href, ["rel"] = rel, ["type"] = type };
        if (title is not null)
        {
            link["title"] = title;
        }

        if (templated)
        {
            link["templated"] = true;
        }

        return link;
    }
}
