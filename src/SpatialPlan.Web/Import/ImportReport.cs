using System.Text.Json.Serialization;
using SpatialPlan.Core.Import;
using SpatialPlan.Core.Records;
using SpatialPlan.Web.Measure;

namespace SpatialPlan.Web.Import;

/// <summary>
/// The answer of <c>POST /api/built-up/import/validate</c>: all or nothing. <c>accepted</c> is true only when
/// every feature passed; then <c>features</c> lists each with its area. Otherwise <c>acceptedCount</c> is 0 and
/// <c>rejected</c> says, for each failing feature, its index in the file, its id (or "#index"), why, and where
/// (lon/lat, or the file's own coordinates where they could not be taken to lon/lat). Each valid feature has its
/// area, the zone and phase it lies mostly in, its name as decoded and its overlaps with the records there (and with
/// the file's earlier features); <c>overlaps</c> lists them all. <c>written</c> says whether the records were written
/// (only <c>POST /api/built-up/import</c> writes, and only all at once).
/// </summary>
public sealed record ImportReport(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("crs")] string? Crs,
    [property: JsonPropertyName("crsFrom")] string? CrsFrom,
    [property: JsonPropertyName("encoding")] string? Encoding,
    [property: JsonPropertyName("encodingFrom")] string? EncodingFrom,
    [property: JsonPropertyName("encodingReason")] string? EncodingReason,
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
    [property: JsonPropertyName("overlaps")] IReadOnlyList<Records.OverlapReport> Overlaps,
    [property: JsonPropertyName("written")] bool Written,
    [property: JsonPropertyName("message")] string Message)
{
    public sealed record Valid(
        [property: JsonPropertyName("index")] int Index,
        [property: JsonPropertyName("id")] string? Id,
        [property: JsonPropertyName("name_zh")] string? NameZh,
        [property: JsonPropertyName("built_year")] int? BuiltYear,
        [property: JsonPropertyName("areaEllipsoidalM2")] double AreaEllipsoidalM2,
        [property: JsonPropertyName("areaPlanarM2")] double AreaPlanarM2,
        [property: JsonPropertyName("zone")] string? Zone,
        [property: JsonPropertyName("zone_name_zh")] string? ZoneNameZh,
        [property: JsonPropertyName("phase")] string? Phase,
        [property: JsonPropertyName("overlaps")] IReadOnlyList<Records.OverlapReport> Overlaps);

    public sealed record Rejection(
        [property: JsonPropertyName("index")] int Index,
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("reason")] string Reason,
        [property: JsonPropertyName("location")] double[]? Location);

    /// <summary>How an import's overlaps name a feature of the file: its id, else <c>#index</c>.</summary>
    public static string Ref(ImportedFeature feature) => feature.SourceId ?? $"#{feature.Index}";

    /// <param name="overlaps">The valid features' overlaps (see <see cref="Records.BuiltUpRecords.OverlapsAsync"/>).</param>
    /// <param name="written">True once the records were written.</param>
    public static ImportReport From(string fileName, BuiltUpImport import, IReadOnlyList<RecordOverlap> overlaps, bool written)
    {
        var area = import.Valid.Sum(f => f.Measurement.SquareMetres);
        var units = new Core.Measurement.AreaUnits(area);
        var overlapNote = overlaps.Count == 0
            ? ""
            : $" {overlaps.Count(o => o.IsDuplicate)} duplicate(s) and {overlaps.Count(o => !o.IsDuplicate)} partial overlap(s) with existing records: see 'overlaps'.";
        var message = (written, import.IsAccepted) switch
        {
            (true, _) => $"{(import.FeatureCount == 1 ? "The feature was" : $"All {import.FeatureCount} features were")} written as records.",
            (false, true) => $"{(import.FeatureCount == 1 ? "The feature is" : $"All {import.FeatureCount} features are")} valid. This only checked the file: nothing was written.",
            _ => $"Nothing is accepted: {import.Rejected.Count} of {import.FeatureCount} features were rejected. Fix them and send the whole file again.",
        } + overlapNote;
        return new ImportReport(fileName, import.Format, import.Crs?.Code, import.CrsFrom,
            import.Encoding?.Name, import.Encoding?.From, import.Encoding?.Reason, import.FeatureCount,
            import.IsAccepted, import.Accepted.Count, import.Valid.Count, import.Rejected.Count,
            Round(area), Round(import.Valid.Sum(f => f.Measurement.PlanarSquareMetres)),
            new MeasureResponse.AreaInUnits(Round(units.SquareKilometres, 6), Round(units.Hectares, 4), Round(units.Mu, 3)),
            import.Valid.Select(f => Feature(f, overlaps)).ToList(),
            import.Rejected.Select(r => new Rejection(r.Index, r.Ref, r.Reason, Http.ApiProblems.Location(r.Location))).ToList(),
            Records.OverlapReport.Of(overlaps),
            written,
            message);
    }

    private static Valid Feature(ImportedFeature f, IReadOnlyList<RecordOverlap> overlaps)
    {
        var zone = BuiltUpRecord.Largest(f.Measurement.Breakdown?.Zones);
        var phase = BuiltUpRecord.Largest(f.Measurement.Breakdown?.Phases);
        var reference = Ref(f);
        return new Valid(f.Index, f.SourceId, f.Draft.Input.NameZh, f.Draft.Input.BuiltYear,
            Round(f.Measurement.SquareMetres), Round(f.Measurement.PlanarSquareMetres), zone?.Id, zone?.NameZh, phase?.NameZh,
            Records.OverlapReport.Of(overlaps.Where(o => o.Id == reference)));
    }

    private static double Round(double value, int decimals = 2) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}
