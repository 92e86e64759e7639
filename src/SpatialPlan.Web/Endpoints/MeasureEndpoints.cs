using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SpatialPlan.Web.Http;
using SpatialPlan.Web.Measure;

namespace SpatialPlan.Web.Endpoints;

/// <summary>Area and length of a drawn or pasted shape, with its breakdown by zone and phase.</summary>
public static class MeasureEndpoints
{
    public static IEndpointRouteBuilder MapMeasureEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/measure", Measure)
            .AllowQueryParameters()
            .Accepts<object>("application/geo+json", "application/json")
            .Produces<MeasureResponse>(StatusCodes.Status200OK, "application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithTags("Measure")
            .WithName("Measure")
            .WithSummary("Area (EPSG:4549 planar and CGCS2000 ellipsoidal, in m², km², 公顷, 亩) or length of a GeoJSON " +
                         "geometry or Feature in lon/lat, with the area in each 一核三区 zone and development phase");
        return routes;
    }

    private static async Task<Results<Ok<MeasureResponse>, ValidationProblem, ProblemHttpResult>> Measure(
        HttpRequest request, MeasureService measure, IOptions<MeasureOptions> options, CancellationToken cancellationToken)
    {
        if (!BoundedBody.IsJson(request))
        {
            return ApiProblems.UnsupportedMediaType(request.ContentType, "application/geo+json or application/json");
        }

        var body = await BoundedBody.ReadAsync(request, options.Value.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return ApiProblems.PayloadTooLarge(options.Value.MaxBodyBytes);
        }

        var (input, response) = await measure.MeasureAsync(body, cancellationToken);
        if (response is null)
        {
            return input.Errors.Count > 0
                ? ApiProblems.InvalidBody(input.Errors, "The body must be one GeoJSON geometry or Feature (lon/lat); see 'errors'.")
                : ApiProblems.InvalidGeometry(input.GeometryField, input.Problems);
        }

        return TypedResults.Ok(response);
    }
}
