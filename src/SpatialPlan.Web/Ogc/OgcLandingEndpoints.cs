using SpatialPlan.Web.Http;

namespace SpatialPlan.Web.Ogc;

/// <summary>OGC API – Features landing page and conformance declaration.</summary>
public static class OgcLandingEndpoints
{
    public static IEndpointRouteBuilder MapOgcLandingEndpoints(this IEndpointRouteBuilder routes)
    {
        var ogc = routes.MapGroup(OgcUrls.Root).WithTags("OGC API – Features");

        ogc.MapGet("/", (HttpRequest request) => TypedResults.Json(LandingPage.For(new OgcUrls(request))))
            .AllowQueryParameters("f")
            .WithName("GetLandingPage")
            .WithSummary("Landing page: links to the API definition, conformance and collections");

        ogc.MapGet("/conformance", () => TypedResults.Json(ConformanceDeclaration.Instance))
            .AllowQueryParameters("f")
            .WithName("GetConformance")
            .WithSummary("Conformance classes implemented by this server");

        return routes;
    }
}
