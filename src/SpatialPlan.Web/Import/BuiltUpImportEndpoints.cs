using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Import;
using SpatialPlan.Core.Records;
using SpatialPlan.Storage.Import;
using SpatialPlan.Web.Http;
using SpatialPlan.Web.Measure;
using SpatialPlan.Web.Records;

namespace SpatialPlan.Web.Import;

/// <summary>Importing built-up parcels: trying a file without writing, and writing it all or nothing.</summary>
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
            .WithTags("Built-up records")
            .WithName("ValidateBuiltUpImport")
            .WithSummary("Checks a GeoJSON FeatureCollection, zipped shapefile or GeoPackage of built-up parcels " +
                         "(EPSG:4326/4490/4549) feature by feature, all or nothing, and writes nothing");
        routes.MapPost("/api/built-up/import", Import)
            .RequireAuthorization(Auth.PlannerClaims.Policy)
            .AllowQueryParameters(OverlapAnswers.Parameter)
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithTags("Built-up records")
            .WithName("ImportBuiltUp")
            .WithSummary("Imports built-up parcels as records, all or nothing: one rejected feature, or an overlap onOverlap " +
                         "refuses (refuse | warn: duplicates only, the default | allow), and nothing is written");
        return routes;
    }

    private static async Task<Results<Ok<ImportReport>, ValidationProblem, ProblemHttpResult>> Validate(
        HttpRequest request, LayerCatalogue catalogue, IOptions<BuiltUpImportOptions> options, BuiltUpRecords records,
        BreakdownRegionsCache regions, CancellationToken cancellationToken)
    {
        var (checkedImport, fileName, invalid, problem) = await CheckAsync(request, catalogue, options.Value, regions, cancellationToken);
        if (invalid is not null)
        {
            return invalid;
        }

        if (checkedImport is null)
        {
            return problem!;
        }

        var overlaps = await OverlapsAsync(checkedImport, records, cancellationToken);
        return TypedResults.Ok(ImportReport.From(fileName!, checkedImport, overlaps, written: false));
    }

    private static async Task<Results<Created<ImportedRecords>, ValidationProblem, ProblemHttpResult>> Import(
        HttpRequest request, string? onOverlap, System.Security.Claims.ClaimsPrincipal user, LayerCatalogue catalogue,
        IOptions<BuiltUpImportOptions> options, BuiltUpRecords records, BreakdownRegionsCache regions, CancellationToken cancellationToken)
    {
        var (policy, invalidPolicy) = OverlapAnswers.Read(onOverlap);
        if (invalidPolicy is not null)
        {
            return invalidPolicy;
        }

        var (checkedImport, fileName, invalid, problem) = await CheckAsync(request, catalogue, options.Value, regions, cancellationToken);
        if (invalid is not null)
        {
            return invalid;
        }

        if (checkedImport is null)
        {
            return problem!;
        }

        var overlaps = await OverlapsAsync(checkedImport, records, cancellationToken);
        if (!checkedImport.IsAccepted)
        {
            return TypedResults.Problem(
                detail: $"{checkedImport.Rejected.Count} of {checkedImport.FeatureCount} features were rejected, so nothing was written; see 'report'.",
                statusCode: StatusCodes.Status422UnprocessableEntity, title: "Import rejected",
                extensions: new Dictionary<string, object?> { ["report"] = ImportReport.From(fileName!, checkedImport, overlaps, written: false) });
        }

        if (policy.Refused(overlaps) is { Count: > 0 } refused)
        {
            return OverlapAnswers.Refused(refused, overlaps, policy, ImportReport.From(fileName!, checkedImport, overlaps, written: false));
        }

        var (outcome, ids) = await records.CreateAllAsync(checkedImport.Accepted, Auth.PlannerClaims.NameOf(user)!, cancellationToken);
        return outcome == SpatialPlan.Core.Features.WriteOutcome.Done
            ? TypedResults.Created("/ogc/collections/built-up/items", new ImportedRecords(ids, ImportReport.From(fileName!, checkedImport, overlaps, written: true)))
            : TypedResults.Problem(detail: $"Nothing was written: {outcome}.", statusCode: StatusCodes.Status409Conflict, title: "Import not written");
    }

    /// <summary>The valid features' overlaps with the records there and with each other.</summary>
    private static Task<IReadOnlyList<RecordOverlap>> OverlapsAsync(BuiltUpImport import, BuiltUpRecords records, CancellationToken cancellationToken) =>
        records.OverlapsAsync(import.Valid.Select(f => (ImportReport.Ref(f), f.LonLat)).ToList(), replacing: null, cancellationToken);

    /// <summary>The upload read and checked, or why it cannot be: 400 naming the field, 413, 415.</summary>
    private static async Task<(BuiltUpImport? Import, string? FileName, ValidationProblem? Invalid, ProblemHttpResult? Problem)> CheckAsync(
        HttpRequest request, LayerCatalogue catalogue, BuiltUpImportOptions options, BreakdownRegionsCache regions, CancellationToken cancellationToken)
    {
        if (!ImportUpload.IsMultipart(request))
        {
            return (null, null, null, ApiProblems.UnsupportedMediaType(request.ContentType, "multipart/form-data with the file in the field 'file'"));
        }

        var body = await BoundedBody.ReadAsync(request, options.MaxUploadBytes, cancellationToken);
        if (body is null)
        {
            return (null, null, null, ApiProblems.PayloadTooLarge(options.MaxUploadBytes));
        }

        var (upload, errors) = await ImportUpload.ReadAsync(request, body, cancellationToken);
        if (upload is null)
        {
            return (null, null, ApiProblems.InvalidBody(errors, "Send one file in the multipart field 'file' and, if it does not say, its 'crs'."), null);
        }

        var limits = options.ToLimits();
        var source = await BuiltUpFileReader.ReadAsync(upload.Content, upload.Crs, limits, cancellationToken, upload.Encoding);
        var import = BuiltUpImportOp.Check(source, catalogue.Extent, limits, await regions.GetAsync().WaitAsync(cancellationToken));
        return import.FileProblem is { } problem
            ? (null, null, ApiProblems.UnusableFile(problem), null)
            : (import, upload.FileName, null, null);
    }

    /// <summary>What an import wrote: the new records' ids, and the report of the check.</summary>
    public sealed record ImportedRecords(
        [property: System.Text.Json.Serialization.JsonPropertyName("created")] IReadOnlyList<string> Created,
        [property: System.Text.Json.Serialization.JsonPropertyName("report")] ImportReport Report);
}
