using Microsoft.AspNetCore.Http.HttpResults;
using SpatialPlan.Web.Http;

namespace SpatialPlan.Web.Export;

/// <summary>Map export: PNG, PDF, SVG or a georeferenced PNG (zip with .pgw, .prj and .png.aux.xml) or GeoTIFF, from a JSON spec or a query.</summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api").WithTags("Export");

        api.MapPost("/export", PostExport)
            .AllowQueryParameters()
            .Accepts<ExportBody>("application/json")
            .Produces<byte[]>(StatusCodes.Status200OK, "image/png", "application/pdf", "image/svg+xml", "application/zip", "image/tiff")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithName("PostExport")
            .WithSummary("Exports a map image from a JSON spec: layers, extent (bbox or center + scale), paper or pixels, DPI, title, furniture");

        api.MapGet("/export", GetExport)
            .AllowQueryParameters(ExportQuery.Parameters)
            .Produces<byte[]>(StatusCodes.Status200OK, "image/png", "application/pdf", "image/svg+xml", "application/zip", "image/tiff")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithName("GetExport")
            .WithSummary("Exports a map image: format=png|pdf|svg|png-georef|geotiff, bbox, width, height, dpi, layers, title, lang");

        return routes;
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> PostExport(
        HttpRequest request, ExportRunner runner, CancellationToken cancellationToken)
    {
        var (body, errors) = await ExportBodyReader.ReadAsync(request, cancellationToken);
        return body is null
            ? ApiProblems.InvalidExportSpec(errors)
            : await runner.RunAsync(body, request.HttpContext.Response, cancellationToken);
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GetExport(
        [AsParameters] ExportQuery query, HttpResponse response, ExportRunner runner, CancellationToken cancellationToken)
    {
        var (body, errors) = query.ToBody();
        return body is null
            ? ApiProblems.InvalidExportSpec(errors)
            : await runner.RunAsync(body, response, cancellationToken);
    }
}
