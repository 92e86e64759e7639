using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SpatialPlan.Core.Catalogue;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Core.Records;
using SpatialPlan.Web.Auth;
using SpatialPlan.Web.Http;
using SpatialPlan.Web.Measure;
using SpatialPlan.Web.Ogc;

namespace SpatialPlan.Web.Records;

/// <summary>
/// Writing planners' records through OGC API – Features Part 4 (Create, Replace, Delete) on the writable
/// <c>built-up</c> collection, each record's history, and the tally against the 20 km² target. Writes need a
/// signed-in planner; reads are public.
/// </summary>
public static class BuiltUpRecordEndpoints
{
    public static IEndpointRouteBuilder MapBuiltUpRecordEndpoints(this IEndpointRouteBuilder routes)
    {
        var items = routes.MapGroup($"{OgcUrls.Root}/collections/{{collectionId}}/items").WithTags("OGC API – Features – Part 4");

        items.MapPost("/", Create).RequireAuthorization(PlannerClaims.Policy).AllowQueryParameters(OverlapAnswers.Parameter)
            .WithName("CreateFeature").WithSummary("Adds a built-up record (a GeoJSON Feature); areas, zone and phase are computed");
        items.MapPut("/{featureId}", Replace).RequireAuthorization(PlannerClaims.Policy).AllowQueryParameters(OverlapAnswers.Parameter)
            .WithName("ReplaceFeature").WithSummary("Replaces a built-up record; the old version stays in its history");
        items.MapDelete("/{featureId}", Delete).RequireAuthorization(PlannerClaims.Policy).AllowQueryParameters()
            .WithName("DeleteFeature").WithSummary("Deletes a built-up record; its history keeps it");
        items.MapGet("/{featureId}/history", History).AllowQueryParameters()
            .WithName("GetFeatureHistory").WithSummary("Every version of a record: created, replaced, deleted, by whom and when");

        routes.MapGet("/api/built-up/summary", Summary).AllowQueryParameters().WithTags("Built-up records")
            .WithName("GetBuiltUpSummary").WithSummary("Recorded new built-up area against the ≥ 20 km² target, by zone, phase and year");
        return routes;
    }

    private static Task<Results<Created<JsonElement>, ValidationProblem, ProblemHttpResult>> Create(
        string collectionId, string? onOverlap, HttpRequest request, ClaimsPrincipal user, LayerCatalogue catalogue, BuiltUpRecords records,
        IOptions<MeasureOptions> options, CancellationToken cancellationToken) =>
        WriteAsync(collectionId, null, onOverlap, request, catalogue, records, options.Value,
            async draft =>
            {
                var (outcome, record) = await records.CreateAsync(draft, PlannerClaims.NameOf(user)!, cancellationToken);
                return (new WriteResult(outcome, record?.Version), record);
            },
            (record, overlaps) => TypedResults.Created(new OgcUrls(request).Item(collectionId, record.Id), ToJson(record, overlaps)),
            cancellationToken);

