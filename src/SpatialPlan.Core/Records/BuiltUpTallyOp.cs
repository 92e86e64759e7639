using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;
using NetTopologySuite.Operation.Union;
using SpatialPlan.Core.Features;
using SpatialPlan.Core.Measurement;
using SpatialPlan.Core.Plan;

namespace SpatialPlan.Core.Records;

/// <summary>
/// Tallies the current built-up records against the plan's ≥ 20 km² (<see cref="BuiltUpTally"/>): the union of the
/// records, cut into pieces by year first built and then by zone (and outside) and by phase, each piece overlaid in
/// EPSG:4549 (OverlayNG), measured on the CGCS2000 ellipsoid and in the plane, and rounded to 0.01 m².
/// </summary>
public static class BuiltUpTallyOp
{
    /// <summary>The first year of the 14th Five-Year Plan period.</summary>
    public const int FirstPlanYear = 2021;

    /// <summary>The last year of the period, when the target is due.</summary>
    public const int LastPlanYear = 2025;

    /// <summary>
    /// The tally of <paramref name="records"/> (lon/lat, valid polygons, as the store holds them) by
    /// <paramref name="regions"/>, whatever their order. With no records every figure is 0 and every zone and phase still listed.
    /// </summary>
    public static BuiltUpTally Tally(IReadOnlyList<PlanFeature> records, BreakdownRegions regions)
    {
        // In id order, as the stores read them: the same records give the same tally (and overlap pairs) in any order.
        var parcels = records.OrderBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => (Year: YearOf(r), Parcel: ProjectedParcel.Of(r.Id, r.Geometry))).ToList();
        var years = YearPieces(parcels, regions);

        // Additive by construction: the pieces are disjoint (year first built × zone or outside; year × phase), each
        // rounded once, and every total below is a decimal sum of those same rounded pieces, so no total is rounded
        // on its own and each breakdown adds up exactly to the total it belongs to.
        var byYear = years.Select(y => new BuiltUpTally.Year(
            y.BuiltYear, y.Records, TallyArea.Sum(y.Zones) + y.Outside, TallyArea.Sum(y.Phases))).ToList();
        var byZone = regions.Zones.Select((z, j) => new BuiltUpTally.Part(z.Id, z.NameZh, z.NameEn, TallyArea.Sum(years.Select(y => y.Zones[j])))).ToList();
        var byPhase = regions.Phases.Select((p, k) => new BuiltUpTally.Part(p.Id, p.NameZh, p.NameEn, TallyArea.Sum(years.Select(y => y.Phases[k])))).ToList();
        return new BuiltUpTally(
            records.Count,
            TallyArea.Sum(byYear.Select(y => y.Area)),
            TallyArea.Sum(byYear.Select(y => y.Counted)),
            TallyArea.Sum(parcels.Select(p => TallyArea.Of(p.Parcel.SquareMetres, p.Parcel.GaussKruger.Area))),
            byZone,
            TallyArea.Sum(years.Select(y => y.Outside)),
            byPhase,
            byYear,
            Progress(byYear),
            RecordOverlapOp.Among(parcels.Select(p => p.Parcel).ToList()),
            DevelopmentAreaTally.PlanTargetSquareMetres);
    }

    /// <summary>A record's <c>built_year</c> as the store gives it back (a whole number), or null.</summary>
    public static int? YearOf(PlanFeature record) =>
        (record.Attributes.Exists(BuiltUpRules.BuiltYear) ? record.Attributes[BuiltUpRules.BuiltYear] : null) switch
        {
            long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
            int i => i,
            double d when double.IsFinite(d) && d == Math.Floor(d) && Math.Abs(d) < 1e9 => (int)d,
            decimal m when m == Math.Floor(m) && Math.Abs(m) < 1_000_000_000m => (int)m,
            _ => null,
        };

    private sealed record Pieces(int? BuiltYear, int Records, TallyArea[] Zones, TallyArea Outside, TallyArea[] Phases);

    /// <summary>
    /// The union cut by year first built: each year's piece is the union of its records less what earlier years
    /// already cover (records without a year last), so the pieces are disjoint and the pieces up to a year make the
    /// union of the records built by then.
    /// </summary>
    private static List<Pieces> YearPieces(IEnumerable<(int? Year, ProjectedParcel Parcel)> parcels, BreakdownRegions regions)
    {
        var result = new List<Pieces>();
        Geometry? earlier = null;
        foreach (var group in parcels.GroupBy(p => p.Year).OrderBy(g => g.Key ?? int.MaxValue))
        {
            var union = UnaryUnionOp.Union(group.Select(p => p.Parcel.GaussKruger).ToList());
            var piece = earlier is null ? union : OverlayNGRobust.Overlay(union, earlier, SpatialFunction.Difference);
            earlier = earlier is null ? union : OverlayNGRobust.Overlay(earlier, union, SpatialFunction.Union);
            result.Add(new Pieces(
                group.Key,
                group.Count(),
                [.. regions.Zones.Select(z => Measure(Intersection(piece, z.GaussKruger)))],
                Measure(piece.IsEmpty ? piece : OverlayNGRobust.Overlay(piece, regions.ZonesUnion, SpatialFunction.Difference)),
                [.. regions.Phases.Select(p => Measure(Intersection(piece, p.GaussKruger)))]));
        }

        return result;
    }

    /// <summary>Each year of the plan period: counted that year, counted by then (earlier years included), and the
    /// straight line from 0 at the end of <see cref="FirstPlanYear"/> − 1 to the target at the end of <see cref="LastPlanYear"/>.</summary>
    private static List<BuiltUpTally.YearProgress> Progress(IReadOnlyList<BuiltUpTally.Year> byYear)
    {
        const int years = LastPlanYear - FirstPlanYear + 1;
        var target = (decimal)DevelopmentAreaTally.PlanTargetSquareMetres;
        return Enumerable.Range(FirstPlanYear, years)
            .Select(year => new BuiltUpTally.YearProgress(
                year,
                TallyArea.Sum(byYear.Where(y => y.BuiltYear == year).Select(y => y.Counted)),
                TallyArea.Sum(byYear.Where(y => y.BuiltYear <= year).Select(y => y.Counted)),
                Math.Round(target * (year - FirstPlanYear + 1) / years, 2)))
            .ToList();
    }

    private static Geometry Intersection(Geometry piece, Geometry region) =>
        !piece.IsEmpty && piece.EnvelopeInternal.Intersects(region.EnvelopeInternal)
            ? OverlayNGRobust.Overlay(piece, region, SpatialFunction.Intersection)
            : piece.Factory.CreatePolygon();

    private static TallyArea Measure(Geometry pieceGaussKruger) =>
        TallyArea.Of(ProjectedParcel.Ellipsoidal(pieceGaussKruger), pieceGaussKruger.IsEmpty ? 0 : pieceGaussKruger.Area);
}
