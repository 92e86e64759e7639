using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using SpatialPlan.Core.Geodata;
using SpatialPlan.Core.Text;

namespace SpatialPlan.Web.Http;

/// <summary>The API's problem responses (RFC 9457 <c>application/problem+json</c>), made in one place.</summary>
public static class ApiProblems
{
    public static ValidationProblem InvalidParameters(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors,
            detail: "One or more query parameters are invalid; see 'errors' for each parameter.",
            title: "Invalid query parameter");

    /// <summary>A tile's z, y or x outside the tile matrix set; errors name the path parameter.</summary>
    public static ValidationProblem InvalidTileAddress(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors,
            detail: "The tile address is outside WebMercatorQuad; see 'errors' for each path parameter.",
            title: "Invalid tile address");

    public static ProblemHttpResult CollectionNotFound(string collectionId) =>
        TypedResults.Problem(
            detail: $"There is no collection '{EchoedText.Shorten(collectionId, 60)}'. GET /ogc/collections lists them.",
            statusCode: StatusCodes.Status404NotFound,
            title: "Collection not found");

    public static ProblemHttpResult TileMatrixSetNotFound(string tileMatrixSetId) =>
        TypedResults.Problem(
            detail: $"There is no tile matrix set '{EchoedText.Shorten(tileMatrixSetId, 60)}'; the tiles are cut in WebMercatorQuad. GET /ogc/tileMatrixSets lists it.",
            statusCode: StatusCodes.Status404NotFound,
            title: "Tile matrix set not found");

    public static ProblemHttpResult FeatureNotFound(string collectionId, string featureId) =>
        TypedResults.Problem(
            detail: $"Collection '{EchoedText.Shorten(collectionId, 60)}' has no feature '{EchoedText.Shorten(featureId, 60)}'.",
            statusCode: StatusCodes.Status404NotFound,
            title: "Feature not found");

    /// <summary>412: the record changed since the client read it; the answer names the current version and tag.</summary>
    public static ProblemHttpResult VersionMismatch(string collectionId, string featureId, int? currentVersion) =>
        TypedResults.Problem(
            detail: currentVersion is { } v
                ? $"Feature '{EchoedText.Shorten(featureId, 100)}' of '{collectionId}' is now at version {v} (ETag {RecordETag.For(v)}), not the one If-Match names: " +
                  "someone saved a newer change. Read it, merge your change and send it again with the new tag."
                : $"Feature '{EchoedText.Shorten(featureId, 100)}' of '{collectionId}' is not at the version If-Match names.",
            statusCode: StatusCodes.Status412PreconditionFailed, title: "Record changed since it was read",
            extensions: new Dictionary<string, object?> { ["currentVersion"] = currentVersion });

    public static ValidationProblem InvalidExportSpec(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors,
            detail: "The export request is invalid; see 'errors' for each field.",
            title: "Invalid export request");

    /// <summary>Every render slot is taken; the caller sets Retry-After.</summary>
    public static ProblemHttpResult ExportBusy(int slots) =>
        TypedResults.Problem(
            detail: $"All {slots} render slots and the queue are busy; retry after the time in Retry-After.",
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

    /// <summary>The body is not what the resource reads: each error names its field (a JSON path, or "body").</summary>
    public static ValidationProblem InvalidBody(IReadOnlyList<InputError> errors, string detail) =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            detail: detail,
            title: "Invalid request body");

    /// <summary>
    /// The geometry at <paramref name="field"/> cannot be used: errors name <c>field.type</c> for a wrong type and
    /// <c>field.coordinates</c> otherwise; <c>problems</c> gives each problem's kind and, where it has one, the
    /// [longitude, latitude] where it is (a self-intersection, a coordinate outside the plan).
    /// </summary>
    public static ValidationProblem InvalidGeometry(string field, IReadOnlyList<GeometryProblem> problems) =>
        TypedResults.ValidationProblem(
            problems.GroupBy(p => GeoJsonGeometryReader.Member(field, p.Kind == GeometryProblemKind.WrongType ? "type" : "coordinates"))
                .ToDictionary(g => g.Key, g => g.Select(p => p.ToString()).ToArray()),
            detail: "The geometry cannot be used as it is; see 'errors' and 'problems'. Nothing was repaired.",
            title: "Invalid geometry",
            extensions: new Dictionary<string, object?>
            {
                ["problems"] = problems.Select(p => new GeometryProblemBody(
                    p.Kind.ToString(), p.Message, Location(p.Location))).ToList(),
            });

    /// <summary>An uploaded file that cannot be used at all: unreadable, of an unknown CRS, or hostile.</summary>
    public static ValidationProblem UnusableFile(string problem) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { ["file"] = [problem] },
            detail: "The file cannot be read as built-up parcels; see 'errors'. Nothing was written.",
            title: "Unusable file");

    public static ProblemHttpResult PayloadTooLarge(long limitBytes) =>
        TypedResults.Problem(
            detail: string.Create(CultureInfo.InvariantCulture,
                $"The request body may be at most {limitBytes} bytes ({limitBytes / 1048576.0:0.##} MB)."),
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "Request body too large");

    public static ProblemHttpResult UnsupportedMediaType(string? given, string expected) =>
        TypedResults.Problem(
            detail: $"Content-Type '{EchoedText.Shorten(given ?? "none", 60)}' is not accepted here; send {expected}.",
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: "Unsupported media type");

    /// <summary>[longitude, latitude] to 1e-9° (0.1 mm), without the noise of computed intersections.</summary>
    public static double[]? Location(NetTopologySuite.Geometries.Coordinate? c) =>
        c is null ? null : [Math.Round(c.X, 9), Math.Round(c.Y, 9)];

    /// <summary>One geometry problem in a problem+json body.</summary>
    public sealed record GeometryProblemBody(string Kind, string Message, double[]? Location);
}
