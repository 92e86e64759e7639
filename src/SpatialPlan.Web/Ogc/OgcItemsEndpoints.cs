using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Features;
using SpatialPlan.Web.Http;

namespace SpatialPlan.Web.Ogc;

/// <summary>OGC API – Features items: pages of features filtered by bbox, and single features.</summary>
public static class OgcItemsEndpoints
{
    public static IEndpointRouteBuilder MapOgcItemsEndpoints(this IEndpointRouteBuilder routes)
    {
        var items = routes.MapGroup($"{OgcUrls.Root}/collections/{{collectionId}}/items").WithTags("OGC API – Features");

        items.MapGet("/", GetItems)
            .AllowQueryParameters(ItemsRequest.Parameters)
            .Produces(StatusCodes.Status200OK, contentType: OgcMediaTypes.GeoJson)
            .WithName("GetFeatures")
            .WithSummary("Features of a collection: bbox filter, limit (clamped to the maximum) and offset paging");

        items.MapGet("/{featureId}", GetItem)
            .AllowQueryParameters("f")
            .Produces(StatusCodes.Status200OK, contentType: OgcMediaTypes.GeoJson)
            .WithName("GetFeature")
            .WithSummary("One feature by id");

        return routes;
    }

    private static async Task<Results<FeatureCollectionResult, ValidationProblem, ProblemHttpResult>> GetItems(
        string collectionId, [AsParameters] ItemsRequest request, LayerCatalogue catalogue, IFeatureReader store,
        IOptions<FeatureApiOptions> options, HttpContext http, CancellationToken cancellationToken)
    {
        if (catalogue.Find(collectionId) is null)
        {
            return ApiProblems.CollectionNotFound(collectionId);
        }

        var (query, errors) = request.Parse(options.Value);
        if (query is null)
        {
            return ApiProblems.InvalidParameters(errors);
        }

        var page = await store.StreamAsync(collectionId, query, cancellationToken);
        if (page is null)
        {
            return ApiProblems.CollectionNotFound(collectionId);
        }

        // Released when the request ends, written or not: the page may hold a database connection.
        http.Response.RegisterForDisposeAsync(page);
        return new FeatureCollectionResult(page, PageLinks.For(new OgcUrls(http.Request), collectionId, request, query, page));
    }

    private static async Task<Results<FeatureResult, ProblemHttpResult>> GetItem(
        string collectionId, string featureId, LayerCatalogue catalogue, IFeatureReader store, HttpRequest http,
        CancellationToken cancellationToken)
    {
        if (catalogue.Find(collectionId) is not { } layer)
        {
            return ApiProblems.CollectionNotFound(collectionId);
        }

        var feature = await store.GetAsync(collectionId, featureId, cancellationToken);
        if (feature is null)
        {
            return ApiProblems.FeatureNotFound(collectionId, featureId);
        }

        if (layer.Writable)
        {
            // The tag a PUT or DELETE of this record names in If-Match.
            RecordETag.Set(http.HttpContext.Response, feature.Version);
        }

        var urls = new OgcUrls(http);
        return new FeatureResult(feature,
        [
            new Link(urls.Item(collectionId, featureId), "self", OgcMediaTypes.GeoJson),
            new Link(urls.Collection(collectionId), "collection", OgcMediaTypes.Json),
        ]);
    }
}
