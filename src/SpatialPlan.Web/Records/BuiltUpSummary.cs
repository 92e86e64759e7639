using System.Text.Json.Serialization;
using SpatialPlan.Core.Records;

namespace SpatialPlan.Web.Records;

/// <summary>
/// <c>GET /api/built-up/summary</c>: the recorded new built-up area against the plan's ≥ 20 km² target, counted once
/// (<see cref="BuiltUpTally"/>). The field names are the ones other tools read; their meanings are the issue's:
/// <c>totalM2</c> the union of all current records, <c>countedM2</c> its part inside the development-area blocks
/// (toward the target, <c>shareOfTarget</c> = countedM2 / targetM2), <c>overlapM2</c> the records' areas added up less
/// the union; <c>byZone</c> + <c>outsideM2</c> and <c>byYear</c> add up to totalM2, <c>byPhase</c> to countedM2, exactly.
/// Areas are ellipsoidal (CGCS2000) m² to 0.01, with the EPSG:4549 figure beside the totals; <c>method</c> says how.
/// </summary>
public sealed record BuiltUpSummary(
    [property: JsonPropertyName("records")] int Records,
    [property: JsonPropertyName("totalM2")] decimal TotalM2,
    [property: JsonPropertyName("totalPlanarM2")] decimal TotalPlanarM2,
    [property: JsonPropertyName("countedM2")] decimal CountedM2,
    [property: JsonPropertyName("countedPlanarM2")] decimal CountedPlanarM2,
    [property: JsonPropertyName("targetM2")] double TargetM2,
    [property: JsonPropertyName("shareOfTarget")] double ShareOfTarget,
    [property: JsonPropertyName("recordsSumM2")] decimal RecordsSumM2,
    [property: JsonPropertyName("overlapM2")] decimal OverlapM2,
    [property: JsonPropertyName("byZone")] IReadOnlyList<BuiltUpSummary.Tally> ByZone,
    [property: JsonPropertyName("outsideM2")] decimal OutsideM2,
    [property: JsonPropertyName("byPhase")] IReadOnlyList<BuiltUpSummary.Tally> ByPhase,
    [property: JsonPropertyName("byYear")] IReadOnlyList<BuiltUpSummary.YearTally> ByYear,
    [property: JsonPropertyName("progress")] IReadOnlyList<BuiltUpSummary.YearProgress> Progress,
    [property: JsonPropertyName("overlaps")] IReadOnlyList<OverlapReport> Overlaps,
    [property: JsonPropertyName("method")] BuiltUpSummary.Method How)
{
    public sealed record Tally(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("name_zh")] string NameZh,
        [property: JsonPropertyName("name_en")] string? NameEn,
        [property: JsonPropertyName("areaM2")] decimal AreaM2,
        [property: JsonPropertyName("planarM2")] decimal PlanarM2);

    /// <summary>The union by <c>built_year</c> (an overlap counts for the earliest year); <c>year</c> is null for records
    /// that give none, which count only where no dated record lies.</summary>
    public sealed record YearTally(
        [property: JsonPropertyName("year")] int? Year,
        [property: JsonPropertyName("records")] int Records,
        [property: JsonPropertyName("areaM2")] decimal AreaM2,
        [property: JsonPropertyName("countedM2")] decimal CountedM2);

    public sealed record YearProgress(
        [property: JsonPropertyName("year")] int Year,
        [property: JsonPropertyName("countedM2")] decimal CountedM2,
        [property: JsonPropertyName("cumulativeCountedM2")] decimal CumulativeCountedM2,
        [property: JsonPropertyName("pathM2")] decimal PathM2);

    /// <summary>How each figure was computed, in words a planner can quote.</summary>
    public sealed record Method(
        [property: JsonPropertyName("totalM2")] string Total,
        [property: JsonPropertyName("countedM2")] string Counted,
        [property: JsonPropertyName("overlapM2")] string Overlap,
        [property: JsonPropertyName("byYear")] string ByYear,
        [property: JsonPropertyName("progress")] string Progress,
        [property: JsonPropertyName("rounding")] string Rounding,
        [property: JsonPropertyName("ellipsoidal")] string Ellipsoidal,
        [property: JsonPropertyName("planar")] string Planar);

    public static Method Methods { get; } = new(
        Total: "area of the union of all current records (overlaps and duplicates counted once), overlaid in EPSG:4549 with NetTopologySuite OverlayNG",
        Counted: "the union's area inside the development-area blocks (一期, 二期, 灵昆片区); the only area counted toward the ≥ 20 km² target",
        Overlap: "the records' own areas added up, less totalM2 (differences under 1 m² from overlay rounding are 0); 'overlaps' lists each overlapping pair",
        ByYear: "the union cut by the year first built: where records of several years overlap the area counts for the earliest; records without built_year last",
        Progress: $"for each year {BuiltUpTallyOp.FirstPlanYear}–{BuiltUpTallyOp.LastPlanYear}: counted area of the records built that year or earlier " +
                  $"(earlier years included) against the straight line from 0 at the end of {BuiltUpTallyOp.FirstPlanYear - 1} to the target at the end of {BuiltUpTallyOp.LastPlanYear}",
        Rounding: "every piece (year × zone or outside, year × phase) is rounded to 0.01 m² once and every total is the sum of its pieces, so each breakdown adds up exactly",
        Ellipsoidal: Core.Measurement.MeasurementMethod.Current.Ellipsoidal,
        Planar: Core.Measurement.MeasurementMethod.Current.Planar);

    public static BuiltUpSummary Of(BuiltUpTally tally) => new(
        tally.Records,
        tally.Total.SquareMetres,
        tally.Total.PlanarSquareMetres,
        tally.Counted.SquareMetres,
        tally.Counted.PlanarSquareMetres,
        tally.TargetSquareMetres,
        Math.Round(tally.ShareOfTarget, 6),
        tally.RecordsSum.SquareMetres,
        tally.Overlap.SquareMetres,
        tally.ByZone.Select(Of).ToList(),
        tally.Outside.SquareMetres,
        tally.ByPhase.Select(Of).ToList(),
        tally.ByYear.Select(y => new YearTally(y.BuiltYear, y.Records, y.Area.SquareMetres, y.Counted.SquareMetres)).ToList(),
        tally.Progress.Select(p => new YearProgress(p.BuiltYear, p.Counted.SquareMetres, p.CumulativeCounted.SquareMetres, p.PathSquareMetres)).ToList(),
        OverlapReport.Of(tally.Overlaps),
        Methods);

    private static Tally Of(BuiltUpTally.Part part) =>
        new(part.Id, part.NameZh, part.NameEn, part.Area.SquareMetres, part.Area.PlanarSquareMetres);
}