    private static Task<Results<Ok<JsonElement>, ValidationProblem, ProblemHttpResult>> Replace(
        string collectionId, string featureId, string? onOverlap, HttpRequest request, ClaimsPrincipal user, LayerCatalogue catalogue,
        BuiltUpRecords records, IOptions<MeasureOptions> options, CancellationToken cancellationToken) =>
        WriteAsync(collectionId, featureId, onOverlap, request, catalogue, records, options.Value,
            draft => records.ReplaceAsync(featureId, draft, IfMatch.Read(request), PlannerClaims.NameOf(user)!, cancellationToken),
            (record, overlaps) => TypedResults.Ok(ToJson(record, overlaps)),
            cancellationToken);

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        string collectionId, string featureId, HttpRequest request, ClaimsPrincipal user, LayerCatalogue catalogue,
        BuiltUpRecords records, CancellationToken cancellationToken)
    {
        if ((Refuse(collectionId, catalogue) ?? RefuseIfMatch(request)) is { } refused)
        {
            return refused;
        }

        var written = await records.DeleteAsync(featureId, IfMatch.Read(request), PlannerClaims.NameOf(user)!, cancellationToken);
        return written.Outcome == WriteOutcome.Done
            ? TypedResults.NoContent()
            : NotWritten(written, collectionId, featureId, request.HttpContext.Response);
    }

    private static async Task<Results<Ok<RecordHistory>, ProblemHttpResult>> History(
        string collectionId, string featureId, IRecordWriter store, CancellationToken cancellationToken)
    {
        var history = await store.GetHistoryAsync(collectionId, featureId, cancellationToken);
        return history switch
        {
            null => ApiProblems.CollectionNotFound(collectionId),
            [] => ApiProblems.FeatureNotFound(collectionId, featureId),
            _ => TypedResults.Ok(RecordHistory.Of(featureId, history)),
        };
    }

    private static async Task<Ok<BuiltUpSummary>> Summary(TargetProgress progress, CancellationToken cancellationToken) =>
        TypedResults.Ok(await progress.RecordedAsync(cancellationToken));

    /// <summary>Only the built-up collection takes writes: 404 for an unknown one, 405 for the plan's own layers.</summary>
    private static ProblemHttpResult? Refuse(string collectionId, LayerCatalogue catalogue) =>
        catalogue.Find(collectionId) switch
        {
            null => ApiProblems.CollectionNotFound(collectionId),
            // Only built-up records have a schema and rules here: a write is never routed to another collection.
            { Writable: false } or { Id: not BuiltUpRecord.Collection } => TypedResults.Problem(
                detail: $"Collection '{collectionId}' is part of the plan and read-only; planners' records go to '{BuiltUpRecord.Collection}'.",
                statusCode: StatusCodes.Status405MethodNotAllowed, title: "Collection is read-only"),
            _ => null,
        };

    /// <summary>
    /// The one write sequence of Create and Replace: only the built-up collection, a JSON body within the limit,
    /// checked by the record rules (a 400 naming fields, or a 413/415), checked for overlaps with the records there
    /// (409 where <c>onOverlap</c> refuses them), then written and answered with the overlaps it has.
    /// </summary>
    private static async Task<Results<TWritten, ValidationProblem, ProblemHttpResult>> WriteAsync<TWritten>(
        string collectionId, string? featureId, string? onOverlap, HttpRequest request, LayerCatalogue catalogue,
        BuiltUpRecords records, MeasureOptions options,
        Func<BuiltUpDraft, Task<(WriteResult Written, PlanFeature? Record)>> write,
        Func<PlanFeature, IReadOnlyList<RecordOverlap>, TWritten> answer,
        CancellationToken cancellationToken)
        where TWritten : IResult
    {
        if ((Refuse(collectionId, catalogue) ?? RefuseIfMatch(request)) is { } refused)
        {
            return refused;
        }

        var (policy, invalidPolicy) = OverlapAnswers.Read(onOverlap);
        if (invalidPolicy is not null)
        {
            return invalidPolicy;
        }

        if (!BoundedBody.IsJson(request))
        {
            return ApiProblems.UnsupportedMediaType(request.ContentType, "application/geo+json or application/json");
        }

        var body = await BoundedBody.ReadAsync(request, options.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return ApiProblems.PayloadTooLarge(options.MaxBodyBytes);
        }

        var input = RecordInput.Read(body, catalogue.Extent, options.MaxVertices);
        if (input.Draft is not { } draft)
        {
            return input.Errors.Count > 0
                ? ApiProblems.InvalidBody(input.Errors, "The body must be one GeoJSON Feature of a built-up parcel; see 'errors'.")
                : ApiProblems.InvalidGeometry("geometry", input.Problems);
        }

        // A replacement of a record that is not there is 404, whatever it would overlap.
        if (featureId is not null && !await records.ExistsAsync(featureId, cancellationToken))
        {
            return ApiProblems.FeatureNotFound(collectionId, featureId);
        }

        var overlaps = await records.OverlapsAsync([(featureId ?? "new", draft.Parcel)], featureId, cancellationToken);
        if (policy.Refused(overlaps) is { Count: > 0 } stopping)
        {
            return OverlapAnswers.Refused(stopping, overlaps, policy);
        }

        var (written, record) = await write(draft);
        if (written.Outcome != WriteOutcome.Done)
        {
            return NotWritten(written, collectionId, featureId, request.HttpContext.Response);
        }

        RecordETag.Set(request.HttpContext.Response, record!.Version);
        return answer(record, overlaps);
    }

    /// <summary>An If-Match that is not a list of entity tags is refused, not ignored: the client meant a condition.</summary>
    private static ProblemHttpResult? RefuseIfMatch(HttpRequest request) =>
        IfMatch.Read(request).Invalid is { } invalid
            ? TypedResults.Problem(detail: invalid, statusCode: StatusCodes.Status400BadRequest, title: "Invalid If-Match header")
            : null;

    /// <summary>
    /// A write the store refused: the record is gone (404), another change came first (412, with the current
    /// version's tag so the client can read it, merge and retry), or it clashes (409).
    /// </summary>
    private static ProblemHttpResult NotWritten(WriteResult written, string collectionId, string? featureId, HttpResponse response)
    {
        switch (written.Outcome)
        {
            case WriteOutcome.FeatureNotFound when featureId is not null:
                return ApiProblems.FeatureNotFound(collectionId, featureId);
            case WriteOutcome.VersionMismatch when featureId is not null:
                RecordETag.Set(response, written.Version);
                return ApiProblems.VersionMismatch(collectionId, featureId, written.Version);
            default:
                return TypedResults.Problem(detail: $"The record was not written: {written.Outcome}.",
                    statusCode: StatusCodes.Status409Conflict, title: "Record not written");
        }
    }

    /// <summary>The record as GeoJSON; the overlaps it was written with, if any, as the foreign member <c>overlaps</c>.</summary>
    private static JsonElement ToJson(PlanFeature record, IReadOnlyList<RecordOverlap> overlaps)
    {
        var json = JsonSerializer.SerializeToElement<NetTopologySuite.Features.IFeature>(record, GeoJsonSerialization.Options);
        if (overlaps.Count == 0)
        {
            return json;
        }

        var withOverlaps = System.Text.Json.Nodes.JsonObject.Create(json)!;
        withOverlaps["overlaps"] = JsonSerializer.SerializeToNode(OverlapReport.Of(overlaps));
        return JsonSerializer.SerializeToElement(withOverlaps);
    }
}
