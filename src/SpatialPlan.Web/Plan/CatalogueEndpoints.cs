using SpatialPlan.Web.Http;

namespace SpatialPlan.Web.Plan;

/// <summary>The layer catalogue with symbology, and the plan's targets: what the map page reads first.</summary>
public static class CatalogueEndpoints
{
    public static IEndpointRouteBuilder MapCatalogueEndpoints(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api").WithTags("Plan");

        api.MapGet("/layers", (CachedJson.Catalogue catalogue, HttpContext context) => catalogue.ToResult(context))
            .AllowQueryParameters()
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces(StatusCodes.Status304NotModified)
            .WithName("GetLayers")
            .WithSummary("The layer catalogue: titles, groups, draw order and symbology in Leaflet Path option names");

        api.MapGet("/plan", (CachedJson.Plan plan, HttpContext context) => plan.ToResult(context))
            .AllowQueryParameters()
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces(StatusCodes.Status304NotModified)
            .WithName("GetPlan")
            .WithSummary("The plan's 2025 targets and zone descriptions, each with its source sentence");

        return routes;
    }
}
