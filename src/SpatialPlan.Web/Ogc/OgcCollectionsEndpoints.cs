using Microsoft.AspNetCore.Http.HttpResults;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Features;
using SpatialPlan.Web.Http;

namespace SpatialPlan.Web.Ogc;

/// <summary>OGC API – Features collections: the list and each collection's metadata.</summary>
public static class OgcCollectionsEndpoints
{
    public static IEndpointRouteBuilder MapOgcCollectionsEndpoints(this IEndpointRouteBuilder routes)
    {
        var collections = routes.MapGroup($"{OgcUrls.Root}/collections").WithTags("OGC API – Features");

        collections.MapGet("/", GetCollections)
            .AllowQueryParameters("f")
            .WithName("GetCollections")
            .WithSummary("The plan's feature collections, in draw order");

        collections.MapGet("/{collectionId}", GetCollection)
            .AllowQueryParameters("f")
            .WithName("DescribeCollection")
            .WithSummary("One collection's metadata and spatial extent");

        collections.MapGet("/{collectionId}/queryables", GetQueryables)
            .AllowQueryParameters("f")
            .Produces<QueryablesDocument>(StatusCodes.Status200OK, QueryablesDocument.MediaType)
            .WithName("GetQueryables")
            .WithSummary("The properties filters, equality parameters and sortby may name, as a JSON Schema (Part 3)");

        return routes;
    }

    private static Results<JsonHttpResult<QueryablesDocument>, ProblemHttpResult> GetQueryables(
        string collectionId, LayerCatalogue catalogue, HttpRequest request) =>
        catalogue.Find(collectionId) is { } layer
            ? TypedResults.Json(QueryablesDocument.For(layer, new OgcUrls(request)), contentType: QueryablesType(request))
            : ApiProblems.CollectionNotFound(collectionId);

    /// <summary>application/schema+json, or plain JSON for a client that accepts JSON but not schema+json (GDAL ≤ 3.6).</summary>
    private static string QueryablesType(HttpRequest request)
    {
        var accept = request.Headers.Accept.ToString();
        return accept.Contains(OgcMediaTypes.Json, StringComparison.OrdinalIgnoreCase) &&
            !accept.Contains(QueryablesDocument.MediaType, StringComparison.OrdinalIgnoreCase) &&
            !accept.Contains("*/*", StringComparison.Ordinal)
            ? OgcMediaTypes.Json
            : QueryablesDocument.MediaType;
    }

    private static async Task<Ok<CollectionsDocument>> GetCollections(
        LayerCatalogue catalogue, IFeatureReader store, HttpRequest request, CancellationToken cancellationToken)
    {
        var urls = new OgcUrls(request);
        var documents = new List<CollectionDocument>();
        foreach (var layer in catalogue.Layers.OrderBy(l => l.DrawOrder))
        {
            documents.Add(await DescribeAsync(layer, catalogue, store, urls, cancellationToken));
        }

        return TypedResults.Ok(new CollectionsDocument(
            [new Link(urls.Collections, "self", OgcMediaTypes.Json, "Collections")], documents));
    }

    private static async Task<Results<Ok<CollectionDocument>, StatusCodeHttpResult, ProblemHttpResult>> GetCollection(
        string collectionId, LayerCatalogue catalogue, IFeatureReader store, ReadOnlyValidators validators, HttpContext context,
        CancellationToken cancellationToken)
    {
        var layer = catalogue.Find(collectionId);
        if (layer is null)
        {
            return ApiProblems.CollectionNotFound(collectionId);
        }

        if (validators.IsNotModified(context, layer))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Ok(await DescribeAsync(layer, catalogue, store, new OgcUrls(context.Request), cancellationToken));
    }

    private static async Task<CollectionDocument> DescribeAsync(
        LayerDefinition layer, LayerCatalogue catalogue, IFeatureReader store, OgcUrls urls, CancellationToken cancellationToken)
    {
        var extent = await store.GetExtentAsync(layer.Id, cancellationToken) ?? catalogue.Extent.Envelope;
        return CollectionDocument.For(layer, extent, urls);
    }
}
