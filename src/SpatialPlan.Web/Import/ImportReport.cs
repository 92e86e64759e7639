using System.Text.Json.Serialization;
using SpatialPlan.Core.Import;
using SpatialPlan.Web.Measure;

namespace SpatialPlan.Web.Import;

/// <summary>
/// The answer of <c>POST /api/built-up/import/validate</c>: all or nothing. <c>accepted</c> is true only when
/// every feature passed; then <c>features</c> lists each with its area. Otherwise <c>acceptedCount</c> is 0 and
/// <c>rejected</c> says, for each failing feature, its index in the file, its id (or "#index"), why, and where
/// (lon/lat, or the file's own coordinates where they could not be taken to lon/lat). Nothing is written.
/// </summary>
public sealed record ImportReport(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("crs")] string? Crs,
    [property: JsonPropertyName("crsFrom")] string? CrsFrom,
    [property: JsonPropertyName("featureCount")] int FeatureCount,
    [property: JsonPropertyName("accepted")] bool Accepted,
    [property: JsonPropertyName("acceptedCount")] int AcceptedCount,
    [property: JsonPropertyName("validCount")] int ValidCount,
    [property: JsonPropertyName("rejectedCount")] int RejectedCount,
    [property: JsonPropertyName("areaEllipsoidalM2")] double AreaEllipsoidalM2,
    [property: JsonPropertyName("areaPlanarM2")] double AreaPlanarM2,
    [property: JsonPropertyName("units")] MeasureResponse.AreaInUnits Units,
    [property: JsonPropertyName("features")] IReadOnlyList<ImportReport.Valid> Features,
    [property: JsonPropertyName("rejected")] IReadOnlyList<ImportReport.Rejection> Rejected,
    [property: JsonPropertyName("written")] bool Written,
    [property: JsonPropertyName("message")] string Message)
{
    public sealed record Valid(
        [property: JsonPropertyName("index")] int Index,
        [property: JsonPropertyName("id")] string? Id,
        [property: JsonPropertyName("areaEllipsoidalM2")] double AreaEllipsoidalM2,
        [property: JsonPropertyName("areaPlanarM2")] double AreaPlanarM2);

    public sealed record Rejection(
        [property: JsonPropertyName("index")] int Index,
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("reason")] string Reason,
        [property: JsonPropertyName("location")] double[]? Location);

    public static ImportReport From(string fileName, BuiltUpImport import)
    {
        var area = import.Valid.Sum(f => f.Measurement.SquareMetres);
        var units = new Core.Measurement.AreaUnits(area);
        var message = import.IsAccepted
            ? $"{(import.FeatureCount == 1 ? "The feature is" : $"All {import.FeatureCount} features are")} valid. This only checked the file: nothing was written."
            : $"Nothing is accepted: {import.Rejected.Count} of {import.FeatureCount} features were rejected. Fix them and send the whole file again.";
        return new ImportReport(fileName, import.Format, import.Crs?.Code, import.CrsFrom, import.FeatureCount,
            import.IsAccepted, import.Accepted.Count, import.Valid.Count, import.Rejected.Count,
            Round(area), Round(import.Valid.Sum(f => f.Measurement.PlanarSquareMetres)),
            new MeasureResponse.AreaInUnits(Round(units.SquareKilometres, 6), Round(units.Hectares, 4), Round(units.Mu, 3)),
            import.Valid.Select(f => new Valid(f.Index, f.SourceId, Round(f.Measurement.SquareMetres), Round(f.Measurement.PlanarSquareMetres))).ToList(),
            import.Rejected.Select(r => new Rejection(r.Index, r.Ref, r.Reason, Http.ApiProblems.Location(r.Location))).ToList(),
            Written: false,
            message);
    }

    private static double Round(double value, int decimals = 2) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}
