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
using SpatialPlan.Web.Records;

namespace SpatialPlan.Web.Endpoints;

/// <summary>
/// Writing planners' records through OGC API – Features Part 4 (Create, Replace, Delete) on the writable
/// <c>built-up</c> collection, each record's history, and the tally against the 20 km² target. Writes need a
/// signed-in planner; reads are public.
/// </summary>
public static class BuiltUpRecordEndpoints
{
    public static IEndpointRouteBuilder MapBuiltUpRecordEndpoints(this IEndpointRouteBuilder routes)
    {
        var items = routes.MapGroup($"{OgcUrls.Root}/collections/{{collectionId}}/items").WithTags("OGC API – Features (Part 4)");

        items.MapPost("/", Create).RequireAuthorization(PlannerClaims.Policy).AllowQueryParameters()
            .WithName("CreateFeature").WithSummary("Adds a built-up record (a GeoJSON Feature); areas, zone and phase are computed");
        items.MapPut("/{featureId}", Replace).RequireAuthorization(PlannerClaims.Policy).AllowQueryParameters()
            .WithName("ReplaceFeature").WithSummary("Replaces a built-up record; the old version stays in its history");
        items.MapDelete("/{featureId}", Delete).RequireAuthorization(PlannerClaims.Policy).AllowQueryParameters()
            .WithName("DeleteFeature").WithSummary("Deletes a built-up record; its history keeps it");
        items.MapGet("/{featureId}/history", History).AllowQueryParameters()
            .WithName("GetFeatureHistory").WithSummary("Every version of a record: created, replaced, deleted, by whom and when");

        routes.MapGet("/api/built-up/summary", Summary).AllowQueryParameters().WithTags("Built-up")
            .WithName("GetBuiltUpSummary").WithSummary("Recorded new built-up area against the ≥ 20 km² target, by zone, phase and year");
        return routes;
    }

    private static async Task<Results<Created<JsonElement>, ValidationProblem, ProblemHttpResult>> Create(
        string collectionId, HttpRequest request, ClaimsPrincipal user, LayerCatalogue catalogue, BuiltUpRecords records,
        IOptions<MeasureOptions> options, CancellationToken cancellationToken)
    {
        if (Refuse(collectionId, catalogue) is { } refused)
        {
            return refused;
        }

        var (input, invalid, problem) = await ReadAsync(request, catalogue.Extent, options.Value, cancellationToken);
        if (invalid is not null)
        {
            return invalid;
        }

        if (input is null)
        {
            return problem!;
        }

        var (_, record) = await records.CreateAsync(input.Geometry!, input.Input!, PlannerClaims.NameOf(user)!, cancellationToken);
        return TypedResults.Created(new OgcUrls(request).Item(collectionId, record!.Id), ToJson(record));
    }

    private static async Task<Results<Ok<JsonElement>, ValidationProblem, ProblemHttpResult>> Replace(
        string collectionId, string featureId, HttpRequest request, ClaimsPrincipal user, LayerCatalogue catalogue,
        BuiltUpRecords records, IOptions<MeasureOptions> options, CancellationToken cancellationToken)
    {
        if (Refuse(collectionId, catalogue) is { } refused)
        {
            return refused;
        }

        var (input, invalid, problem) = await ReadAsync(request, catalogue.Extent, options.Value, cancellationToken);
        if (invalid is not null)
        {
            return invalid;
        }

        if (input is null)
        {
            return problem!;
        }

        var (outcome, record) = await records.ReplaceAsync(featureId, input.Geometry!, input.Input!, PlannerClaims.NameOf(user)!, cancellationToken);
        return outcome == WriteOutcome.Done ? TypedResults.Ok(ToJson(record!)) : ApiProblems.FeatureNotFound(collectionId, featureId);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        string collectionId, string featureId, ClaimsPrincipal user, LayerCatalogue catalogue, BuiltUpRecords records,
        CancellationToken cancellationToken)
    {
        if (Refuse(collectionId, catalogue) is { } refused)
        {
            return refused;
        }

        return await records.DeleteAsync(featureId, PlannerClaims.NameOf(user)!, cancellationToken) == WriteOutcome.Done
            ? TypedResults.NoContent()
            : ApiProblems.FeatureNotFound(collectionId, featureId);
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

    private static async Task<Ok<BuiltUpSummary>> Summary(IFeatureReader store, BreakdownRegionsCache regions, CancellationToken cancellationToken)
    {
        var records = await store.QueryAsync(BuiltUpRecord.Collection, FeatureQuery.All, cancellationToken);
        return TypedResults.Ok(BuiltUpSummary.Of(records?.Features ?? [], await regions.GetAsync()));
    }

    /// <summary>Only the built-up collection takes writes: 404 for an unknown one, 405 for the plan's own layers.</summary>
    private static ProblemHttpResult? Refuse(string collectionId, LayerCatalogue catalogue) =>
        catalogue.Find(collectionId) switch
        {
            null => ApiProblems.CollectionNotFound(collectionId),
            { Writable: false } => TypedResults.Problem(
                detail: $"Collection '{collectionId}' is part of the plan and read-only; planners' records go to '{BuiltUpRecord.Collection}'.",
                statusCode: StatusCodes.Status405MethodNotAllowed, title: "Collection is read-only"),
            _ => null,
        };

    /// <summary>The record to write, or why not: a 400 naming fields, or a 413/415.</summary>
    private static async Task<(RecordInput? Input, ValidationProblem? Invalid, ProblemHttpResult? Problem)> ReadAsync(
        HttpRequest request, PlanExtent extent, MeasureOptions options, CancellationToken cancellationToken)
    {
        if (!BoundedBody.IsJson(request))
        {
            return (null, null, ApiProblems.UnsupportedMediaType(request.ContentType, "application/geo+json or application/json"));
        }

        var body = await BoundedBody.ReadAsync(request, options.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return (null, null, ApiProblems.PayloadTooLarge(options.MaxBodyBytes));
        }

        var input = RecordInput.Read(body, extent, options.MaxVertices);
        return input.Geometry is not null ? (input, null, null)
            : input.Errors.Count > 0 ? (null, ApiProblems.InvalidBody(input.Errors, "The body must be one GeoJSON Feature of a built-up parcel; see 'errors'."), null)
            : (null, ApiProblems.InvalidGeometry("geometry", input.Problems), null);
    }

    private static JsonElement ToJson(PlanFeature record) =>
        JsonSerializer.SerializeToElement<NetTopologySuite.Features.IFeature>(record, GeoJsonSerialization.Options);
}
