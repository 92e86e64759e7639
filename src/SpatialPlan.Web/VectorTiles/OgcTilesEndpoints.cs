using Microsoft.AspNetCore.Http.HttpResults;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Tiles;
using SpatialPlan.Web.Http;
using SpatialPlan.Web.Ogc;

namespace SpatialPlan.Web.VectorTiles;

/// <summary>OGC API – Tiles: Mapbox Vector Tiles of each collection in the WebMercatorQuad tile matrix set.</summary>
public static class OgcTilesEndpoints
{
    public static IEndpointRouteBuilder MapOgcTilesEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet($"{OgcUrls.Root}/collections/{{collectionId}}/tiles/WebMercatorQuad/{{z}}/{{y}}/{{x}}", GetTile)
            .AllowQueryParameters("f")
            .WithTags("OGC API – Tiles")
            .Produces(StatusCodes.Status200OK, contentType: VectorTileFormat.MediaType)
            .Produces(StatusCodes.Status204NoContent)
            .Produces(StatusCodes.Status304NotModified)
            .WithName("GetCollectionVectorTile")
            .WithSummary("One vector tile (z/row/column, OGC order) of a collection: a layer named after it, features with id and properties; 204 when empty");
        return routes.MapOgcTilesMetadataEndpoints();
    }

    private static async Task<Results<FileContentHttpResult, NoContent, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>> GetTile(
        string collectionId, string z, string y, string x, LayerCatalogue catalogue, IVectorTileSource tiles,
        TileCacheHeaders cache, HttpContext context, CancellationToken cancellationToken)
    {
        if (catalogue.Find(collectionId) is not { } layer)
        {
            return ApiProblems.CollectionNotFound(collectionId);
        }

        var (tile, errors) = TileAddress.Parse(z, y, x);
        if (tile is null)
        {
            return ApiProblems.InvalidTileAddress(errors);
        }

        var bytes = await tiles.GetTileAsync(collectionId, tile.Value, cancellationToken);
        if (bytes is null)
        {
            return ApiProblems.CollectionNotFound(collectionId);
        }

        if (cache.Apply(context, layer, bytes))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        // No feature here: 204 rather than a zero-byte tile body, so a client needs no MVT decoder to know it.
        return bytes.Length == 0 ? TypedResults.NoContent() : TypedResults.File(bytes, VectorTileFormat.MediaType);
    }
}
