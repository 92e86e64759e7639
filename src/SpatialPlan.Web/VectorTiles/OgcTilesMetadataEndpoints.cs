using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using NetTopologySuite.Geometries;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Features;
using SpatialPlan.Web.Http;
using SpatialPlan.Web.Ogc;

namespace SpatialPlan.Web.VectorTiles;

/// <summary>
/// OGC API – Tiles metadata: the tile matrix sets (WebMercatorQuad), each collection's tilesets and TileJSON, and the
/// plan's MapLibre style generated from the catalogue. Unknown collections and tile matrix sets are 404 problem+json.
/// </summary>
public static class OgcTilesMetadataEndpoints
{
    public static IEndpointRouteBuilder MapOgcTilesMetadataEndpoints(this IEndpointRouteBuilder routes)
    {
        var ogc = routes.MapGroup(OgcUrls.Root).WithTags("OGC API – Tiles");

        ogc.MapGet("/tileMatrixSets", (HttpRequest request) =>
                TypedResults.Json(TileMatrixSetDocument.List(TilesetDocuments.TileMatrixSetsUrl(new OgcUrls(request)))))
            .AllowQueryParameters("f")
            .WithName("GetTileMatrixSets")
            .WithSummary("The tile matrix sets the tiles are cut in: WebMercatorQuad");

        ogc.MapGet("/tileMatrixSets/{tileMatrixSetId}", GetTileMatrixSet)
            .AllowQueryParameters("f")
            .WithName("GetTileMatrixSet")
            .WithSummary("A tile matrix set's definition (OGC TMS 2.0 JSON, with the 1.0 members older clients read)");

        ogc.MapGet("/collections/{collectionId}/tiles", GetTilesets)
            .AllowQueryParameters("f")
            .WithName("GetCollectionTilesets")
            .WithSummary("A collection's vector tilesets");

        ogc.MapGet("/collections/{collectionId}/tiles/{tileMatrixSetId}", GetTileset)
            .AllowQueryParameters("f")
            .WithName("GetCollectionTileset")
            .WithSummary("A collection's vector tileset: tile template, tiling scheme, limits, style");

        ogc.MapGet("/collections/{collectionId}/tiles/{tileMatrixSetId}/tilejson.json", GetTileJson)
            .WithName("GetCollectionTileJson")
            .WithSummary("TileJSON 3.0 of a collection's vector tiles");

        ogc.MapGet($"/styles/{MapLibreStyle.Id}", (LayerCatalogue catalogue, HttpRequest request) =>
                TypedResults.Json(MapLibreStyle.For(catalogue, new OgcUrls(request)), contentType: TilesLink.StyleMediaType))
            .AllowQueryParameters("f")
            .WithName("GetPlanStyle")
            .WithSummary("The plan's symbology as a MapLibre/Mapbox GL style over the vector tiles, generated from the catalogue");

        return routes;
    }

    private static Results<JsonHttpResult<JsonObject>, ProblemHttpResult> GetTileMatrixSet(string tileMatrixSetId) =>
        tileMatrixSetId == TileMatrixSetDocument.Id
            ? TypedResults.Json(TileMatrixSetDocument.Definition())
            : ApiProblems.TileMatrixSetNotFound(tileMatrixSetId);

    private static Results<JsonHttpResult<JsonObject>, ProblemHttpResult> GetTilesets(string collectionId, LayerCatalogue catalogue, HttpRequest request) =>
        catalogue.Find(collectionId) is { } layer
            ? TypedResults.Json(TilesetDocuments.List(layer, new OgcUrls(request)))
            : ApiProblems.CollectionNotFound(collectionId);

    private static async Task<Results<JsonHttpResult<JsonObject>, ProblemHttpResult>> GetTileset(string collectionId, string tileMatrixSetId,
        LayerCatalogue catalogue, IFeatureReader store, HttpRequest request, CancellationToken cancellationToken)
    {
        if (catalogue.Find(collectionId) is not { } layer)
        {
            return ApiProblems.CollectionNotFound(collectionId);
        }

        return tileMatrixSetId == TileMatrixSetDocument.Id
            ? TypedResults.Json(TilesetDocuments.Tileset(layer, await ExtentAsync(layer, catalogue, store, cancellationToken), new OgcUrls(request)))
            : ApiProblems.TileMatrixSetNotFound(tileMatrixSetId);
    }

    private static async Task<Results<JsonHttpResult<JsonObject>, ProblemHttpResult>> GetTileJson(string collectionId, string tileMatrixSetId,
        LayerCatalogue catalogue, IFeatureReader store, HttpRequest request, CancellationToken cancellationToken)
    {
        if (catalogue.Find(collectionId) is not { } layer)
        {
            return ApiProblems.CollectionNotFound(collectionId);
        }

        return tileMatrixSetId == TileMatrixSetDocument.Id
            ? TypedResults.Json(TilesetDocuments.TileJson(layer, await ExtentAsync(layer, catalogue, store, cancellationToken), new OgcUrls(request)),
                contentType: "application/json")
            : ApiProblems.TileMatrixSetNotFound(tileMatrixSetId);
    }

    private static async Task<Envelope> ExtentAsync(LayerDefinition layer, LayerCatalogue catalogue, IFeatureReader store, CancellationToken cancellationToken) =>
        await store.GetExtentAsync(layer.Id, cancellationToken) is { IsNull: false } extent ? extent : catalogue.Extent.Envelope;
}
