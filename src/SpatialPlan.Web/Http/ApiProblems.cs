using Microsoft.AspNetCore.Http.HttpResults;

namespace SpatialPlan.Web.Http;

/// <summary>The API's problem responses (RFC 9457 <c>application/problem+json</c>), made in one place.</summary>
public static class ApiProblems
{
    public static ValidationProblem InvalidParameters(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors,
            detail: "One or more query parameters are invalid; see 'errors' for each parameter.",
            title: "Invalid query parameter");

    public static ProblemHttpResult CollectionNotFound(string collectionId) =>
        TypedResults.Problem(
            detail: $"There is no collection '{Shorten(collectionId)}'. GET /ogc/collections lists them.",
            statusCode: StatusCodes.Status404NotFound,
            title: "Collection not found");

    public static ProblemHttpResult FeatureNotFound(string collectionId, string featureId) =>
        TypedResults.Problem(
            detail: $"Collection '{Shorten(collectionId)}' has no feature '{Shorten(featureId)}'.",
            statusCode: StatusCodes.Status404NotFound,
            title: "Feature not found");

    /// <summary>Echo at most 60 characters of client input in a message.</summary>
    public static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
