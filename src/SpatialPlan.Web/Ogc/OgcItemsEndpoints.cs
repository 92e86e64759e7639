using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Mvc;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Crs;
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
            .AllowQueryParameters(ItemsRequest.Parameters, IsQueryable)
            .WithTypedItemsParameters()
            .Produces(StatusCodes.Status200OK, contentType: OgcMediaTypes.GeoJson)
            .WithName("GetFeatures")
            .WithSummary("Features of a collection: bbox, CQL2 filter, property equality, sortby, CRS, cursor or offset paging");

        items.MapGet("/{featureId}", GetItem)
            .AllowQueryParameters("f", "crs")
            .Produces(StatusCodes.Status200OK, contentType: OgcMediaTypes.GeoJson)
            .WithName("GetFeature")
            .WithSummary("One feature by id");

        return routes;
    }

    /// <summary>Whether a query parameter names a queryable of the requested collection (an equality filter).</summary>
    private static bool IsQueryable(HttpContext context, string name) =>
        context.Request.RouteValues["collectionId"] is string id &&
        context.RequestServices.GetRequiredService<LayerCatalogue>().Find(id) is { } layer && layer.Queryables.ContainsKey(name);

    private static async Task<Results<FeatureCollectionResult, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>> GetItems(
        string collectionId, [AsParameters] ItemsRequest request, LayerCatalogue catalogue, IFeatureReader store,
        IOptions<FeatureApiOptions> options, ReadOnlyValidators validators, HttpContext http, CancellationToken cancellationToken)
    {
        if (catalogue.Find(collectionId) is not { } layer)
        {
            return ApiProblems.CollectionNotFound(collectionId);
        }

        var (query, shape, errors) = request.Parse(options.Value, layer, http.Request.Query);
        if (query is null)
        {
            return ApiProblems.InvalidParameters(errors);
        }

        if (validators.IsNotModified(http, layer))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var page = await store.StreamAsync(collectionId, query, cancellationToken);
        if (page is null)
        {
            return ApiProblems.CollectionNotFound(collectionId);
        }

        // Released when the request ends, written or not: the page may hold a database connection.
        http.Response.RegisterForDisposeAsync(page);
        var urls = new OgcUrls(http.Request);
        return new FeatureCollectionResult(page, lastId => PageLinks.For(urls, collectionId, http.Request, query, page, lastId), query.Crs, shape);
    }

    private static async Task<Results<FeatureResult, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>> GetItem(
        string collectionId, string featureId, [FromQuery(Name = "crs")] string? crsUri, LayerCatalogue catalogue,
        IFeatureReader store, ReadOnlyValidators validators, HttpContext context, CancellationToken cancellationToken)
    {
        if (catalogue.Find(collectionId) is not { } layer)
        {
            return ApiProblems.CollectionNotFound(collectionId);
        }

        var errors = new Dictionary<string, string[]>();
        var crs = CrsParameter.Parse("crs", crsUri, errors);
        if (errors.Count > 0)
        {
            return ApiProblems.InvalidParameters(errors);
        }

        var feature = await store.GetAsync(collectionId, featureId, cancellationToken);
        if (feature is null)
        {
            return ApiProblems.FeatureNotFound(collectionId, featureId);
        }

        if (validators.IsNotModified(context, layer))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        if (layer.Writable)
        {
            // The tag a PUT or DELETE of this record names in If-Match.
            RecordETag.Set(context.Response, feature.Version);
        }

        var urls = new OgcUrls(context.Request);
        // One feature: transformed here by ProjNet on either store (a page is transformed by the store).
        return new FeatureResult(crs == ServedCrs.Crs84 ? feature : new PlanFeature(feature.Id, crs.FromLonLat(feature.Geometry), feature.Attributes),
        [
            new Link(urls.Item(collectionId, featureId), "self", OgcMediaTypes.GeoJson),
            new Link(urls.Collection(collectionId), "collection", OgcMediaTypes.Json),
        ], crs);
    }
}
