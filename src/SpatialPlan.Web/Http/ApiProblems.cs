using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using SpatialPlan.Core.Geodata;

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
            detail: $"Content-Type '{Shorten(given ?? "none")}' is not accepted here; send {expected}.",
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: "Unsupported media type");

    /// <summary>[longitude, latitude] to 1e-9° (0.1 mm), without the noise of computed intersections.</summary>
    public static double[]? Location(NetTopologySuite.Geometries.Coordinate? c) =>
        c is null ? null : [Math.Round(c.X, 9), Math.Round(c.Y, 9)];

    /// <summary>One geometry problem in a problem+json body.</summary>
    public sealed record GeometryProblemBody(string Kind, string Message, double[]? Location);

    /// <summary>Echo at most 60 characters of client input in a message.</summary>
    public static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
