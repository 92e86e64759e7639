using System.Text.Json.Serialization;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Measurement;
using SpatialPlan.Core.Plan;

namespace SpatialPlan.Web.Records;

/// <summary>
/// <c>GET /api/built-up/summary</c>: the recorded new built-up area against the plan's ≥ 20 km² target, by
/// 一核三区 zone (and outside), by development phase and by year built. Areas are ellipsoidal (CGCS2000), measured
/// now from the records' parcels, so the tally follows the current zones.
/// </summary>
public sealed record BuiltUpSummary(
    [property: JsonPropertyName("records")] int Records,
    [property: JsonPropertyName("totalM2")] double TotalM2,
    [property: JsonPropertyName("targetM2")] double TargetM2,
    [property: JsonPropertyName("shareOfTarget")] double ShareOfTarget,
    [property: JsonPropertyName("byZone")] IReadOnlyList<BuiltUpSummary.Tally> ByZone,
    [property: JsonPropertyName("outsideM2")] double OutsideM2,
    [property: JsonPropertyName("byPhase")] IReadOnlyList<BuiltUpSummary.Tally> ByPhase,
    [property: JsonPropertyName("byYear")] IReadOnlyList<BuiltUpSummary.YearTally> ByYear)
{
    public sealed record Tally(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("name_zh")] string NameZh,
        [property: JsonPropertyName("areaM2")] double AreaM2);

    /// <summary>Records by <c>built_year</c>; <c>year</c> is null for records that give none.</summary>
    public sealed record YearTally(
        [property: JsonPropertyName("year")] long? Year,
        [property: JsonPropertyName("records")] int Records,
        [property: JsonPropertyName("areaM2")] double AreaM2);

    public static BuiltUpSummary Of(IReadOnlyList<PlanFeature> records, BreakdownRegions regions)
    {
        var measured = records.Select(r => (Record: r, Measure: MeasureOp.Measure(r.Geometry, regions))).ToList();
        var total = measured.Sum(m => m.Measure.SquareMetres);
        return new BuiltUpSummary(
            records.Count,
            Round(total),
            DevelopmentAreaTally.PlanTargetSquareMetres,
            Math.Round(total / DevelopmentAreaTally.PlanTargetSquareMetres, 6),
            Sum(measured.SelectMany(m => m.Measure.Breakdown?.Zones ?? [])),
            Round(measured.Sum(m => m.Measure.Breakdown?.OutsideSquareMetres ?? 0)),
            Sum(measured.SelectMany(m => m.Measure.Breakdown?.Phases ?? [])),
            measured.GroupBy(m => m.Record.Attributes.Exists("built_year") ? m.Record.Attributes["built_year"] as long? : null)
                .OrderBy(g => g.Key ?? long.MaxValue)
                .Select(g => new YearTally(g.Key, g.Count(), Round(g.Sum(m => m.Measure.SquareMetres))))
                .ToList());
    }

    private static List<Tally> Sum(IEnumerable<BreakdownPart> parts) =>
        parts.GroupBy(p => (p.Id, p.NameZh)).Select(g => new Tally(g.Key.Id, g.Key.NameZh, Round(g.Sum(p => p.SquareMetres)))).ToList();

    private static double Round(double squareMetres) => Math.Round(squareMetres, 2);
}
