using System.Text.Json.Serialization;

namespace SpatialPlan.Web.Ogc;

/// <summary>The OGC API landing page (<c>/ogc</c>).</summary>
public sealed record LandingPage(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("links")] IReadOnlyList<Link> Links)
{
    public static LandingPage For(OgcUrls urls) => new(
        "SpatialPlan — 温州瓯江口产业集聚区 “一核三区” 空间结构",
        "OGC API – Features for the 一核三区 (one core, three districts) spatial structure of the Wenzhou " +
        "Oujiangkou Industrial Cluster Zone's 14th Five-Year Plan. Outlines are schematic (示意).",
        [
            new Link(urls.Landing, "self", OgcMediaTypes.Json, "This document"),
            new Link(urls.OpenApi, "service-desc", OgcMediaTypes.OpenApi, "The API definition (OpenAPI 3.0)"),
            new Link(urls.Conformance, "conformance", OgcMediaTypes.Json, "Conformance classes implemented"),
            new Link(urls.Collections, "data", OgcMediaTypes.Json, "The plan's feature collections"),
            new Link(VectorTiles.TilesetDocuments.TileMatrixSetsUrl(urls), VectorTiles.TilesLink.TilingSchemes, OgcMediaTypes.Json, "Tile matrix sets of the vector tiles"),
            new Link(VectorTiles.TilesetDocuments.StyleUrl(urls), VectorTiles.TilesLink.Style, VectorTiles.TilesLink.StyleMediaType, "The plan's MapLibre style"),
        ]);
}
