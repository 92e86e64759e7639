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

    public static ValidationProblem InvalidExportSpec(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors,
            detail: "The export request is invalid; see 'errors' for each field.",
            title: "Invalid export request");

    /// <summary>Every render slot is taken; the caller sets Retry-After.</summary>
    public static ProblemHttpResult ExportBusy(int slots) =>
        TypedResults.Problem(
            detail: $"All {slots} render slots are busy; retry after the time in Retry-After.",
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "Export busy");

    public static ProblemHttpResult ExportTimedOut(double seconds) =>
        TypedResults.Problem(
            detail: $"The render took longer than {seconds} s and was stopped; ask for fewer pixels or a lower DPI.",
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "Export timed out");

    /// <summary>
    /// Text no font can draw. The client's own text (title, subtitle) is 422 naming the field: the client can fix
    /// it. The server's text (legend, labels, note) is 503: only an operator can, by installing a CJK font, and
    /// the rest of the API works meanwhile; it is a known state of the server, not a bug (500).
    /// </summary>
    public static ProblemHttpResult ExportFailed(SpatialPlan.Rendering.Export.ExportFailure failure) =>
        failure.Kind == SpatialPlan.Rendering.Export.ExportFailureKind.ClientTextNotDrawable
            ? TypedResults.Problem(
                detail: failure.Message,
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "Text cannot be drawn",
                extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [failure.Field] = [failure.Message] } })
            : TypedResults.Problem(
                detail: failure.Message,
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "No font for map text");

    /// <summary>Echo at most 60 characters of client input in a message.</summary>
    public static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
