using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Import;
using SpatialPlan.Storage.Import;
using SpatialPlan.Web.Http;
using SpatialPlan.Web.Import;

namespace SpatialPlan.Web.Endpoints;

/// <summary>Trying an import of built-up parcels before any record is written.</summary>
public static class BuiltUpImportEndpoints
{
    public static IEndpointRouteBuilder MapBuiltUpImportEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/built-up/import/validate", Validate)
            .AllowQueryParameters()
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<ImportReport>(StatusCodes.Status200OK, "application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithTags("Measure")
            .WithName("ValidateBuiltUpImport")
            .WithSummary("Checks a GeoJSON FeatureCollection, zipped shapefile or GeoPackage of built-up parcels " +
                         "(EPSG:4326/4490/4549) feature by feature, all or nothing, and writes nothing");
        return routes;
    }

    private static async Task<Results<Ok<ImportReport>, ValidationProblem, ProblemHttpResult>> Validate(
        HttpRequest request, LayerCatalogue catalogue, IOptions<BuiltUpImportOptions> options, CancellationToken cancellationToken)
    {
        if (!ImportUpload.IsMultipart(request))
        {
            return ApiProblems.UnsupportedMediaType(request.ContentType, "multipart/form-data with the file in the field 'file'");
        }

        var body = await BoundedBody.ReadAsync(request, options.Value.MaxUploadBytes, cancellationToken);
        if (body is null)
        {
            return ApiProblems.PayloadTooLarge(options.Value.MaxUploadBytes);
        }

        var (upload, errors) = await ImportUpload.ReadAsync(request, body, cancellationToken);
        if (upload is null)
        {
            return ApiProblems.InvalidBody(errors, "Send one file in the multipart field 'file' and, if it does not say, its 'crs'.");
        }

        var limits = options.Value.ToLimits();
        var source = await BuiltUpFileReader.ReadAsync(upload.Content, upload.Crs, limits, cancellationToken);
        var import = BuiltUpImportOp.Check(source, catalogue.Extent, limits);
        return import.FileProblem is { } problem
            ? ApiProblems.UnusableFile(problem)
            : TypedResults.Ok(ImportReport.From(upload.FileName, import));
    }
}
